import { randomBytes } from "node:crypto";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { CreateScheduleDocument, DeleteScheduleDocument } from "../generated/graphql.ts";
import { gqlAt } from "../support/clients.ts";
import { tempDatabase } from "../support/pg.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL || !REDIS_URL) throw new Error("The services suite needs DATABASE_URL and REDIS_URL");

let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let sql: pg.Client;
let env: Record<string, string>;
const processes: ServerProcess[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ backgroundStepDelayMs: 20, deltaDelayMs: 0 });
  db = await tempDatabase(DATABASE_URL);
  env = {
    DATABASE_URL: db.url,
    REDIS_URL,
    GEMINI_BASE_URL: emulator.url,
    GEMINI_API_KEY: "services-test-key",
    LOG_LEVEL: "info",
    // Queues of this run's own (jobs, and the schedulers on `<queue>-schedules`).
    JOB_QUEUE: `gig-test-${randomBytes(4).toString("hex")}`,
    // Ticks every two seconds, so the test sees several in a few seconds.
    SCHEDULE_MIN_INTERVAL_MS: "1000",
  };
  processes.push(await startServerProcess(env, 60_000), await startServerProcess(env, 60_000));
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
}, 120_000);
afterAll(async () => {
  await Promise.allSettled(processes.map((p) => p.stop("SIGKILL")));
  await sql?.end();
  await emulator?.close();
  await db?.drop();
});

interface RunRow {
  scheduledFor: Date;
  jobId: string | null;
  errorCode: string | null;
}
async function runsOf(scheduleId: string): Promise<RunRow[]> {
  const { rows } = await sql.query<RunRow>(
    `SELECT "scheduledFor", "jobId", "errorCode" FROM "ScheduleRun" WHERE "scheduleId" = $1 ORDER BY "scheduledFor"`,
    [scheduleId],
  );
  return rows;
}
const ms = (runs: RunRow[]) => runs.map((r) => r.scheduledFor.getTime());

describe("schedules on BullMQ job schedulers, two processes", () => {
  it("starts exactly one job per tick across processes, and after a kill -9 and restart catches up at most one tick", async () => {
    const [a, b] = processes as [ServerProcess, ServerProcess];
    const { createSchedule } = await gqlAt(a.url, CreateScheduleDocument, {
      input: { name: "every 2 s", cron: "*/2 * * * * *", timeZone: "UTC", model: "gemini-3.5-flash", text: "tick" },
    });
    const id = createSchedule.id;
    const before = await waitFor("four ticks", async () => {
      const runs = await runsOf(id);
      return runs.length >= 4 && runs.every((r) => r.jobId) && runs;
    });
    // One run per occurrence, two seconds apart (none skipped, none doubled), each with its own job.
    const times = ms(before);
    for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBe(2_000);
    const { rows: jobs } = await sql.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Job" j JOIN "ScheduleRun" r ON r."jobId" = j.id WHERE r."scheduleId" = $1`,
      [id],
    );
    expect(Number(jobs[0]?.n)).toBe((await runsOf(id)).length);

    // Both processes die at once; while they are down, occurrences pass.
    await Promise.all([a.stop("SIGKILL"), b.stop("SIGKILL")]);
    const last = Math.max(...ms(await runsOf(id)));
    // Down for more than two occurrences, however fast this machine restarts a server.
    await waitFor("two occurrences to pass while both are down", async () => Date.now() - last > 4_500);
    const restarted = await startServerProcess(env, 60_000);
    processes.push(restarted);
    const back = Date.now();
    const after = await waitFor("two ticks after the restart", async () => {
      const runs = (await runsOf(id)).filter((r) => r.scheduledFor.getTime() > last);
      const settled = runs.every((r) => r.jobId || r.errorCode);
      return settled && runs.filter((r) => r.scheduledFor.getTime() > back).length >= 2 && runs;
    });
    // The occurrences missed while down come to at most one run (the queued next tick), not one per occurrence.
    const missed = after.filter((r) => r.scheduledFor.getTime() < back - 2_000);
    expect(back - last, "the restart took longer than two occurrences").toBeGreaterThan(4_000);
    expect(missed.length).toBeLessThanOrEqual(1);
    expect(after.filter((r) => r.errorCode)).toEqual([]);

    // Deleted: its BullMQ scheduler goes with it, so no more ticks come.
    const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(`${env.JOB_QUEUE}-schedules`, { connection });
    try {
      expect((await queue.getJobSchedulers()).map((s) => s.key)).toEqual([id]);
      await gqlAt(restarted.url, DeleteScheduleDocument, { id });
      expect(await queue.getJobSchedulers()).toEqual([]);
    } finally {
      await queue.close();
      await connection.quit();
    }
  });
});
