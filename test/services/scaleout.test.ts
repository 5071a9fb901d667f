import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { ChatDocument, ChatTextDocument, InteractionEventsDocument } from "../generated/graphql.ts";
import { collectWs, gqlText, wsClient } from "../support/clients.ts";
import { longText } from "../support/factories.ts";
import { joined } from "../support/jobs.ts";
import { tempDatabase } from "../support/pg.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";

const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL || !REDIS_URL) throw new Error("The services suite needs DATABASE_URL and REDIS_URL");

let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  emulator = await startEmulator({ deltaDelayMs: 15 });
  db = await tempDatabase(DATABASE_URL);
  const env = { DATABASE_URL: db.url, REDIS_URL, GEMINI_BASE_URL: emulator.url, GEMINI_API_KEY: "services-test-key" };
  // Start one first: both would migrate under the advisory lock, but serially is kinder to a 2-core machine.
  a = await startServerProcess(env);
  b = await startServerProcess(env);
});
afterAll(async () => {
  await Promise.allSettled([a?.stop("SIGKILL"), b?.stop("SIGKILL")]);
  await emulator?.close();
  await db?.drop();
});

type Ev = {
  __typename: string;
  cursor?: string;
  interactionId?: string;
  status?: string;
  reason?: string;
  delta?: { __typename: string; text?: string };
  interaction?: { status: string; outputText?: string | null };
};

/** A chat on one server; resolves with the interaction id at the first event. */
async function chatOn(
  server: ServerProcess,
  text: string,
  document = print(ChatDocument),
  input: Record<string, unknown> = {},
) {
  const client = wsClient(server.url);
  const all: Ev[] = [];
  let gotId: (id: string) => void = () => undefined;
  const id = new Promise<string>((r) => {
    gotId = r;
  });
  const done = new Promise<void>((resolve, reject) =>
    client.subscribe(
      { query: document, variables: { input: { text, ...input } } },
      {
        next: (v) => {
          const e = (v.data as { chat: Ev } | undefined)?.chat;
          if (e) all.push(e);
          if (e?.interactionId) gotId(e.interactionId);
        },
        error: reject,
        complete: resolve,
      },
    ),
  );
  return { id: await id, all, done: done.finally(() => client.dispose()) };
}

const gql = <T>(server: ServerProcess, query: string, variables: Record<string, unknown>) =>
  gqlText<T>(server.url, query, variables);

describe("two server processes sharing PostgreSQL and Redis", () => {
  it("a subscriber on B follows, and resumes, a run started through A", async () => {
    const run = await chatOn(a, longText("cross", { words: 80, stem: "w" }));
    const k = 6;
    const first = (await collectWs(b.url, InteractionEventsDocument, { id: run.id }, k)).results.map(
      (r) => r.interactionEvents as Ev,
    );
    expect(first).toHaveLength(k);
    const rest = (
      await collectWs(b.url, InteractionEventsDocument, { id: run.id, after: first.at(-1)?.cursor })
    ).results.map((r) => r.interactionEvents as Ev);
    await run.done;
    const whole = [...first, ...rest];
    expect(whole.map((e) => Number(e.cursor))).toEqual(whole.map((_, i) => i + 1));
    // chat also sends the turn's end after the round's last event.
    expect(whole.map((e) => e.cursor)).toEqual(run.all.slice(0, -1).map((e) => e.cursor));
    expect(run.all.at(-1)?.__typename).toBe("TurnEndEvent");
    const final = await gql<{ interaction: { outputText: string; status: string } }>(
      b,
      "query($id: ID!) { interaction(id: $id) { status outputText } }",
      { id: run.id },
    );
    expect(final.interaction.status).toBe("COMPLETED");
    expect(joined(whole)).toBe(final.interaction.outputText);
  });

  it("B finds a run A started from its first event on, before A has written its row", async () => {
    // This selection asks for no field of the row, so A writes it behind the stream; B asks A to write it now.
    const run = await chatOn(a, longText("early", { words: 80, stem: "w" }), print(ChatTextDocument));
    const followed = collectWs(b.url, InteractionEventsDocument, { id: run.id });
    const found = gql<{ interaction: { id: string } }>(b, "query($id: ID!) { interaction(id: $id) { id } }", {
      id: run.id,
    });
    expect((await found).interaction.id).toBe(run.id);
    const events = (await followed).results.map((r) => r.interactionEvents as Ev);
    await run.done;
    expect(events.map((e) => Number(e.cursor))).toEqual(events.map((_, i) => i + 1));
    expect(events.at(-1)?.__typename).toBe("InteractionCompletedEvent");
  });

  it("cancelInteraction on B stops a run owned by A", async () => {
    const run = await chatOn(a, longText("cancel across", { words: 80, stem: "w" }));
    const res = await gql<{ cancelInteraction: { status: string } }>(
      b,
      "mutation($id: ID!) { cancelInteraction(id: $id) { status } }",
      { id: run.id },
    );
    expect(res.cancelInteraction.status).toBe("CANCELLED");
    await run.done;
    expect(run.all.at(-2)).toMatchObject({
      __typename: "InteractionCompletedEvent",
      interaction: { status: "CANCELLED" },
    });
    expect(run.all.at(-1)?.__typename).toBe("TurnEndEvent");
  });

  /** A conversation on A with one finished turn: its next turn's rows are written behind the stream. */
  async function conversationOnA(tag: string): Promise<string> {
    const first = await chatOn(a, tag, print(ChatTextDocument));
    await first.done;
    const created = first.all.find((e) => e.__typename === "InteractionCreatedEvent") as Ev & {
      conversationId: string;
    };
    return created.conversationId;
  }

  it("setActiveHead on B finds a turn A started, before A has written its row", async () => {
    const conversationId = await conversationOnA("head across");
    const run = await chatOn(a, longText("head"), print(ChatTextDocument), { conversationId });
    const res = await gql<{ setActiveHead: { id: string } }>(
      b,
      "mutation($c: ID!, $i: ID!) { setActiveHead(conversationId: $c, interactionId: $i) { id } }",
      { c: conversationId, i: run.id },
    );
    expect(res.setActiveHead.id).toBe(conversationId);
    await run.done;
    const after = await gql<{ conversation: { head: { id: string } } }>(
      b,
      "query($id: ID!) { conversation(id: $id) { head { id } } }",
      { id: conversationId },
    );
    expect(after.conversation.head.id).toBe(run.id);
  });

  it("deleteConversation on B cancels a turn A started, before A has written its row", async () => {
    const conversationId = await conversationOnA("delete across");
    const run = await chatOn(a, longText("doomed"), print(ChatTextDocument), { conversationId });
    const res = await gql<{ deleteConversation: boolean }>(b, "mutation($id: ID!) { deleteConversation(id: $id) }", {
      id: conversationId,
    });
    expect(res.deleteConversation).toBe(true);
    await run.done;
    expect(run.all.at(-1)).toMatchObject({ __typename: "TurnEndEvent", reason: "CANCELLED" });
    const gone = await gql<{ conversation: null; interaction: null }>(
      b,
      "query($c: ID!, $i: ID!) { conversation(id: $c) { id } interaction(id: $i) { id } }",
      { c: conversationId, i: run.id },
    );
    expect(gone).toEqual({ conversation: null, interaction: null });
  });

  it("both report ready with Redis and PostgreSQL reachable", async () => {
    for (const s of [a, b]) expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
  });
});
