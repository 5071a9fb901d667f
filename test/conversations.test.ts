import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CancelInteractionDocument,
  ConversationInteractionsDocument,
  DeleteConversationDocument,
  EditMessageDocument,
  GetConversationDocument,
  ListConversationsDocument,
  RegenerateDocument,
  RenameConversationDocument,
  SendBackgroundDocument,
  SendMessageDocument,
  SetActiveHeadDocument,
} from "./generated/graphql.ts";
import { seedConversation, userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const send = (text: string, conversationId?: string, extra: Record<string, unknown> = {}) =>
  h.ok(SendMessageDocument, { input: { text, conversationId, ...extra } }).then((r) => r.sendMessage);

async function threeTurns() {
  const a = await send("Hi, I am Grace");
  const conversationId = a.conversation?.id as string;
  const b = await send("I like compilers", conversationId);
  const c = await send("What did I say first?", conversationId);
  return { conversationId, a, b, c };
}

describe("sendMessage", () => {
  it("chains three turns by upstream id, and the model sees the earlier turns", async () => {
    const before = h.emulator.requests.length;
    const { a, b, c, conversationId } = await threeTurns();
    const sent = h.emulator.requests.slice(before);
    expect(sent.map((r) => r.previous_interaction_id)).toEqual([undefined, a.remoteId, b.remoteId]);
    expect(sent.every((r) => r.model === "gemini-3.5-flash")).toBe(true);
    expect(c.outputText).toContain('turn 3 of our conversation; it began with "Hi, I am Grace"');
    expect([b.parent?.id, c.parent?.id]).toEqual([a.id, b.id]);

    const { conversation } = await h.ok(GetConversationDocument, { id: conversationId });
    expect(conversation?.title).toBe("Hi, I am Grace");
    expect(conversation?.head?.id).toBe(c.id);
    expect(conversation?.messages.map((m) => m.id)).toEqual([a.id, b.id, c.id]);
  });

  it("re-sends the conversation's per-turn parameters upstream on every turn", async () => {
    const tools = [{ function: { name: "lookup", description: "Looks things up", parameters: { type: "object" } } }];
    const first = await send("one", undefined, {
      systemInstruction: "Be brief",
      generationConfig: { temperature: 0.2 },
      tools,
    });
    await send("two", first.conversation?.id);
    const last = h.emulator.requests.at(-1);
    expect(last).toMatchObject({
      system_instruction: "Be brief",
      generation_config: { temperature: 0.2 },
      tools: [{ type: "function", name: "lookup", description: "Looks things up", parameters: { type: "object" } }],
    });
  });

  it("recovers when upstream lost the chain: the branch is replayed from the database", async () => {
    const { conversationId, c } = await threeTurns();
    const res = await fetch(`${h.emulator.url}/_emulator/interactions/${c.remoteId}/expire`, { method: "POST" });
    expect(res.status).toBe(200);
    const before = h.emulator.requests.length;
    const d = await send("And now?", conversationId);
    expect(d.status).toBe("COMPLETED");
    expect(d.outputText).toContain('turn 4 of our conversation; it began with "Hi, I am Grace"');
    const [refused, replayed] = h.emulator.requests.slice(before);
    expect(refused?.previous_interaction_id).toBe(c.remoteId);
    expect(replayed?.previous_interaction_id).toBeUndefined();
    const timeline = replayed?.input as { type: string }[];
    expect(timeline.filter((s) => s.type === "user_input")).toHaveLength(4);
    expect(timeline.filter((s) => s.type === "model_output")).toHaveLength(3);
  });

  it("store: false sends the whole branch every turn and keeps nothing upstream", async () => {
    const a = await send("Stateless hello", undefined, { store: false });
    const before = h.emulator.requests.length;
    const b = await send("Second stateless", a.conversation?.id);
    const sent = h.emulator.requests.slice(before)[0];
    expect(sent).toMatchObject({ store: false });
    expect(sent?.previous_interaction_id).toBeUndefined();
    expect((sent?.input as { type: string }[] | undefined)?.map((s) => s.type)).toEqual([
      "user_input",
      "model_output",
      "user_input",
    ]);
    expect(b.outputText).toContain('turn 2 of our conversation; it began with "Stateless hello"');
  });
});

describe("branches", () => {
  it("regenerate and edit make siblings; switching the head changes messages; old branches stay", async () => {
    const { conversationId, a, b, c } = await threeTurns();
    const regen = (await h.ok(RegenerateDocument, { id: c.id })).regenerate;
    expect(regen.parent?.id).toBe(b.id);
    expect(regen.conversation?.head?.id).toBe(regen.id);
    expect(h.emulator.requests.at(-1)?.previous_interaction_id).toBe(b.remoteId);

    const edited = (await h.ok(EditMessageDocument, { id: b.id, input: { text: "I like databases" } })).editMessage;
    expect(edited.parent?.id).toBe(a.id);
    expect(edited.input).toEqual([{ text: "I like databases" }]);
    expect(edited.outputText).toContain('You said: "I like databases". This is turn 2');

    let conv = (await h.ok(GetConversationDocument, { id: conversationId })).conversation;
    expect(conv?.messages.map((m) => m.id)).toEqual([a.id, edited.id]);
    expect(conv?.messages[0]?.children.map((x) => x.id)).toEqual([b.id, edited.id]);

    await h.ok(SetActiveHeadDocument, { conversationId, interactionId: c.id });
    conv = (await h.ok(GetConversationDocument, { id: conversationId })).conversation;
    expect(conv?.messages.map((m) => m.id)).toEqual([a.id, b.id, c.id]);
    expect(conv?.messages[1]?.children.map((x) => x.id)).toEqual([c.id, regen.id]);
    expect(conv?.messages[2]?.outputText).toBe(c.outputText);
  });
});

describe("one running turn per branch", () => {
  it("two concurrent sendMessage on one conversation: one runs, the other gets CONFLICT and writes nothing", async () => {
    const first = await send("Hi, I am Grace");
    const conversationId = first.conversation?.id as string;
    const stats = async () => (await (await fetch(`${h.emulator.url}/_emulator/stats`)).json()) as { creates: number };
    const createsBefore = (await stats()).creates;
    const requestsBefore = h.emulator.requests.length;
    // The winner's upstream create is held for a while: its row is written and running when the other arrives,
    // while the head still points at the first turn, so both pass every check in code and race for the INSERT.
    h.emulator.faults.add([{ op: "create", delayMs: 400 }]);
    const results = await Promise.all(
      ["one", "two"].map((text) => h.gql(SendMessageDocument, { input: { text, conversationId } })),
    );
    const won = results.filter((r) => r.data?.sendMessage);
    const lost = results.filter((r) => r.errors?.length);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(lost[0]?.errors?.[0]?.message).toMatch(/already running on this branch/);
    const winner = won[0]?.data?.sendMessage;
    expect(winner?.status).toBe("COMPLETED");
    expect(winner?.parent?.id).toBe(first.id);

    // Rows: the first turn and the winner, nothing of the loser; the head is the winner.
    const rows = await h.database.prisma.interaction.findMany({ where: { conversationId } });
    expect(rows.map((r) => r.id).sort()).toEqual([first.id, winner?.id].sort());
    expect(rows.every((r) => r.completedAt)).toBe(true);
    const conv = await h.database.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(conv.headId).toBe(winner?.id);
    // Upstream: exactly one create went out, for the winner's text.
    const sent = h.emulator.requests.slice(requestsBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.input).toEqual([{ type: "text", text: winner?.inputText[0]?.text }]);
    expect((await stats()).creates).toBe(createsBefore + 1);

    // The branch is idle again: regenerating the winner makes a sibling as before.
    const regen = (await h.ok(RegenerateDocument, { id: winner?.id as string })).regenerate;
    expect(regen.parent?.id).toBe(first.id);
  });

  it("the database refuses a second unfinished turn under the same parent, whoever writes it", async () => {
    const first = await send("Hi again");
    const conversationId = first.conversation?.id as string;
    const row = { ownerId: "local", conversationId, parentId: first.id, status: "in_progress" };
    await h.database.prisma.interaction.create({ data: row });
    await expect(h.database.prisma.interaction.create({ data: row })).rejects.toMatchObject({ code: "P2002" });
    // A finished sibling does not count.
    await h.database.prisma.interaction.create({ data: { ...row, status: "completed", completedAt: new Date() } });
  });
});

describe("lists, rename, delete", () => {
  it("lists conversations by last activity, pages them, and searches titles and text", async () => {
    const viewer = await userWithKey(h.database.prisma);
    const as = viewer.headers;
    const one = await h.ok(SendMessageDocument, { input: { text: "Alpha topic" } }, as);
    const two = await h.ok(SendMessageDocument, { input: { text: "Beta topic" } }, as);
    await h.ok(
      SendMessageDocument,
      { input: { text: "more about zebras", conversationId: one.sendMessage.conversation?.id } },
      as,
    );

    const all = (await h.ok(ListConversationsDocument, { first: 10 }, as)).conversations;
    expect(all.edges.map((e) => e.node.id)).toEqual([
      one.sendMessage.conversation?.id,
      two.sendMessage.conversation?.id,
    ]);

    const p1 = (await h.ok(ListConversationsDocument, { first: 1 }, as)).conversations;
    const p2 = (await h.ok(ListConversationsDocument, { first: 1, after: p1.pageInfo.endCursor }, as)).conversations;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect(p2.edges.map((e) => e.node.id)).toEqual([two.sendMessage.conversation?.id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);

    const byText = (await h.ok(ListConversationsDocument, { search: "ZEBRA" }, as)).conversations;
    expect(byText.edges.map((e) => e.node.title)).toEqual(["Alpha topic"]);
    const byTitle = (await h.ok(ListConversationsDocument, { search: "beta" }, as)).conversations;
    expect(byTitle.edges.map((e) => e.node.title)).toEqual(["Beta topic"]);
  });

  it("pages every interaction of all branches", async () => {
    const { conversationId } = await threeTurns();
    const p1 = (await h.ok(ConversationInteractionsDocument, { id: conversationId, first: 2 })).conversation
      ?.interactions;
    const p2 = (
      await h.ok(ConversationInteractionsDocument, { id: conversationId, first: 2, after: p1?.pageInfo.endCursor })
    ).conversation?.interactions;
    expect(p1?.edges).toHaveLength(2);
    expect(p1?.pageInfo.hasNextPage).toBe(true);
    expect(p2?.edges).toHaveLength(1);
    expect(p2?.pageInfo.hasNextPage).toBe(false);
  });

  it("renames, and deletes with the upstream interactions", async () => {
    const { conversationId, a } = await threeTurns();
    const renamed = (await h.ok(RenameConversationDocument, { id: conversationId, title: "  Named  " }))
      .renameConversation;
    expect(renamed.title).toBe("Named");
    expect(
      (await h.ok(DeleteConversationDocument, { id: conversationId, deleteUpstream: true })).deleteConversation,
    ).toBe(true);
    expect((await h.ok(GetConversationDocument, { id: conversationId })).conversation).toBeNull();
    expect(await h.database.prisma.interaction.count({ where: { conversationId } })).toBe(0);
    const upstream = await fetch(`${h.emulator.url}/v1beta/interactions/${a.remoteId}`, {
      headers: { "x-goog-api-key": "k" },
    });
    expect(upstream.status).toBe(404);
  });

  it("cancels a conversation's running turns together: deleting it takes about one cancel's time", async () => {
    const { conversationId, b, c } = await threeTurns();
    const running = (where: { conversationId: string }) =>
      vi.waitFor(
        async () => {
          const rows = await h.database.prisma.interaction.findMany({
            where: { ...where, completedAt: null, remoteId: { not: null } },
          });
          if (!rows.length) throw new Error("not running yet");
          return rows;
        },
        { timeout: 10_000, interval: 20 },
      );
    // Background turns: stopping one asks upstream to cancel it, and upstream is made slow to answer.
    h.emulator.pacing.backgroundStepDelayMs = 5_000;
    h.emulator.faults.add([{ op: "cancel", delayMs: 2_000, times: 4 }]);
    try {
      const lone = (await h.ok(SendBackgroundDocument, { input: { text: "on its own", background: true } }))
        .sendMessage;
      // Three turns under three different parents: after the head, and new answers to b's and c's messages
      // (which keep the conversation's saved `background`).
      await h.ok(SendBackgroundDocument, { input: { text: "and then?", conversationId, background: true } });
      await h.ok(RegenerateDocument, { id: b.id });
      await h.ok(RegenerateDocument, { id: c.id });
      await running({ conversationId: lone.conversation?.id as string });
      await vi.waitFor(async () => expect(await running({ conversationId })).toHaveLength(3), { timeout: 10_000 });

      let t = performance.now();
      await h.ok(CancelInteractionDocument, { id: lone.id });
      const oneCancel = performance.now() - t;
      t = performance.now();
      await h.ok(DeleteConversationDocument, { id: conversationId, deleteUpstream: false });
      const deleted = performance.now() - t;

      // A cancel waits (a bounded while) for upstream's answer.
      expect(oneCancel).toBeGreaterThanOrEqual(400);
      // One after another they would take three cancels' time; together, one (with room for a loaded machine).
      expect(deleted).toBeLessThan(oneCancel * 2.2);
      expect(await h.database.prisma.interaction.count({ where: { conversationId } })).toBe(0);
    } finally {
      h.emulator.pacing.backgroundStepDelayMs = 20;
      h.emulator.faults.clear();
    }
  });
});

describe("bad input changes nothing", () => {
  const snapshot = async () => ({
    conversations: await h.database.prisma.conversation.count(),
    interactions: await h.database.prisma.interaction.count(),
    requests: h.emulator.requests.length,
  });

  it("unknown or foreign conversation ids, empty text, editing function results", async () => {
    const { conversationId, b } = await threeTurns();
    const stranger = await userWithKey(h.database.prisma);
    const fnTurn = await h.database.prisma.interaction.create({
      data: {
        ownerId: "local",
        conversationId,
        parentId: b.id,
        status: "completed",
        input: [{ type: "function_result", call_id: "call_1", result: "42" }],
        completedAt: new Date(),
      },
    });
    const before = await snapshot();
    const attempts = [
      [await h.gql(SendMessageDocument, { input: { text: "hi", conversationId: "nope" } }), "NOT_FOUND"],
      [await h.gql(SendMessageDocument, { input: { text: "hi", conversationId } }, stranger.headers), "NOT_FOUND"],
      [await h.gql(SendMessageDocument, { input: { text: "  ", conversationId } }), "VALIDATION_ERROR"],
      [await h.gql(EditMessageDocument, { id: fnTurn.id, input: { text: "x" } }), "VALIDATION_ERROR"],
      [await h.gql(EditMessageDocument, { id: b.id, input: { text: "" } }), "VALIDATION_ERROR"],
      [await h.gql(RegenerateDocument, { id: b.id }, stranger.headers), "NOT_FOUND"],
      [await h.gql(RenameConversationDocument, { id: conversationId, title: "mine" }, stranger.headers), "NOT_FOUND"],
      [await h.gql(DeleteConversationDocument, { id: conversationId }, stranger.headers), "NOT_FOUND"],
    ] as const;
    for (const [res, code] of attempts) expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await snapshot()).toEqual(before);
  });

  it("a first message upstream refuses leaves no empty conversation", async () => {
    const before = await snapshot();
    const res = await h.gql(SendMessageDocument, { input: { text: "hi", model: "not-a-model" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("UPSTREAM_NOT_FOUND");
    const after = await snapshot();
    expect({ ...after, requests: before.requests }).toEqual(before);
  });
});

describe("query counts (no N+1)", () => {
  const count = async <R, V>(doc: TypedDocumentNode<R, V>, vars: V, headers?: Record<string, string>) => {
    const start = h.queries.length;
    await h.ok(doc, vars, headers);
    return h.queries.length - start;
  };

  it("loads a conversation's messages in the same number of queries for 5 and 50 turns", async () => {
    const small = await seedConversation(h.database.prisma, "local", 5);
    const big = await seedConversation(h.database.prisma, "local", 50);
    const q5 = await count(GetConversationDocument, { id: small.id });
    const q50 = await count(GetConversationDocument, { id: big.id });
    expect(q50).toBe(q5);
    expect(q50).toBeLessThanOrEqual(6);
  });

  it("loads a page of 50 conversations with their heads in the same number of queries as a page of 5", async () => {
    const owner = await userWithKey(h.database.prisma);
    for (let i = 0; i < 50; i++) await seedConversation(h.database.prisma, owner.user.id, 2);
    await h.ok(ListConversationsDocument, { first: 1 }, owner.headers); // the key's lookup is cached after this
    const q5 = await count(ListConversationsDocument, { first: 5 }, owner.headers);
    const q50 = await count(ListConversationsDocument, { first: 50 }, owner.headers);
    expect(q50).toBe(q5);
    expect(q50).toBeLessThanOrEqual(3);
  });
});
