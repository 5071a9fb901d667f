import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COALESCE_BEHIND } from "../src/engine/events/live-queue.ts";
import type { LoggedEvent } from "../src/engine/events/types.ts";
import { ChatTextDocument, type ChatTextSubscription, InteractionEventsDocument } from "./generated/graphql.ts";
import { type Collected, collectWs } from "./support/clients.ts";
import { longText } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ emulator: { deltaDelayMs: 4 } });
});
afterAll(async () => {
  await h?.close();
});

/** The text of a stream's text deltas, joined. */
const textOf = (events: LoggedEvent[]) =>
  events.map((e) => (e.kind === "step_delta" && e.delta.type === "text" ? String(e.delta.text) : "")).join("");
const drain = async (stream: AsyncIterable<LoggedEvent>) => {
  const out: LoggedEvent[] = [];
  for await (const e of stream) out.push(e);
  return out;
};

describe("coalescing for a subscriber that is behind", () => {
  it("merges the text deltas waiting in its queue; the text is the same and every cursor resumes exactly", async () => {
    const fast: Collected<ChatTextSubscription> = { results: [], errors: [] };
    const chat = collectWs(
      h.url,
      ChatTextDocument,
      { input: { text: longText("behind", { words: 500 }) } },
      { into: fast },
    );
    const id = await waitFor("the run's first event", () => fast.results[0]?.chat.interactionId);
    const slowStream = h.app.engine.streams.interaction(id, 0);
    const first = await slowStream.next(); // subscribed; now it reads nothing while the run goes on
    await chat;
    const slow = [first.value as LoggedEvent, ...(await drain(slowStream))];

    // The fast subscriber (chat) got every delta, one event each.
    const fastDeltas = fast.results.filter((r) => r.chat.__typename === "StepDeltaEvent");
    const { outputText } = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id } });
    expect(fastDeltas.length).toBeGreaterThan(COALESCE_BEHIND * 2);
    // The slow one got fewer, longer deltas: the same text, its cursors still in order and ending where the run ends.
    const slowDeltas = slow.filter((e) => e.kind === "step_delta");
    expect(slowDeltas.length).toBeLessThan(fastDeltas.length / 2);
    expect(textOf(slow)).toBe(outputText);
    const seqs = slow.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.at(-1)).toBe(fast.results.length - 1); // chat's last event is its turn end, made up after the round

    // Resuming with any cursor the slow subscriber was handed gives exactly the rest.
    for (const [i, e] of slow.entries()) {
      const rest = await drain(h.app.engine.streams.interaction(id, e.seq));
      expect(rest.map((r) => r.seq)).toEqual(Array.from({ length: rest.length }, (_, k) => e.seq + 1 + k));
      expect(textOf(slow.slice(0, i + 1)) + textOf(rest)).toBe(outputText);
    }
    // And over GraphQL: a merged delta's cursor resumes after the last delta it carries.
    const merged = slow.find((e) => "fromSeq" in e) as LoggedEvent;
    const resumed = await collectWs(h.url, InteractionEventsDocument, { id, after: String(merged.seq) });
    expect(Number(resumed.results[0]?.interactionEvents.cursor)).toBe(merged.seq + 1);
  }, 60_000);
});

/** The text a chat event carries (a text delta's), else "". */
const chatText = ({ chat: e }: ChatTextSubscription): string =>
  "delta" in e && e.delta && "text" in e.delta ? String(e.delta.text) : "";

describe("a burst", () => {
  it("a reply that arrives at once: its first delta alone, the same text, rising cursors, exact resume from each", async () => {
    h.emulator.pacing.deltaDelayMs = 0;
    try {
      const chat = await collectWs(h.url, ChatTextDocument, { input: { text: longText("burst", { words: 600 }) } });
      const id = chat.results[0]?.chat.interactionId as string;
      const { outputText } = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id } });
      const replay = await drain(h.app.engine.streams.interaction(id, 0));
      const upstreamDeltas = replay.filter((e) => e.kind === "step_delta").length;
      const deltas = chat.results.filter((r) => r.chat.__typename === "StepDeltaEvent");
      // (Merged only where 64 or more waited for the reader: how many depends on the machine's speed.)
      expect(deltas.length).toBeLessThanOrEqual(upstreamDeltas);
      expect(deltas.map(chatText).join("")).toBe(outputText);
      // The first delta is not held for the rest of its burst.
      const first = replay.find((e) => e.kind === "step_delta");
      expect(deltas[0] && chatText(deltas[0])).toBe(first?.kind === "step_delta" ? first.delta.text : undefined);
      const cursors = chat.results.map((r) => Number(r.chat.cursor));
      expect(cursors).toEqual([...new Set(cursors)].sort((a, b) => a - b));
      for (const r of deltas) {
        const after = Number(r.chat.cursor);
        const rest = await drain(h.app.engine.streams.interaction(id, after));
        expect(rest.map((e) => e.seq)).toEqual(Array.from({ length: rest.length }, (_, k) => after + 1 + k));
        const upTo = deltas.filter((d) => Number(d.chat.cursor) <= after);
        expect(upTo.map(chatText).join("") + textOf(rest)).toBe(outputText);
      }
    } finally {
      h.emulator.pacing.deltaDelayMs = 4;
    }
  }, 60_000);
});
