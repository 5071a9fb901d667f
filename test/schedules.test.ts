import { afterEach, describe, expect, it } from "vitest";
import { checkCron, nextRun } from "../src/engine/schedules/index.ts";
import { Prisma } from "../src/generated/prisma/client.ts";
import {
  CreateAgentDocument,
  CreateScheduleDocument,
  DeleteScheduleDocument,
  GetScheduleDocument,
  ListSchedulesDocument,
  PauseScheduleDocument,
  ResumeScheduleDocument,
  RunScheduleNowDocument,
  ScheduleRunsDocument,
  UpdateScheduleDocument,
} from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { DEEP_RESEARCH, MODEL, useJobsHarness } from "./support/jobs.ts";

const suite = useJobsHarness();
// runDue fires every due schedule in the database: each test starts with none.
afterEach(async () => {
  await suite.h.database.prisma.schedule.deleteMany();
});

const BERLIN = "Europe/Berlin";
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();
/** A DateTime field as a Date (an absent one is an invalid date, which no assertion accepts). */
const when = (v: unknown) => new Date(typeof v === "string" ? v : Number.NaN);

/**
 * Due once a year (January 1st, 08:00 UTC), so the server's own timer never fires it while the
 * test runs: the test moves the clock itself by calling runDue(now).
 */
const yearly = { name: "new year digest", cron: "0 8 1 1 *", timeZone: "UTC", model: MODEL, text: "digest" };
const YEAR_MS = 365 * 86_400_000;

async function owner() {
  return userWithKey(suite.h.database.prisma);
}

describe("when a schedule fires (cron-parser, fixed dates)", () => {
  it("02:30 Europe/Berlin on the spring-forward day (the hour is skipped) runs once, at 03:30 local", () => {
    const rule = { cron: "30 2 * * *", timeZone: BERLIN };
    const first = nextRun(rule, at("2026-03-28T12:00:00Z"));
    // 01:30Z is 03:30 CEST: the skipped 02:30 runs an hour later, once.
    expect(iso(first)).toBe("2026-03-29T01:30:00.000Z");
    // The day after, 02:30 CEST again.
    expect(iso(nextRun(rule, first))).toBe("2026-03-30T00:30:00.000Z");
  });

  it("on the fall-back day, 01:30 runs once (summer time) and the repeated 02:30 runs once, at its first occurrence", () => {
    const early = { cron: "30 1 * * *", timeZone: BERLIN };
    const a = nextRun(early, at("2026-10-24T12:00:00Z"));
    expect(iso(a)).toBe("2026-10-24T23:30:00.000Z"); // 01:30 CEST on Oct 25
    expect(iso(nextRun(early, a))).toBe("2026-10-26T00:30:00.000Z"); // 01:30 CET on Oct 26

    const repeated = { cron: "30 2 * * *", timeZone: BERLIN };
    const b = nextRun(repeated, at("2026-10-24T12:00:00Z"));
    expect(iso(b)).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST, the first of the two
    // Not again an hour later at 02:30 CET: the next is the following day's.
    expect(iso(nextRun(repeated, b))).toBe("2026-10-26T01:30:00.000Z");
  });

  it("reads the rule in its time zone: Monday 08:00 is a different instant in New York and in Tokyo", () => {
    const from = at("2026-12-01T00:00:00Z");
    expect(iso(nextRun({ cron: "0 8 * * 1", timeZone: "America/New_York" }, from))).toBe("2026-12-07T13:00:00.000Z");
    expect(iso(nextRun({ cron: "0 8 * * 1", timeZone: "Asia/Tokyo" }, from))).toBe("2026-12-06T23:00:00.000Z");
  });

  it("refuses an interval under the minimum even when it is only part of the day", () => {
    // Every minute of the 8 o'clock hour: a day apart at first, then a minute.
    expect(() => checkCron({ cron: "* 8 * * *", timeZone: "UTC" }, 300_000, at("2026-12-01T12:00:00Z"))).toThrow(
      /every 60 s/,
    );
    expect(() => checkCron({ cron: "*/5 8 * * *", timeZone: "UTC" }, 300_000)).not.toThrow();
  });
});

describe("schedules over GraphQL", () => {
  it("refuses a cron firing every second, a broken cron and an unknown time zone, with typed errors naming the field", async () => {
    const user = await owner();
    const errorOf = async (input: Record<string, unknown>) =>
      (await suite.h.gql(CreateScheduleDocument, { input: { ...yearly, ...input } }, user.headers)).errors?.[0]
        ?.extensions;
    expect(await errorOf({ cron: "* * * * * *" })).toMatchObject({ code: "VALIDATION_ERROR", field: "cron" });
    expect(await errorOf({ cron: "61 * * * *" })).toMatchObject({ code: "VALIDATION_ERROR", field: "cron" });
    expect(await errorOf({ timeZone: "Mars/Olympus" })).toMatchObject({ code: "VALIDATION_ERROR", field: "timeZone" });
    expect(await errorOf({ model: null })).toMatchObject({ code: "VALIDATION_ERROR", field: "model" });
    expect(await errorOf({ model: null, agent: "no-such-agent" })).toMatchObject({ field: "agent" });
    expect(await suite.h.database.prisma.schedule.count({ where: { ownerId: user.user.id } })).toBe(0);
  });

  it("runScheduleNow starts a background job of the owner at once; scheduleRuns and lastRun link it", async () => {
    const user = await owner();
    const { createSchedule } = await suite.h.ok(
      CreateScheduleDocument,
      { input: { ...yearly, cron: "0 8 * * 1", timeZone: BERLIN } },
      user.headers,
    );
    expect(createSchedule).toMatchObject({ state: "ACTIVE", lastRun: null, model: MODEL, text: "digest" });
    // The next Monday 08:00 in Berlin, in the future.
    const next = when(createSchedule.nextRunAt);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.getUTCDay()).toBe(1);

    const { runScheduleNow: job } = await suite.h.ok(RunScheduleNowDocument, { id: createSchedule.id }, user.headers);
    const done = await suite.jobIn(job.id, "SUCCEEDED", user.headers);
    expect(done.id).toBe(job.id);
    const row = await suite.h.database.prisma.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(row.ownerId).toBe(user.user.id);

    const { schedule } = await suite.h.ok(GetScheduleDocument, { id: createSchedule.id }, user.headers);
    expect(schedule?.lastRun).toMatchObject({ manual: true, errorCode: null, job: { id: job.id } });
    const runs = await suite.h.ok(ScheduleRunsDocument, { id: createSchedule.id }, user.headers);
    expect(runs.scheduleRuns.edges.map((e) => e.node.job?.id)).toEqual([job.id]);
    expect(runs.scheduleRuns.edges[0]?.node.job?.interaction.outputText).toBeTruthy();
    const list = await suite.h.ok(ListSchedulesDocument, {}, user.headers);
    expect(list.schedules.edges.map((e) => e.node.id)).toEqual([createSchedule.id]);
  });

  it("runs a custom agent on a schedule; the interaction records the custom agent", async () => {
    const user = await owner();
    const agent = await suite.h.ok(
      CreateAgentDocument,
      { input: { name: "Weekly competitors", baseAgent: DEEP_RESEARCH, systemInstruction: "Be brief." } },
      user.headers,
    );
    const { createSchedule } = await suite.h.ok(
      CreateScheduleDocument,
      { input: { ...yearly, model: null, agent: agent.createAgent.id, cron: "0 8 * * 1", text: "acme" } },
      user.headers,
    );
    const { runScheduleNow: job } = await suite.h.ok(RunScheduleNowDocument, { id: createSchedule.id }, user.headers);
    expect(job.interaction.agent).toBe(DEEP_RESEARCH);
    expect(job.interaction.customAgent?.id).toBe(agent.createAgent.id);
    await suite.jobIn(job.id, "SUCCEEDED", user.headers);
  });

  it("each due tick starts exactly one job however often the clock is checked; downtime catches up one tick", async () => {
    const user = await owner();
    const { createSchedule } = await suite.h.ok(CreateScheduleDocument, { input: yearly }, user.headers);
    const { schedules } = suite.h.app.engine;
    const due = when(createSchedule.nextRunAt);
    // Before it is due: nothing.
    expect(await schedules.runDue(new Date(due.getTime() - 1))).toBe(0);
    // The server was "down" for three years past the tick: one run, for the first missed tick; the next is after "now".
    const clock = new Date(due.getTime() + 3 * YEAR_MS);
    const fired = await Promise.all([schedules.runDue(clock), schedules.runDue(clock), schedules.runDue(clock)]);
    expect(fired.reduce((a, b) => a + b, 0)).toBe(1);
    const runs = await suite.h.database.prisma.scheduleRun.findMany({ where: { scheduleId: createSchedule.id } });
    expect(runs.map((r) => iso(r.scheduledFor))).toEqual([iso(due)]);
    const { schedule } = await suite.h.ok(GetScheduleDocument, { id: createSchedule.id }, user.headers);
    expect(iso(when(schedule?.nextRunAt))).toBe(iso(nextRun(yearly, clock)));
    const jobId = schedule?.lastRun?.job?.id as string;
    await suite.jobIn(jobId, "SUCCEEDED", user.headers);
    // The next occurrence: one more job.
    expect(await schedules.runDue(when(schedule?.nextRunAt))).toBe(1);
    expect(await suite.h.database.prisma.scheduleRun.count({ where: { scheduleId: createSchedule.id } })).toBe(2);
  });

  it("a tick half-started when the process died (its row, no job yet) is started at the next start, once", async () => {
    const user = await owner();
    const { createSchedule } = await suite.h.ok(CreateScheduleDocument, { input: yearly }, user.headers);
    const { prisma } = suite.h.database;
    const orphan = await prisma.scheduleRun.create({
      data: { scheduleId: createSchedule.id, scheduledFor: when(createSchedule.nextRunAt) },
    });
    await suite.h.app.engine.schedules.start();
    const run = await prisma.scheduleRun.findUniqueOrThrow({ where: { id: orphan.id } });
    expect(run.starting).toBe(false);
    await suite.jobIn(run.jobId as string, "SUCCEEDED", user.headers);
    await suite.h.app.engine.schedules.start();
    expect(await prisma.job.count({ where: { ownerId: user.user.id } })).toBe(1);
  });

  it("pauses after maxConsecutiveFailures failed jobs; resume starts afresh from now", async () => {
    const user = await owner();
    const { createSchedule } = await suite.h.ok(
      CreateScheduleDocument,
      { input: { ...yearly, maxConsecutiveFailures: 2 } },
      user.headers,
    );
    const { schedules } = suite.h.app.engine;
    suite.h.emulator.faults.add([{ op: "create", failRun: true, failAfterSteps: 1, message: "no", times: 2 }]);
    let clock = when(createSchedule.nextRunAt);
    for (let i = 0; i < 2; i++) {
      expect(await schedules.runDue(clock)).toBe(1);
      const last = await suite.h.ok(GetScheduleDocument, { id: createSchedule.id }, user.headers);
      await suite.jobIn(last.schedule?.lastRun?.job?.id as string, "FAILED", user.headers);
      clock = when(last.schedule?.nextRunAt);
    }
    const { schedule } = await suite.h.ok(GetScheduleDocument, { id: createSchedule.id }, user.headers);
    expect(schedule).toMatchObject({ state: "PAUSED", consecutiveFailures: 2, nextRunAt: null });
    expect(schedule?.pausedReason).toMatch(/2 consecutive failures/);
    // Paused: the clock moving on starts nothing.
    expect(await schedules.runDue(new Date(clock.getTime() + YEAR_MS))).toBe(0);

    const { resumeSchedule } = await suite.h.ok(ResumeScheduleDocument, { id: createSchedule.id }, user.headers);
    expect(resumeSchedule).toMatchObject({ state: "ACTIVE", consecutiveFailures: 0, pausedReason: null });
    expect(when(resumeSchedule.nextRunAt).getTime()).toBeGreaterThan(Date.now());
  });

  it("a refused tick is recorded with its error and counts; a disabled owner's schedule stops", async () => {
    const user = await owner();
    const { prisma } = suite.h.database;
    const { createSchedule } = await suite.h.ok(CreateScheduleDocument, { input: yearly }, user.headers);
    await prisma.user.update({ where: { id: user.user.id }, data: { quota: { tokensPerDay: 1 } } });
    suite.h.app.engine.admission.forget(user.user.id);
    try {
      expect(await suite.h.app.engine.schedules.runDue(when(createSchedule.nextRunAt))).toBe(1);
    } finally {
      await prisma.user.update({ where: { id: user.user.id }, data: { quota: Prisma.DbNull } });
      suite.h.app.engine.admission.forget(user.user.id);
    }
    const runs = await suite.h.ok(ScheduleRunsDocument, { id: createSchedule.id }, user.headers);
    expect(runs.scheduleRuns.edges[0]?.node).toMatchObject({ errorCode: "QUOTA_EXCEEDED", job: null });
    const counted = await suite.h.ok(GetScheduleDocument, { id: createSchedule.id }, user.headers);
    expect(counted.schedule).toMatchObject({ state: "ACTIVE", consecutiveFailures: 1 });

    await prisma.user.update({ where: { id: user.user.id }, data: { disabledAt: new Date() } });
    const next = when(counted.schedule?.nextRunAt);
    expect(await suite.h.app.engine.schedules.runDue(next)).toBe(1);
    const stopped = await prisma.schedule.findUniqueOrThrow({ where: { id: createSchedule.id } });
    expect(stopped).toMatchObject({ state: "PAUSED", nextRunAt: null });
    expect(stopped.pausedReason).toMatch(/disabled/);
    expect(await prisma.job.count({ where: { ownerId: user.user.id } })).toBe(0);
  });

  it("update changes the rule from now; pause stops ticks; delete removes it", async () => {
    const user = await owner();
    const { createSchedule } = await suite.h.ok(CreateScheduleDocument, { input: yearly }, user.headers);
    const { updateSchedule } = await suite.h.ok(
      UpdateScheduleDocument,
      { id: createSchedule.id, input: { cron: "0 9 * * *", timeZone: "Asia/Tokyo", name: "morning" } },
      user.headers,
    );
    expect(updateSchedule).toMatchObject({ name: "morning", cron: "0 9 * * *", timeZone: "Asia/Tokyo" });
    expect(when(updateSchedule.nextRunAt).getUTCHours()).toBe(0); // 09:00 JST
    const tooOften = await suite.h.gql(
      UpdateScheduleDocument,
      { id: createSchedule.id, input: { cron: "*/10 * * * * *" } },
      user.headers,
    );
    expect(tooOften.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "cron" });

    const { pauseSchedule } = await suite.h.ok(PauseScheduleDocument, { id: createSchedule.id }, user.headers);
    expect(pauseSchedule).toMatchObject({ state: "PAUSED", nextRunAt: null, pausedReason: null });
    expect(await suite.h.app.engine.schedules.runDue(new Date(Date.now() + 2 * YEAR_MS))).toBe(0);

    await suite.h.ok(DeleteScheduleDocument, { id: createSchedule.id }, user.headers);
    expect((await suite.h.ok(GetScheduleDocument, { id: createSchedule.id }, user.headers)).schedule).toBeNull();
  });

  it("another user can neither see, change nor run a schedule: NOT_FOUND like a missing id", async () => {
    const a = await owner();
    const b = await owner();
    const { createSchedule } = await suite.h.ok(CreateScheduleDocument, { input: yearly }, a.headers);
    const id = createSchedule.id;
    expect((await suite.h.ok(GetScheduleDocument, { id }, b.headers)).schedule).toBeNull();
    expect((await suite.h.ok(ListSchedulesDocument, {}, b.headers)).schedules.edges).toEqual([]);
    const code = async (p: Promise<{ errors?: { extensions?: { code?: string } }[] }>) =>
      (await p).errors?.[0]?.extensions?.code;
    expect(await code(suite.h.gql(RunScheduleNowDocument, { id }, b.headers))).toBe("NOT_FOUND");
    expect(await code(suite.h.gql(PauseScheduleDocument, { id }, b.headers))).toBe("NOT_FOUND");
    expect(await code(suite.h.gql(UpdateScheduleDocument, { id, input: { name: "x" } }, b.headers))).toBe("NOT_FOUND");
    expect(await code(suite.h.gql(DeleteScheduleDocument, { id }, b.headers))).toBe("NOT_FOUND");
    expect(await code(suite.h.gql(ScheduleRunsDocument, { id }, b.headers))).toBe("NOT_FOUND");
    expect(await suite.h.database.prisma.job.count({ where: { ownerId: { in: [a.user.id, b.user.id] } } })).toBe(0);
  });
});
