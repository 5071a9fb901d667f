import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatTextDocument, GetConversationDocument } from "./generated/graphql.ts";
import { wsClient } from "./support/clients.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

// The first token waits for upstream alone: a chat turn's rows are written behind its stream, in few statements.
describe("SQL statements of a chat turn", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /**
   * Resolves when the turn's last write is out: its terminal event, published on the bus once written (a turn
   * that ends by itself has no marker after it), and watching runs no SQL.
   */
  async function lastWrite(interactionId: string) {
    for await (const e of h.app.engine.pubsub.subscribe("interaction", interactionId))
      if (e.kind === "completed" || e.kind === "error" || e.kind === "turn_end") return;
  }

  /** One chat turn over graphql-ws: the statements before its first delta, and all of them once it has settled. */
  async function measure(input: { text: string; conversationId?: string }) {
    const client = wsClient(h.url);
    const start = h.queries.length;
    let beforeFirstDelta: string[] | undefined;
    let interactionId = "";
    let announced: string | null | undefined;
    let text = "";
    let written = false;
    try {
      await new Promise<void>((resolve, reject) => {
        client.subscribe(
          { query: print(ChatTextDocument), variables: { input } },
          {
            next: (r) => {
              const ev = r.data?.chat as { __typename: string; interactionId: string; delta?: { text?: string } };
              if (r.errors) reject(new Error(JSON.stringify(r.errors)));
              interactionId ||= ev?.interactionId ?? "";
              if (ev?.__typename === "InteractionCreatedEvent") {
                announced = (ev as { conversationId?: string }).conversationId;
                void lastWrite(ev.interactionId).then(() => (written = true));
              }
              if (ev?.__typename !== "StepDeltaEvent") return;
              beforeFirstDelta ??= h.queries.slice(start);
              text += ev.delta?.text ?? "";
            },
            error: reject,
            complete: resolve,
          },
        );
      });
    } finally {
      await client.dispose();
    }
    // The turn's terminal event is written just before it goes out; nothing is written after it.
    await waitFor("the turn's last write", () => written);
    const all = h.queries.slice(start);
    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: interactionId } });
    // The first event names the conversation (a new one included) without any read.
    expect(announced).toBe(row.conversationId);
    return {
      beforeFirstDelta: beforeFirstDelta ?? [],
      all,
      text,
      conversationId: row.conversationId as string,
      interactionId,
    };
  }

  it("runs no statement before the first delta reaches the client, and at most three in all", async () => {
    await measure({ text: "warm up: the user's limits are read once, then remembered" });
    const turn = await measure({ text: "Tell me something in a few words please" });
    expect(turn.text.length).toBeGreaterThan(0);
    expect(turn.beforeFirstDelta).toEqual([]);
    // The row's first write, the events behind the stream, the final row with the last events (no turn marker).
    expect(turn.all.length).toBeLessThanOrEqual(3);

    // What was written is the whole turn: the conversation, its head, the reply.
    const { conversation } = await h.ok(GetConversationDocument, { id: turn.conversationId });
    expect(conversation?.messages.map((m) => m.outputText)).toEqual([turn.text]);
    expect(conversation?.title).toMatch(/^Tell me something/);
  });

  it("a follow-up turn reads only its conversation and parent before the first delta", async () => {
    const first = await measure({ text: "Name a colour" });
    const next = await measure({ text: "And another one", conversationId: first.conversationId });
    expect(next.text.length).toBeGreaterThan(0);
    expect(next.beforeFirstDelta.length).toBeLessThanOrEqual(2);
    expect(next.beforeFirstDelta.every((q) => q.startsWith("SELECT"))).toBe(true);
    expect(next.all.length).toBeLessThanOrEqual(6);
    const { conversation } = await h.ok(GetConversationDocument, { id: first.conversationId });
    expect(conversation?.messages.map((m) => m.outputText)).toEqual([first.text, next.text]);
    // A turn that ends by itself is not marked: its followers end on its terminal event (one statement less).
    const marks = await h.database.prisma.interactionEvent.count({
      where: { interactionId: first.interactionId, type: "turn_end" },
    });
    expect(marks).toBe(0);
  });
});
