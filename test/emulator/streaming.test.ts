import { describe, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/server.ts";
import {
  client,
  collect,
  createStream,
  type Event,
  failure,
  getStream,
  kinds,
  MODEL,
  textOf,
  useEmulator,
} from "./helpers.ts";

const t = useEmulator();
const LONG = 'Tell me everything about naïve cafés, 日本語 text, emoji 🚀 and "quotes" in a long, long answer';
const idOf = (events: Event[]) => (events[0] as { interaction: { id: string } }).interaction.id;

describe("resume with last_event_id", () => {
  it("after a cut, resuming yields exactly the missing events and the text equals the uninterrupted run byte for byte", async () => {
    const whole = await collect(await createStream(t.ai, { model: MODEL, input: LONG }));
    expect(whole.error).toBeUndefined();

    t.emulator.faults.add([{ op: "create", cutAfter: 5 }]);
    const cut = await collect(await createStream(t.ai, { model: MODEL, input: LONG }));
    expect(cut.error?.name).toBe("APIConnectionError");
    expect(cut.events).toHaveLength(5);
    const id = idOf(cut.events);
    const last = cut.events.at(-1)?.event_id as string;

    const rest = await collect(await getStream(t.ai, id, last));
    expect(rest.error).toBeUndefined();
    const joined = [...cut.events, ...rest.events];
    const replay = await collect(await getStream(t.ai, id));
    expect(joined).toEqual(replay.events); // nothing lost, nothing twice
    expect(rest.events[0]?.event_id).toBe(`evt_${cut.events.length + 1}`);
    const strip = (events: Event[]) => kinds(events);
    expect(strip(joined)).toEqual(strip(whole.events));
    expect(Buffer.from(textOf(joined))).toEqual(Buffer.from(textOf(whole.events)));
    expect(textOf(joined)).toContain("日本語");
  });

  it("resuming a run that is still going tails its live events to the end", async () => {
    t.emulator.pacing.deltaDelayMs = 20;
    t.emulator.faults.add([{ op: "create", cutAfter: 4 }]);
    const cut = await collect(await createStream(t.ai, { model: MODEL, input: LONG }));
    const id = idOf(cut.events);
    expect(t.emulator.store.recs.get(id)?.done).toBe(false); // still generating
    const rest = await collect(await getStream(t.ai, id, cut.events.at(-1)?.event_id));
    expect(rest.events.at(-1)?.event_type).toBe("interaction.completed");
    expect(textOf([...cut.events, ...rest.events])).toBe(textOf((await collect(await getStream(t.ai, id))).events));
  });

  it("GET ?stream=true on a running interaction tails it live from the start", async () => {
    t.emulator.pacing.deltaDelayMs = 15;
    const live = await createStream(t.ai, { model: MODEL, input: LONG });
    const iter = live[Symbol.asyncIterator]();
    const first = (await iter.next()).value as Event;
    const id = idOf([first]);
    const tail = getStream(t.ai, id);
    expect(t.emulator.store.recs.get(id)?.done).toBe(false);
    const [followed, rest] = await Promise.all([
      tail.then(collect),
      (async () => {
        const events: Event[] = [first];
        for (let r = await iter.next(); !r.done; r = await iter.next()) events.push(r.value);
        return events;
      })(),
    ]);
    expect(followed.events).toEqual(rest);
  });

  it("an unknown last_event_id is a BadRequestError", async () => {
    const { events } = await collect(await createStream(t.ai, { model: MODEL, input: "x" }));
    const err = await failure(getStream(t.ai, idOf(events), "evt_999"));
    expect(err.name).toBe("BadRequestError");
  });

  it("a GET stream can be cut too (op: stream) and resumed", async () => {
    const { events } = await collect(await createStream(t.ai, { model: MODEL, input: LONG }));
    const id = idOf(events);
    t.emulator.faults.add([{ op: "stream", cutAfter: 3 }]);
    const cut = await collect(await getStream(t.ai, id));
    // Unlike create streams, the SDK does not wrap transport errors of GET streams.
    expect(cut.error?.name).toBe("TypeError");
    expect(cut.error?.message).toBe("terminated");
    expect(cut.events).toHaveLength(3);
    const rest = await collect(await getStream(t.ai, id, cut.events.at(-1)?.event_id));
    expect([...cut.events, ...rest.events]).toEqual(events);
  });
});

describe("stalls and pacing", () => {
  it("a stalled stream keeps the socket open: a client timeout surfaces, the run still completes", async () => {
    t.emulator.faults.add([{ op: "create", stallAfter: 2 }]);
    const stream = await createStream(t.ai, { model: MODEL, input: "stall" }, { timeout: 200, maxRetries: 0 });
    const { events, error } = await collect(stream);
    expect(kinds(events)).toEqual(["interaction.created", "interaction.status_update"]);
    expect(error?.name).toBe("APIConnectionError");
    expect(error?.message).toMatch(/timeout/i);
    const done = await t.ai.interactions.get(idOf(events));
    expect(done.status).toBe("completed");
  });

  it("a stalled stream can be abandoned by the caller (APIUserAbortError)", async () => {
    t.emulator.faults.add([{ op: "stream", stallAfter: 1 }]);
    const abort = new AbortController();
    const stream = await createStream(t.ai, { model: MODEL, input: "stall" }, { signal: abort.signal });
    setTimeout(() => abort.abort(), 50);
    const { events, error } = await collect(stream);
    expect(events).toHaveLength(1);
    expect(error?.name).toBe("APIUserAbortError");
  });

  it("slow deltas (fault deltaDelayMs) space the deltas out", async () => {
    t.emulator.faults.add([{ op: "stream", deltaDelayMs: 25 }]);
    const stamps: number[] = [];
    for await (const ev of await createStream(t.ai, { model: MODEL, input: "one two three four five six seven" })) {
      if (ev.event_type === "step.delta") stamps.push(Date.now());
    }
    expect(stamps.length).toBeGreaterThanOrEqual(4);
    // The first delta waits too; the span between first and last covers the other pauses.
    expect((stamps.at(-1) as number) - (stamps[0] as number)).toBeGreaterThanOrEqual((stamps.length - 1) * 20);
  });

  it("deltaDelayMs paces generation itself, so a unary call takes as long as the stream", async () => {
    const slow = await startEmulator({ port: 0, deltaDelayMs: 20 });
    try {
      const started = Date.now();
      const it = await client(slow.url).interactions.create({ model: MODEL, input: "a b c d e f g h i j k l" });
      const deltas = (it.output_text ?? "").match(/\S+\s*/g)?.length ?? 0;
      expect(Date.now() - started).toBeGreaterThanOrEqual(Math.ceil(deltas / 3) * 20 - 5);
    } finally {
      await slow.close();
    }
  });
});
