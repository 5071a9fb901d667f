import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { createApiKey, setUserQuota } from "../../src/engine/access/accounts.ts";
import { type Database, openDatabase } from "../../src/infra/db.ts";
import { ChatTextDocument } from "../generated/graphql.ts";
import { type Collected, collectSse, postGql } from "../support/clients.ts";
import { longText } from "../support/factories.ts";
import { tempDatabase } from "../support/pg.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL || !REDIS_URL) throw new Error("The services suite needs DATABASE_URL and REDIS_URL");

let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let database: Database;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  emulator = await startEmulator();
  db = await tempDatabase(DATABASE_URL);
  database = await openDatabase({ url: db.url });
  const env = { DATABASE_URL: db.url, REDIS_URL, GEMINI_BASE_URL: emulator.url, GEMINI_API_KEY: "services-test-key" };
  a = await startServerProcess(env);
  b = await startServerProcess(env);
}, 120_000);
afterAll(async () => {
  await Promise.allSettled([a?.stop("SIGKILL"), b?.stop("SIGKILL")]);
  await database?.close();
  await emulator?.close();
  await db?.drop();
});

async function create(server: ServerProcess, secret: string, i: number) {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({
      query: 'mutation($t: String) { createInteraction(input: { model: "gemini-3.5-flash", text: $t }) { id } }',
      variables: { t: `burst ${i}` },
    }),
  });
  return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string; limit?: string } }[] };
}

describe("quotas across two server processes on one Redis", () => {
  it("50 concurrent requests split over both processes: exactly the per-minute limit get through", async () => {
    const prisma = database.prisma;
    const user = await prisma.user.create({ data: { name: "burst" } });
    const { secret } = await createApiKey({ db: prisma }, null, user, { name: "k" });
    await setUserQuota({ db: prisma }, null, user, { requestsPerMinute: 10, concurrentRuns: 0 });
    const creates = emulator.stats().creates;
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => create(i % 2 ? a : b, secret, i)));
    const ok = results.filter((r) => r.data && !r.errors);
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === "QUOTA_EXCEEDED");
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(refused.every((r) => r.errors?.[0]?.extensions?.limit === "requestsPerMinute")).toBe(true);
    expect(emulator.stats().creates - creates).toBe(10);
  });

  it("revoking a key on one process closes its subscription on the other within a second, and its cached lookup there", async () => {
    const prisma = database.prisma;
    const admin = await prisma.user.create({ data: { name: "admin", role: "ADMIN" } });
    const adminKey = await createApiKey({ db: prisma }, null, admin, { name: "a" });
    const user = await prisma.user.create({ data: { name: "watcher" } });
    const { key, secret } = await createApiKey({ db: prisma }, null, user, { name: "w" });
    const { createClient } = await import("graphql-ws");
    const { default: WebSocket } = await import("ws");
    const client = createClient({
      url: `${b.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${secret}` },
      retryAttempts: 0,
    });
    const connected = new Promise<void>((r) => client.on("connected", () => r()));
    const closed = new Promise<number>((r) => client.on("closed", (e) => r((e as { code: number }).code)));
    client.subscribe(
      { query: "subscription { jobUpdates { id } }" },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await connected;
    const t0 = Date.now();
    await fetch(`${a.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${adminKey.secret}` },
      body: JSON.stringify({ query: "mutation($id: ID!) { revokeApiKey(id: $id) { id } }", variables: { id: key.id } }),
    });
    expect(await closed).toBe(4403);
    expect(Date.now() - t0).toBeLessThan(1_000);
    // b had looked the key up for the socket (and caches it): the revocation on a reached its cache too.
    const after = await fetch(`${b.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: "{ viewer { id } }" }),
    });
    expect(after.status).toBe(401);
  });

  it("revoking a key on one process ends its SSE chat on the other within a second, typed", async () => {
    const prisma = database.prisma;
    const user = await prisma.user.create({ data: { name: "sse watcher" } });
    const { key, secret } = await createApiKey({ db: prisma }, null, user, { name: "s" });
    emulator.pacing.deltaDelayMs = 40;
    try {
      const into: Collected<unknown> = { results: [], errors: [] };
      // About 120 words at 40 ms a delta: the chat would stream for seconds after the revocation.
      const done = collectSse(
        b.url,
        ChatTextDocument,
        { input: { text: longText("revoke me elsewhere", { words: 120 }) } },
        { headers: { authorization: `Bearer ${secret}` }, into: into as Collected<never> },
      ).then(() => Date.now());
      await waitFor("the chat to stream on b", () => into.results.length > 0);
      const revokedAt = Date.now();
      const res = await postGql(
        a.url,
        "mutation($id: ID!) { revokeApiKey(id: $id) { id } }",
        { id: key.id },
        { authorization: `Bearer ${secret}` },
      );
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect((await done) - revokedAt).toBeLessThan(1_000);
      expect(into.errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code)).toEqual([
        "CREDENTIAL_REVOKED",
      ]);
    } finally {
      emulator.pacing.deltaDelayMs = 0;
    }
  });

  it("npm run keys works on PostgreSQL (DATABASE_URL) while servers run", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/keys.ts", "create", "--user", "pat", "--admin"],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: db.url },
        timeout: 60_000,
      },
    );
    const secret = stdout.match(/Bearer (gik_\S+)/)?.[1];
    const res = await fetch(`${a.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: "{ viewer { name role } }" }),
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ viewer: { name: "pat", role: "ADMIN" } });
  }, 90_000);
});
