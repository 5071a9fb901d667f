import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { gqlText } from "../support/clients.ts";
import { tempDatabase } from "../support/pg.ts";
import { type PrivateRedis, privateRedis } from "../support/redis-server.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

const { DATABASE_URL } = process.env;
if (!DATABASE_URL) throw new Error("The services suite needs DATABASE_URL");

/** FLUSHALL on the shared Redis would wipe everyone's: this file flushes a Redis of its own. */
const PORT = 6391;
const SWEEP_MS = 500;
let redis: PrivateRedis;
let client: Redis;
let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let a: ServerProcess;

beforeAll(async () => {
  redis = await privateRedis(PORT);
  client = new Redis(redis.url);
  // Slow background steps: the first job is still running when Redis loses everything.
  emulator = await startEmulator({ backgroundStepDelayMs: 1_500 });
  db = await tempDatabase(DATABASE_URL);
  a = await startServerProcess(
    {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      GEMINI_BASE_URL: emulator.url,
      GEMINI_API_KEY: "services-flush-key",
      // One job at a time: the second waits in the queue, and the flush takes its entry away.
      JOB_CONCURRENCY: "1",
      RUN_LEASE_MS: "1000",
      RECONCILE_INTERVAL_MS: String(SWEEP_MS),
    },
    60_000,
  );
}, 120_000);
afterAll(async () => {
  await a?.stop("SIGKILL");
  client?.disconnect();
  await redis?.stop();
  await emulator?.close();
  await db?.drop();
});

const gql = <T>(query: string, variables: Record<string, unknown>) => gqlText<T>(a.url, query, variables);

const background = async (text: string) =>
  (
    await gql<{ createInteraction: { id: string; job: { id: string } } }>(
      "mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { id job { id } } }",
      { input: { agent: "deep-research-preview-04-2026", text, background: true } },
    )
  ).createInteraction;

const jobStatus = async (id: string) =>
  (await gql<{ job: { status: string } }>("query($id: ID!) { job(id: $id) { status: jobStatus } }", { id })).job.status;

describe("Redis loses its data (FLUSHALL)", () => {
  it("a queued job still runs within a sweep, without a restart; run streams get a TTL", async () => {
    const first = await background("first, running during the flush");
    await waitFor("the first job to run", async () => (await jobStatus(first.job.id)) === "RUNNING");
    const second = await background("second, queued during the flush");
    expect(await jobStatus(second.job.id)).toBe("QUEUED");
    // A live run's event stream expires even if its process dies and never ends it.
    await waitFor("the first run's stream", async () => (await client.exists(`gig:events:${first.id}`)) === 1);
    expect(await client.ttl(`gig:events:${first.id}`)).toBeGreaterThan(0);

    await client.flushall();
    for (const job of [first, second])
      await waitFor(`job ${job.job.id} to succeed`, async () => (await jobStatus(job.job.id)) === "SUCCEEDED", {
        timeoutMs: 60_000,
      });
    // A finished run's stream expires within the hour.
    const ttl = await client.ttl(`gig:events:${second.id}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3600);
    expect(a.child.exitCode).toBeNull();
  }, 120_000);
});
