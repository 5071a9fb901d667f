import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BranchDocument,
  NodeByIdDocument,
  RegenerateDocument,
  SendMessageDocument,
  SiblingsDocument,
} from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const send = async (text: string, conversationId?: string, extra: Record<string, unknown> = {}) =>
  (await h.ok(SendMessageDocument, { input: { text, conversationId, ...extra } as never })).sendMessage;

describe("branches", () => {
  it("siblings, siblingIndex and siblingCount give a branch switcher its '2 of 3'", async () => {
    const first = await send("pick a colour");
    const second = (await h.ok(RegenerateDocument, { id: first.id })).regenerate;
    const third = (await h.ok(RegenerateDocument, { id: first.id })).regenerate;
    const views = await Promise.all([first, second, third].map((i) => h.ok(SiblingsDocument, { id: i.id })));
    expect(views.map((v) => [v.interaction?.siblingIndex, v.interaction?.siblingCount])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(views[1]?.interaction?.siblings.map((s) => s.id)).toEqual([first.id, second.id, third.id]);
    expect(views[0]?.interaction?.kind).toBe("MESSAGE");
  });
});

describe("paged branch, tool rounds folded", () => {
  it("branch(last, before) pages back through the active branch; a tool turn is one entry with its rounds", async () => {
    const a = await send("one");
    const cid = a.conversation?.id as string;
    await send("two", cid);
    await send('current_time in "Europe/Paris"', cid, { tools: [{ serverFunction: "current_time" }] });
    await send("four", cid);
    const latest = (await h.ok(BranchDocument, { id: cid, last: 2 })).conversation;
    const texts = (c: typeof latest) =>
      c?.branch.edges.map((e) => e.node.inputText.map((p) => ("text" in p ? p.text : "")).join(""));
    expect(texts(latest)).toEqual(['current_time in "Europe/Paris"', "four"]);
    expect(latest?.branch.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const tool = latest?.branch.edges[0]?.node;
    expect(tool?.kind).toBe("MESSAGE");
    expect(tool?.rounds.map((r) => r.kind)).toEqual(["TOOL_ROUND"]);
    expect(tool?.lastRound.id).toBe(tool?.rounds[0]?.id);
    expect(tool?.lastRound.outputText).toContain("current_time");
    const earlier = (await h.ok(BranchDocument, { id: cid, last: 2, before: latest?.branch.pageInfo.startCursor }))
      .conversation;
    expect(texts(earlier)).toEqual(["one", "two"]);
    expect(earlier?.branch.pageInfo.hasPreviousPage).toBe(false);
    // Unfolded, the tool round is an entry of its own, marked TOOL_ROUND.
    const all = (await h.ok(BranchDocument, { id: cid, last: 10, foldRounds: false })).conversation;
    expect(all?.branch.edges.map((e) => e.node.kind)).toEqual([
      "MESSAGE",
      "MESSAGE",
      "MESSAGE",
      "TOOL_ROUND",
      "MESSAGE",
    ]);
    expect(latest?.messages).toHaveLength(2);
  });

  it("refuses a cursor from another list", async () => {
    const a = await send("alone");
    const res = await h.gql(BranchDocument, { id: a.conversation?.id as string, last: 1, before: "bm9wZQ" });
    expect(res.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");
  });
});

describe("node(id)", () => {
  it("finds the viewer's objects of every type, and nothing of another user's", async () => {
    const mine = await send("node me");
    const it1 = (await h.ok(NodeByIdDocument, { id: mine.id })).node;
    expect(it1).toMatchObject({ __typename: "Interaction", id: mine.id });
    const conv = (await h.ok(NodeByIdDocument, { id: mine.conversation?.id as string })).node;
    expect(conv).toMatchObject({ __typename: "Conversation" });
    const stranger = await userWithKey(h.database.prisma);
    for (const id of [mine.id, mine.conversation?.id as string]) {
      const theirs = await h.gql(NodeByIdDocument, { id }, stranger.headers);
      expect(theirs).toEqual({ data: { node: null } });
    }
    const self = (await h.ok(NodeByIdDocument, { id: stranger.user.id }, stranger.headers)).node;
    expect(self).toMatchObject({ __typename: "User", id: stranger.user.id });
    expect((await h.ok(NodeByIdDocument, { id: stranger.key.id }, stranger.headers)).node?.__typename).toBe("ApiKey");
    expect((await h.ok(NodeByIdDocument, { id: "missing" })).node).toBeNull();
  });
});
