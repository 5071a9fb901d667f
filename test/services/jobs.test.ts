import { randomBytes } from "node:crypto";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import {
  CancelJobDocument,
  CreateBackgroundDocument,
  GetJobDocument,
  InteractionEventsDocument,
} from "../generated/graphql.ts";
import { collectWs, gqlAt } from "../support/clients.ts";
import { joined } from "../support/jobs.ts";
import { tempDatabase } from "../support/pg.ts";
import { ranAttempt, type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL || !REDIS_URL) throw new Error("The services suite needs DATABASE_URL and REDIS_URL");

let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let a: ServerProcess;
let b: ServerProcess;

let env: Record<string, string>;
const queueName = `gig-test-${randomBytes(4).toString("hex")}`;

beforeAll(async () => {
  emulator = await startEmulator({ backgroundStepDelayMs: 400, deltaDelayMs: 10 });
  db = await tempDatabase(DATABASE_URL);
  env = {
    DATABASE_URL: db.url,
    REDIS_URL,
    GEMINI_BASE_URL: emulator.url,
    GEMINI_API_KEY: "services-test-key",
    LOG_LEVEL: "info",
    // A queue of this run's own, so runs never share work; a dead worker's job moves on after ~4-6 s.
    JOB_QUEUE: queueName,
    JOB_LOCK_MS: "4000",
    JOB_STALLED_INTERVAL_MS: "2000",
  };
  a = await startServerProcess(env, 60_000);
  b = await startServerProcess(env, 60_000);
}, 120_000);
const extra: ServerProcess[] = [];
afterAll(async () => {
  await Promise.allSettled([a, b, ...extra].map((p) => p?.stop("SIGKILL")));
  await emulator?.close();
  await db?.drop();
});

type Ev = { __typename: string; cursor?: string; delta?: { __typename: string; text?: string } | null };

describe("BullMQ jobs across two worker processes", () => {
  it("finishes a job on the other worker when its worker is killed mid-job", async () => {
    const creates = emulator.stats().creates;
    const { createInteraction } = await gqlAt(a.url, CreateBackgroundDocument, {
      input: { agent: "deep-research-preview-04-2026", text: "ocean currents", background: true },
    });
    const jobId = createInteraction.job?.id as string;
    await waitFor("a stored step", async () => {
      const { job } = await gqlAt(a.url, GetJobDocument, { id: jobId });
      return (job?.interaction.steps.length ?? 0) >= 1;
    });
    const [worker, other] = ranAttempt(a, jobId) ? [a, b] : [b, a];
    expect(ranAttempt(worker, jobId)).toBe(true);
    await worker.stop("SIGKILL");
    expect(emulator.stats().running).toBeGreaterThanOrEqual(1);

    const done = await waitFor(
      "the other worker to finish the job",
      async () => {
        const { job } = await gqlAt(other.url, GetJobDocument, { id: jobId });
        return job?.status === "SUCCEEDED" && job;
      },
      { timeoutMs: 40_000 },
    );
    expect(ranAttempt(other, jobId)).toBe(true);
    expect(done.attempts).toBe(2);
    expect(done.interaction.steps).toHaveLength(7);
    expect(done.interaction.outputText).toContain('Research report on "ocean currents"');
    expect(emulator.stats().creates).toBe(creates + 1);

    const events = await collectWs(other.url, InteractionEventsDocument, { id: createInteraction.id });
    const evs = events.results.map((r) => r.interactionEvents as Ev);
    expect(evs.map((e) => Number(e.cursor))).toEqual(Array.from({ length: evs.length }, (_, i) => i + 1));
    expect(evs.filter((e) => e.__typename === "StepStartEvent")).toHaveLength(7);
    expect(joined(evs)).toBe(done.interaction.outputText);

    // The database holds the whole log too, events the killed worker had only put in Redis included.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // (A step's consecutive deltas are stored as one row listing them: see persistEvents.)
    const { rows } = await client
      .query(
        `SELECT seq FROM "InteractionEvent" WHERE "interactionId" = $1 AND type <> 'step_deltas'
         UNION SELECT (d->>'seq')::int FROM "InteractionEvent", jsonb_array_elements(payload->'events') AS d
           WHERE "interactionId" = $1 AND type = 'step_deltas'
         ORDER BY seq`,
        [createInteraction.id],
      )
      .finally(() => client.end());
    expect(rows.map((r) => Number(r.seq))).toEqual(evs.map((e) => Number(e.cursor)));
  });

  it("cancels a running job, upstream too", async () => {
    const alive = a.child.exitCode === null && a.child.signalCode === null ? a : b;
    const { createInteraction } = await gqlAt(alive.url, CreateBackgroundDocument, {
      input: { agent: "deep-research-preview-04-2026", text: "to be stopped", background: true },
    });
    const jobId = createInteraction.job?.id as string;
    const remoteId = await waitFor("the upstream interaction", async () => {
      const { job } = await gqlAt(alive.url, GetJobDocument, { id: jobId });
      return job?.status === "RUNNING" && job.interaction.remoteId;
    });
    const { cancelJob } = await gqlAt(alive.url, CancelJobDocument, { id: jobId });
    expect(cancelJob.status).toBe("CANCELLED");
    expect(cancelJob.interaction.status).toBe("CANCELLED");
    expect(emulator.store.recs.get(remoteId)?.status).toBe("cancelled");
  });

  it("hands a job back at once when its worker shuts down gracefully", async () => {
    const alive = [a, b].find((p) => p.child.exitCode === null && p.child.signalCode === null) as ServerProcess;
    const c = await startServerProcess(env, 60_000);
    extra.push(c);
    const { createInteraction } = await gqlAt(c.url, CreateBackgroundDocument, {
      input: { agent: "deep-research-preview-04-2026", text: "graceful handoff", background: true },
    });
    const jobId = createInteraction.job?.id as string;
    await waitFor("a stored step", async () => {
      const { job } = await gqlAt(c.url, GetJobDocument, { id: jobId });
      return (job?.interaction.steps.length ?? 0) >= 1;
    });
    const creates = emulator.stats().creates; // the job's upstream create has happened: it has a step
    const [worker, other] = ranAttempt(c, jobId) ? [c, alive] : [alive, c];
    await worker.stop("SIGTERM");
    // No stalled-lock wait: the job went back to the queue before the worker exited.
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(queueName, { connection });
    try {
      const bull = await queue.getJob(jobId);
      const state = await queue.getJobState(jobId);
      expect(state === "waiting" || bull?.processedBy?.endsWith(`:${other.child.pid}`)).toBe(true);
    } finally {
      await queue.close();
      await connection.quit();
    }
    const done = await waitFor("the other worker to finish it", async () => {
      const { job } = await gqlAt(other.url, GetJobDocument, { id: jobId });
      return job?.status === "SUCCEEDED" && job;
    });
    // At least the handed-back attempt; on a loaded machine a slow upstream answer can cost one more retry.
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    expect(done.interaction.steps).toHaveLength(7);
    // The second worker followed the same upstream interaction: nothing was created again.
    expect(emulator.stats().creates).toBe(creates);
  });

  it("retries a transient upstream error through BullMQ's own attempts and backoff, creating upstream once", async () => {
    const alive = [a, b, ...extra].find(
      (p) => p.child.exitCode === null && p.child.signalCode === null,
    ) as ServerProcess;
    // The SDK retries 4 times itself; the fifth 503 fails the attempt, which BullMQ runs again after its backoff.
    emulator.faults.add([{ op: "create", status: 503, times: 5 }]);
    const creates = emulator.stats().creates;
    const { createInteraction } = await gqlAt(alive.url, CreateBackgroundDocument, {
      input: { model: "gemini-3.5-flash", text: "flaky through bullmq", background: true },
    });
    const jobId = createInteraction.job?.id as string;
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(queueName, { connection });
    try {
      // Between the attempts BullMQ itself holds the job: delayed, one attempt made, out of JOB_MAX_ATTEMPTS.
      const held = await waitFor("BullMQ to delay the failed attempt", async () => {
        const bull = await queue.getJob(jobId);
        return (await queue.getJobState(jobId)) === "delayed" && bull;
      });
      expect({ made: held.attemptsMade, attempts: held.opts.attempts }).toEqual({ made: 1, attempts: 5 });
    } finally {
      await queue.close();
      await connection.quit();
    }
    const done = await waitFor("the retried job to succeed", async () => {
      const { job } = await gqlAt(alive.url, GetJobDocument, { id: jobId });
      return job?.status === "SUCCEEDED" && job;
    });
    expect(done.attempts).toBe(2);
    expect(emulator.stats().creates).toBe(creates + 1);
  });
});
