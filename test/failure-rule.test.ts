import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type ChatEvent, createChatClient } from "../packages/client/src/node.ts";
import { type Harness, startHarness } from "./support/harness.ts";

/**
 * docs/frontend.md's rule: a turn refused before it has an interaction is a GraphQL error (no event,
 * nothing stored); once its first event arrived, a failure ends the stream with TurnEndEvent FAILED.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(() => h.emulator.faults.clear());
afterAll(async () => {
  await h?.close();
});

async function run(text: string) {
  const client = createChatClient({ url: h.url });
  const turn = client.chat({ text });
  const events: ChatEvent[] = [];
  const outcome = await (async () => {
    for await (const e of turn.events) events.push(e);
    return turn.done;
  })().catch((e: unknown) => e);
  await client.close();
  return { events, outcome };
}

describe("which failures are GraphQL errors and which end a turn FAILED", () => {
  it("refused before the turn exists (upstream refuses the create): a GraphQL error, no event, no row", async () => {
    const rows = await h.database.prisma.interaction.count();
    h.emulator.faults.add([{ op: "create", status: 429, retryAfter: 120 }]);
    const { events, outcome } = await run("refused at the door");
    expect(events).toEqual([]);
    expect(outcome).toMatchObject({ name: "ChatError", code: "UPSTREAM_RATE_LIMITED", retryAfter: 120 });
    expect(await h.database.prisma.interaction.count()).toBe(rows);
  });

  it("failing after its first event: the stream ends with TurnEndEvent FAILED and the error is stored", async () => {
    h.emulator.faults.add([{ op: "create", failRun: true, failAfterSteps: 1, message: "the model gave up" }]);
    const { events, outcome } = await run("fails on the way");
    expect(events[0]?.__typename).toBe("InteractionCreatedEvent");
    expect(events.at(-1)).toMatchObject({ __typename: "TurnEndEvent", reason: "FAILED" });
    expect(outcome).toMatchObject({ reason: "FAILED", error: { message: expect.stringContaining("gave up") } });
    const id = events[0]?.interactionId ?? "";
    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("failed");
  });
});
