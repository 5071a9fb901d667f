import { describe, expect, it } from "vitest";
import {
  apiMessage,
  collect,
  create,
  createStream,
  type Event,
  failure,
  type Loose,
  MODEL,
  pollUntilDone,
  textOf,
  useEmulator,
} from "./helpers.ts";

const t = useEmulator();
const INPUT = "Please write a fairly long answer";
const FULL = `Hello! You said: "${INPUT}". This is turn 1 of our conversation.`;
const interactionOf = (e: Event) => (e as Event & { interaction: Loose }).interaction;

describe("requires_continuation (fault continuation)", () => {
  it("unary: the SDK continues automatically and the merged answer is whole", async () => {
    t.emulator.faults.add([{ op: "create", continuation: true }]);
    const it = await create(t.ai, { model: MODEL, input: INPUT });
    expect(it.status).toBe("completed");
    expect(it.output_text).toBe(FULL);
    const ids = (it as unknown as Loose).continuation_ids as string[];
    expect(ids).toHaveLength(2);
    // The second hop: no input, the token, and the first hop as previous_interaction_id (spec §8).
    const [first, second] = t.emulator.requests;
    expect(first).toEqual({ model: MODEL, input: INPUT });
    expect(second).toEqual({
      model: MODEL,
      continuation_token: expect.stringMatching(/^ct_/),
      previous_interaction_id: ids[0],
    });
    const hop1 = await t.ai.interactions.get(ids[0] as string);
    expect(hop1.status).toBe("requires_continuation");
    expect((hop1 as unknown as Loose).continuation_token).toBe(second?.continuation_token);
    expect(hop1.output_text).not.toBe(FULL);
    expect(Number((it.usage as Loose).total_input_tokens)).toBe(2 * Number((it.usage as Loose).initial_input_tokens));
  });

  it("streaming: each hop has its own created/completed and the joined text is whole", async () => {
    t.emulator.faults.add([{ op: "create", continuation: 2 }]);
    const { events, error } = await collect(await createStream(t.ai, { model: MODEL, input: INPUT }));
    expect(error).toBeUndefined();
    const completed = events.filter((e) => e.event_type === "interaction.completed").map(interactionOf);
    expect(completed.map((i) => i.status)).toEqual(["requires_continuation", "requires_continuation", "completed"]);
    expect(completed[0]?.continuation_token).toMatch(/^ct_/);
    expect(completed[2]?.continuation_token).toBeUndefined();
    expect(events.filter((e) => e.event_type === "interaction.created")).toHaveLength(3);
    expect(textOf(events)).toBe(FULL);
    expect(t.emulator.requests.map((r) => r.stream)).toEqual([true, true, true]);
  });

  it("store:false: the hop resends the original input with the token", async () => {
    t.emulator.faults.add([{ op: "create", continuation: true }]);
    const it = await create(t.ai, { model: MODEL, input: INPUT, store: false });
    expect(it.output_text).toBe(FULL);
    expect(t.emulator.requests[1]).toEqual({
      model: MODEL,
      input: INPUT,
      store: false,
      continuation_token: expect.stringMatching(/^ct_/),
    });
  });

  it("with automatic_continuation:false the caller gets requires_continuation and can resume by hand", async () => {
    t.emulator.faults.add([{ op: "create", continuation: true }]);
    const first = await t.ai.interactions.create({ model: MODEL, input: INPUT, automatic_continuation: false });
    expect(first.status).toBe("requires_continuation");
    const token = (first as unknown as Loose).continuation_token as string;
    const wrong = await failure(
      create(t.ai, { model: MODEL, continuation_token: token, previous_interaction_id: "v1_other" }),
    );
    expect(wrong.status).toBe(404);
    const other = await create(t.ai, { model: MODEL, input: "other" });
    const mismatch = await failure(
      create(t.ai, { model: MODEL, continuation_token: token, previous_interaction_id: other.id }),
    );
    expect([mismatch.name, apiMessage(mismatch)]).toEqual([
      "BadRequestError",
      "continuation_token does not belong to previous_interaction_id.",
    ]);
    const bogus = await failure(
      create(t.ai, { model: MODEL, continuation_token: "ct_bogus", previous_interaction_id: first.id }),
    );
    expect(bogus.name).toBe("BadRequestError");
    const rest = await create(t.ai, { model: MODEL, continuation_token: token, previous_interaction_id: first.id });
    expect(`${first.output_text}${rest.output_text}`).toBe(FULL);
  });

  it("a failing hop surfaces as ContinuationInterruptedError with the token to resume from", async () => {
    t.emulator.faults.add([
      { op: "create", continuation: true },
      { op: "create", status: 400, message: "nope" },
    ]);
    const err = (await failure(create(t.ai, { model: MODEL, input: INPUT }))) as Error & Loose;
    expect(err.name).toBe("ContinuationInterruptedError");
    expect(err.continuationToken).toMatch(/^ct_/);
    expect((err.cause as Error).name).toBe("BadRequestError");
    expect((err.partialInteraction as Loose).status).toBe("requires_continuation");
  });

  it("agents and background runs are not continued by the SDK", async () => {
    t.emulator.faults.add([{ op: "create", continuation: true }]);
    const it = await create(t.ai, { model: MODEL, input: INPUT, background: true });
    const { interaction } = await pollUntilDone(t.ai, it.id);
    expect(interaction.status).toBe("requires_continuation");
    expect(t.emulator.requests).toHaveLength(1);
  });
});
