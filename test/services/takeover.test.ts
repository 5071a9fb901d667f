import { randomBytes } from "node:crypto";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { createApiKey, setUserQuota } from "../../src/engine/access/accounts.ts";
import { openDatabase } from "../../src/infra/db.ts";
import { ChatDocument, InteractionEventsDocument, type InteractionEventsSubscription } from "../generated/graphql.ts";
import { type Collected, collectWs, gqlText, postGql, wsClient } from "../support/clients.ts";
import { longText } from "../support/factories.ts";
import { joined } from "../support/jobs.ts";
import { tempDatabase } from "../support/pg.ts";
import { type PrivateRedis, privateRedis } from "../support/redis-server.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

const { DATABASE_URL } = process.env;
if (!DATABASE_URL) throw new Error("The services suite needs DATABASE_URL");

/** Short leases, frequent sweeps: a dead owner's run is taken over within about two seconds. */
const LEASE_MS = 1_500;
/**
 * A Redis of this file's own: processes killed mid-run never give back their quota slots, and on the
 * shared Redis those would count against every other test's local user for an hour.
 */
const REDIS_PORT = 6392;
let redis: PrivateRedis;
let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let env: Record<string, string>;
const servers: ServerProcess[] = [];
let b: ServerProcess;
let c: ServerProcess;

const start = async () => {
  const s = await startServerProcess(env, 60_000);
  servers.push(s);
  return s;
};

beforeAll(async () => {
  // Slow deltas: the run is mid-stream when its owner is killed.
  redis = await privateRedis(REDIS_PORT);
  emulator = await startEmulator({ deltaDelayMs: 40 });
  db = await tempDatabase(DATABASE_URL);
  env = {
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    GEMINI_BASE_URL: emulator.url,
    GEMINI_API_KEY: "services-takeover-key",
    JOB_QUEUE: `takeover-${randomBytes(4).toString("hex")}`,
    RUN_LEASE_MS: String(LEASE_MS),
    RECONCILE_INTERVAL_MS: "500",
  };
  b = await start();
  c = await start();
}, 150_000);
afterAll(async () => {
  await Promise.allSettled(servers.map((s) => s.stop("SIGKILL")));
  await redis?.stop();
  await emulator?.close();
  await db?.drop();
});

type Ev = {
  __typename: string;
  cursor?: string;
  interactionId?: string;
  code?: string;
  delta?: { __typename: string; text?: string };
  interaction?: { status: string };
};
const gql = <T>(server: ServerProcess, query: string, variables: Record<string, unknown>) =>
  gqlText<T>(server.url, query, variables);

/** A chat on `owner`, left running; resolves with its interaction id once `k` events have arrived. */
async function chatOn(
  owner: ServerProcess,
  input: Record<string, unknown>,
  k = 6,
  connectionParams?: Record<string, unknown>,
): Promise<string> {
  const client = wsClient(owner.url, connectionParams);
  const seen: Ev[] = [];
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the chat did not start: ${JSON.stringify(seen)}`)), 30_000);
    client.subscribe(
      { query: print(ChatDocument), variables: { input } },
      {
        next: (v) => {
          if (v.errors) reject(new Error(JSON.stringify(v.errors)));
          const e = (v.data as { chat?: Ev } | undefined)?.chat;
          if (e) seen.push(e);
          if (seen.length !== k) return;
          clearTimeout(timer);
          resolve(seen[0]?.interactionId as string);
        },
        // The owner is killed: its socket goes, as a client's would.
        error: (err) => reject(new Error(`chat failed: ${JSON.stringify(err)}`)),
        complete: () => undefined,
      },
    );
  });
}

const row = (id: string) =>
  gql<{ interaction: { status: string; outputText: string | null; conversation: { id: string } } }>(
    b,
    "query($id: ID!) { interaction(id: $id) { status outputText conversation { id } } }",
    { id },
  ).then((d) => d.interaction);

describe("kill -9 of the process that owns a streaming chat", () => {
  it("another process takes the run over: a watcher on a third gets the whole reply, and the conversation goes on", async () => {
    const a = await start();
    const id = await chatOn(a, { text: longText("takeover", { words: 120, stem: "w" }) });
    // The watcher on C subscribes from the start while A still streams.
    const live: Collected<InteractionEventsSubscription> = { results: [], errors: [] };
    const watched = collectWs(c.url, InteractionEventsDocument, { id }, { into: live });
    await waitFor("the watcher's first event", () => live.results.length > 0);
    const killedAt = Date.now();
    await a.stop("SIGKILL");
    const { results, errors } = await watched;
    const tookMs = Date.now() - killedAt;
    const evs = results.map((r) => r.interactionEvents as Ev);
    expect(errors).toEqual([]);
    // The taking-over process's catch-up is a burst: its text deltas may come merged (cursors skip, never go back).
    const cursors = evs.map((e) => Number(e.cursor));
    expect(cursors[0]).toBe(1);
    expect(cursors).toEqual([...new Set(cursors)].sort((x, y) => x - y));
    expect(evs.at(-1)).toMatchObject({ __typename: "InteractionCompletedEvent", interaction: { status: "COMPLETED" } });
    const final = await row(id);
    expect(final.status).toBe("COMPLETED");
    expect(joined(evs)).toBe(final.outputText);
    // Taken over within the lease and a sweep, then the rest streamed (about 120 words at 40 ms).
    expect(tookMs).toBeLessThan(LEASE_MS + 10_000);

    const next = await gql<{ sendMessage: { status: string } }>(
      c,
      "mutation($input: SendMessageInput!) { sendMessage(input: $input) { status } }",
      { input: { conversationId: final.conversation.id, text: "and then?" } },
    );
    expect(next.sendMessage.status).toBe("COMPLETED");
  }, 180_000);

  it("a run upstream does not keep (store: false) ends with an InteractionErrorEvent and a final row", async () => {
    const a = await start();
    const id = await chatOn(a, { text: longText("unkept", { words: 120, stem: "w" }), store: false });
    const live: Collected<InteractionEventsSubscription> = { results: [], errors: [] };
    const watched = collectWs(c.url, InteractionEventsDocument, { id }, { into: live });
    await waitFor("the watcher's first event", () => live.results.length > 0);
    await a.stop("SIGKILL");
    const evs = (await watched).results.map((r) => r.interactionEvents as Ev);
    expect(evs.at(-1)).toMatchObject({ __typename: "InteractionErrorEvent", code: "SERVER_STOPPING" });
    expect((await row(id)).status).toBe("FAILED");
  }, 180_000);

  it("cancelInteraction and deleteConversation answer within a few seconds after the owner died", async () => {
    const a = await start();
    const [one, two] = await Promise.all([
      // Long enough (about 25 s) to be still running upstream when cancelled.
      chatOn(a, { text: longText("cancel after death", { words: 600, stem: "w" }) }),
      chatOn(a, { text: longText("delete after death", { words: 600, stem: "w" }) }),
    ]);
    const conv = (await row(two)).conversation.id;
    await a.stop("SIGKILL");

    let t = Date.now();
    const cancelled = await gql<{ cancelInteraction: { status: string } }>(
      b,
      "mutation($id: ID!) { cancelInteraction(id: $id) { status } }",
      { id: one },
    );
    expect(cancelled.cancelInteraction.status).toBe("CANCELLED");
    expect(Date.now() - t).toBeLessThan(5_000);

    t = Date.now();
    const deleted = await gql<{ deleteConversation: boolean }>(
      c,
      "mutation($id: ID!) { deleteConversation(id: $id) }",
      { id: conv },
    );
    expect(deleted.deleteConversation).toBe(true);
    expect(Date.now() - t).toBeLessThan(5_000);
    const gone = await gql<{ interaction: unknown }>(b, "query($id: ID!) { interaction(id: $id) { id } }", { id: two });
    expect(gone.interaction).toBeNull();
  }, 180_000);

  it("the run's quota slot is given back by the process that took it over, once, when the run ends", async () => {
    const database = await openDatabase({ url: db.url });
    try {
      const prisma = database.prisma;
      const user = await prisma.user.create({ data: { name: "one slot" } });
      const { secret } = await createApiKey({ db: prisma }, null, user, { name: "k" });
      await setUserQuota({ db: prisma }, null, user, { concurrentRuns: 1 });
      const auth = { authorization: `Bearer ${secret}` };
      const turn = async (server: ServerProcess, text: string) => {
        const res = await postGql(
          server.url,
          'mutation($t: String) { createInteraction(input: { model: "gemini-3.5-flash", text: $t }) { id } }',
          { t: text },
          auth,
        );
        return ((await res.json()) as { errors?: { extensions?: { limit?: string } }[] }).errors;
      };
      const a = await start();
      const id = await chatOn(a, { text: longText("slot", { words: 120, stem: "w" }) }, 6, auth);
      expect((await turn(b, "a second run at once"))?.[0]?.extensions?.limit).toBe("concurrentRuns");
      await a.stop("SIGKILL");
      const status = async () => (await prisma.interaction.findUnique({ where: { id } }))?.status;
      const ended = await waitFor(
        "the taken-over run to end",
        async () => {
          const now = await status();
          return now !== "in_progress" && now;
        },
        { timeoutMs: 60_000 },
      );
      expect(ended).toBe("completed");
      // A's slot was released by its taker (it used to stay taken until its counter expired, an hour on).
      await waitFor("the slot to be free", async () => (await turn(b, "after the end")) === undefined);
      // Released once: a run streaming now holds the only slot again.
      await chatOn(c, { text: longText("hold", { words: 120, stem: "w" }) }, 6, auth);
      expect((await turn(b, "one too many"))?.[0]?.extensions?.limit).toBe("concurrentRuns");
    } finally {
      await database.close();
    }
  }, 180_000);
});
