import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatClient } from "../packages/client/src/node.ts";
import { type Harness, startHarness } from "./support/harness.ts";

/** Branch navigation a chat UI needs: a version's newest leaf, and children in a documented order. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Node = { id: string; latestLeaf: { id: string }; children: { id: string }[] };
const NODE = "query N($id: ID!) { interaction(id: $id) { id latestLeaf { id } children { id } } }";
const BRANCH = "query B($id: ID!) { conversation(id: $id) { messages { id } } }";
const SWITCH = `mutation S($c: ID!, $i: ID!, $leaf: Boolean) {
  setActiveHead(conversationId: $c, interactionId: $i, toLatestLeaf: $leaf) { id }
}`;

describe("Interaction.latestLeaf and setActiveHead(toLatestLeaf:)", () => {
  it("switches to a version with its follow-ups, and lists children oldest first", async () => {
    const client = createChatClient({ url: h.url });
    const t1 = await client.chat({ text: "one" }).done;
    const c = t1.conversationId ?? "";
    const t2 = await client.chat({ text: "two", conversationId: c }).done;
    const t3 = await client.chat({ text: "three", conversationId: c }).done;
    const t2b = await client.edit(t2.interaction.id, { text: "two, edited" }).done; // the head is now t2b
    const node = async (id: string) => (await client.query<{ interaction: Node }>(NODE, { id })).interaction;
    const branch = async () =>
      (await client.query<{ conversation: { messages: { id: string }[] } }>(BRANCH, { id: c })).conversation.messages;

    expect((await node(t2.interaction.id)).latestLeaf.id).toBe(t3.interaction.id);
    expect((await node(t3.interaction.id)).latestLeaf.id).toBe(t3.interaction.id); // a leaf is its own
    expect((await node(t1.interaction.id)).latestLeaf.id).toBe(t2b.interaction.id); // the newest of two leaves
    expect((await node(t1.interaction.id)).children.map((x) => x.id)).toEqual([t2.interaction.id, t2b.interaction.id]);

    // Back to the first version of message two: with its follow-up (three), not cut after it.
    await client.mutate(SWITCH, { c, i: t2.interaction.id, leaf: true });
    expect((await branch()).map((m) => m.id)).toEqual([t1, t2, t3].map((t) => t.interaction.id));
    await client.mutate(SWITCH, { c, i: t2.interaction.id }); // without it: the branch ends there, as before
    expect((await branch()).map((m) => m.id)).toEqual([t1, t2].map((t) => t.interaction.id));
    await client.close();
  });
});
