import { randomBytes } from "node:crypto";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { JobUpdatesDocument } from "../generated/graphql.ts";
import { gqlText, wsClient } from "../support/clients.ts";
import { tempDatabase } from "../support/pg.ts";
import { type PrivateRedis, privateRedis } from "../support/redis-server.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

const { DATABASE_URL } = process.env;
if (!DATABASE_URL) throw new Error("The services suite needs DATABASE_URL");

/** Not the shared Redis (which others use and nobody may stop): one of this file's own. */
const PORT = 6390;
let redis: PrivateRedis;
let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let a: ServerProcess;

beforeAll(async () => {
  redis = await privateRedis(PORT);
  emulator = await startEmulator({ deltaDelayMs: 40 });
  db = await tempDatabase(DATABASE_URL);
  a = await startServerProcess(
    {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      GEMINI_BASE_URL: emulator.url,
      GEMINI_API_KEY: "services-outage-key",
      JOB_QUEUE: `outage-${randomBytes(4).toString("hex")}`,
      RECONCILE_INTERVAL_MS: "500",
    },
    60_000,
  );
}, 120_000);
afterAll(async () => {
  await a?.stop("SIGKILL");
  await redis?.stop();
  await emulator?.close();
  await db?.drop();
});

const ready = async () => (await fetch(`${a.url}/readyz`).catch(() => undefined))?.status;
const alive = () => a.child.exitCode === null && a.child.signalCode === null;

const gql = <T>(query: string, variables: Record<string, unknown>) => gqlText<T>(a.url, query, variables);

describe("the process's Redis goes away", () => {
  it("a subscription during the outage does not kill the process; readiness goes 503 and back; jobs run after", async () => {
    await redis.stop();
    await waitFor("/readyz to answer 503", async () => (await ready()) === 503, { timeoutMs: 15_000 });
    // A new turn is refused at once, typed and retryable: not a masked error after ioredis gives up.
    const refused = await fetch(`${a.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }",
        variables: { i: { model: "gemini-3.5-flash", text: "during the outage" } },
      }),
    });
    const body = (await refused.json()) as { errors?: { extensions?: { code?: string; retryAfter?: number } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(body.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    // Subscriptions opened while Redis is down: their SUBSCRIBE fails (it used to reject unhandled and end the process).
    const client = wsClient(a.url);
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      client.subscribe(
        { query: print(JobUpdatesDocument), variables: {} },
        {
          next: (v) => {
            const job = (v.data as { jobUpdates?: { status: string } } | undefined)?.jobUpdates;
            if (job) seen.push(job.status);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    }
    // Long enough for ioredis to give up on those commands (maxRetriesPerRequest) several times over.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(alive()).toBe(true);
    expect(a.output()).not.toMatch(/MaxRetriesPerRequestError[\s\S]*Node\.js v/);
    // One structured line per connection per outage, however many retries and requests it saw.
    const downLines = a
      .output()
      .split("\n")
      .filter((l) => l.includes('"redis unavailable"'));
    expect(downLines.length).toBeGreaterThan(0);
    expect(downLines.length).toBeLessThanOrEqual(8);
    for (const l of downLines) expect(() => JSON.parse(l)).not.toThrow();

    await redis.start();
    await waitFor("/readyz to answer 200 again", async () => (await ready()) === 200, { timeoutMs: 30_000 });
    const { createInteraction } = await gql<{ createInteraction: { job: { id: string } } }>(
      "mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { job { id } } }",
      { input: { model: "gemini-3.5-flash", text: "after the outage", background: true } },
    );
    const jobId = createInteraction.job.id;
    await waitFor(
      "the job to succeed",
      async () => {
        const d = await gql<{ job: { status: string } }>("query($id: ID!) { job(id: $id) { status: jobStatus } }", {
          id: jobId,
        });
        return d.job.status === "SUCCEEDED";
      },
      { timeoutMs: 30_000 },
    );
    // The subscriptions made during the outage were subscribed again once Redis came back: they see the job.
    await waitFor(
      "the outage's subscribers to see the job end",
      () => seen.filter((s) => s === "SUCCEEDED").length >= 3,
    );
    await client.dispose();
    expect(alive()).toBe(true);
  }, 120_000);

  it("Redis stopped mid-run: the run still ends COMPLETED with the whole reply, and the process lives", async () => {
    const text = `outage mid-run ${Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ")}`;
    const sent = gql<{ sendMessage: { id: string; status: string; outputText: string } }>(
      "mutation($input: SendMessageInput!) { sendMessage(input: $input) { id status outputText } }",
      { input: { text } },
    );
    await new Promise((r) => setTimeout(r, 1_000));
    await redis.stop();
    const { sendMessage } = await sent;
    expect(sendMessage.status).toBe("COMPLETED");
    expect(sendMessage.outputText).toContain("w99");
    expect(alive()).toBe(true);
    await redis.start();
    await waitFor("/readyz to answer 200 again", async () => (await ready()) === 200, { timeoutMs: 30_000 });
  }, 120_000);
});
