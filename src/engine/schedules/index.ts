import type { Redis } from "ioredis";
import type { JsonObject } from "../../gemini/types.ts";
import type { Job, Prisma, Schedule, ScheduleRun } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { AppError, ConflictError, ValidationError } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import { assertCan, type Viewer } from "../access/policy.ts";
import { resolveAgent } from "../agents/index.ts";
import type { FunctionRegistry } from "../functions/registry.ts";
import { JobStatus } from "../jobs/types.ts";
import { isUniqueViolation } from "../runs/row-writes.ts";
import { readScheduleInput, readScheduleSettings } from "../store/columns.ts";
import type { TurnSettings } from "../turns/body.ts";
import { createBody, type Turns, textOf } from "../turns/index.ts";
import { type Secrets, sealSettings } from "../turns/secrets.ts";
import { checkBackground } from "../turns/start.ts";
import type { BullSchedules } from "./bullmq.ts";
import { type CronRule, checkCron, nextRun } from "./cron.ts";

export { checkCron, checkTimeZone, nextRun } from "./cron.ts";

export const ScheduleState = { ACTIVE: "ACTIVE", PAUSED: "PAUSED" } as const;

export interface ScheduleSettings {
  /** Occurrences closer than this are refused (SCHEDULE_MIN_INTERVAL_MS). */
  minIntervalMs: number;
  /** maxConsecutiveFailures when a schedule sets none (SCHEDULE_MAX_CONSECUTIVE_FAILURES). */
  maxConsecutiveFailures: number;
  /** BullMQ queue of the job schedulers (scale-out). */
  queueName: string;
}

export interface SchedulesDeps {
  db: Db;
  turns: Turns;
  functions: FunctionRegistry;
  secrets: Secrets;
  logger: Logger;
  settings: ScheduleSettings;
  /** Scale-out: BullMQ's job schedulers on Redis. Absent: the embedded timer. */
  connect?: () => Redis;
  /** BullMQ's key prefix, shared with the jobs queue. */
  prefix?: string;
}

/** A schedule as created: when, and the turn each tick sends (settings sealed, content as stored parts). */
export interface ScheduleInput {
  name: string;
  cron: string;
  timeZone: string;
  maxConsecutiveFailures?: number | null;
  settings: TurnSettings;
  content: JsonObject[];
}

export type ScheduleChanges = Partial<Pick<ScheduleInput, "name" | "cron" | "timeZone" | "maxConsecutiveFailures">>;

/** What one tick came to: the run it recorded, and the error that refused it (if one did). */
export interface Tick {
  run: ScheduleRun;
  error?: AppError;
}

/** The longest the embedded timer sleeps before it looks at the database again (ms). */
const MAX_SLEEP_MS = 60 * 60_000;

const ruleOf = (s: Pick<Schedule, "cron" | "timeZone">): CronRule => ({ cron: s.cron, timeZone: s.timeZone });

/**
 * Schedules: a user turn started as a background job (through the normal
 * turn path: custom agents, quota admission, the job queue) at each
 * occurrence of a cron rule, owned by the schedule's owner. One row per tick
 * (unique per occurrence) is what makes one tick one job, whoever fires it.
 * Embedded, a timer fires the due schedules; the next tick lives in the
 * database, so a restart after downtime fires a missed tick once and carries
 * on from now. In scale-out BullMQ's job schedulers fire them (bullmq.ts).
 */
export class Schedules {
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** The embedded timer's passes, one at a time. */
  private passing: Promise<number> = Promise.resolve(0);
  private bull: Promise<BullSchedules> | undefined;

  constructor(private deps: SchedulesDeps) {
    const { connect } = deps;
    if (connect)
      this.bull = import("./bullmq.ts").then(
        ({ BullSchedules }) =>
          new BullSchedules({
            queueName: deps.settings.queueName,
            prefix: deps.prefix,
            connect,
            logger: deps.logger.child({ component: "schedules" }),
            fire: (id, at) => this.fireScheduled(id, at),
          }),
      );
  }

  async create(viewer: Viewer, input: ScheduleInput): Promise<Schedule> {
    const fields = this.checked(input);
    // Credentials (MCP headers) are sealed before they are stored, as a conversation's saved settings are.
    const settings = sealSettings(input.settings, viewer.id, this.deps.secrets);
    await this.checkTurn(viewer.id, settings, input.content);
    const schedule = await this.deps.db.schedule.create({
      data: {
        ...fields,
        ownerId: viewer.id,
        settings: settings as Prisma.InputJsonValue,
        input: input.content,
        inputText: textOf(input.content),
        nextRunAt: nextRun(fields, new Date()),
      },
    });
    await this.follow(schedule);
    return schedule;
  }

  /** Changes when (and what it is called); a new rule takes effect from now. */
  async update(viewer: Viewer, id: string, changes: ScheduleChanges): Promise<Schedule> {
    const current = await this.writable(viewer, id);
    const fields = this.checked({
      name: changes.name ?? current.name,
      cron: changes.cron ?? current.cron,
      timeZone: changes.timeZone ?? current.timeZone,
      maxConsecutiveFailures: changes.maxConsecutiveFailures ?? current.maxConsecutiveFailures,
    });
    const active = current.state === ScheduleState.ACTIVE;
    const schedule = await this.deps.db.schedule.update({
      where: { id },
      data: { ...fields, ...(active ? { nextRunAt: nextRun(fields, new Date()) } : {}) },
    });
    await this.follow(schedule);
    return schedule;
  }

  async remove(viewer: Viewer, id: string): Promise<Schedule> {
    const schedule = await this.writable(viewer, id);
    await this.deps.db.schedule.delete({ where: { id } });
    await this.follow({ ...schedule, state: ScheduleState.PAUSED });
    return schedule;
  }

  pause = async (viewer: Viewer, id: string): Promise<Schedule> =>
    this.pauseFor((await this.writable(viewer, id)).id, null);

  /** Active again from now (no catch-up of the ticks it missed while paused); its failure count starts afresh. */
  async resume(viewer: Viewer, id: string): Promise<Schedule> {
    const current = await this.writable(viewer, id);
    const schedule = await this.deps.db.schedule.update({
      where: { id: current.id },
      data: {
        state: ScheduleState.ACTIVE,
        consecutiveFailures: 0,
        pausedReason: null,
        nextRunAt: nextRun(current, new Date()),
      },
    });
    await this.follow(schedule);
    return schedule;
  }

  /** Starts a run at once (paused schedules too), outside the cron rule; the error that refused it is thrown. */
  async runNow(viewer: Viewer, id: string): Promise<Job> {
    const schedule = await this.writable(viewer, id);
    const tick = await this.fire(schedule, new Date(), true);
    if (!tick) throw new ConflictError("A run of this schedule started at this same instant");
    if (tick.error) throw tick.error;
    return this.deps.db.job.findUniqueOrThrow({ where: { id: tick.run.jobId ?? "" } });
  }

  /**
   * Fires every active schedule whose tick is due at `now`, once each, and
   * moves its next tick past `now` (ticks missed while the server was down
   * come to one). The embedded timer calls it; tests call it with their clock.
   */
  runDue(now = new Date()): Promise<number> {
    this.passing = this.passing.then(
      () => this.fireDue(now),
      () => this.fireDue(now),
    );
    return this.passing;
  }

  private async fireDue(now: Date): Promise<number> {
    const due = await this.deps.db.schedule.findMany({
      where: { state: ScheduleState.ACTIVE, nextRunAt: { lte: now } },
      orderBy: { nextRunAt: "asc" },
    });
    let fired = 0;
    for (const schedule of due) {
      if (!schedule.nextRunAt) continue;
      const tick = await this.fire(schedule, schedule.nextRunAt, false, nextRun(schedule, now)).catch(
        (err: unknown) => {
          this.deps.logger.error("a schedule's tick failed", { scheduleId: schedule.id, err });
          return null;
        },
      );
      if (tick) fired++;
    }
    return fired;
  }

  /** A BullMQ occurrence: fired unless the schedule was paused or deleted meanwhile. */
  private async fireScheduled(id: string, at: Date): Promise<void> {
    const schedule = await this.deps.db.schedule.findUnique({ where: { id } });
    if (schedule?.state !== ScheduleState.ACTIVE) return;
    await this.fire(schedule, at, false, nextRun(schedule, new Date(Math.max(Date.now(), at.getTime()))));
  }

  /**
   * One tick: its row first (a second firing of the same occurrence, by
   * another process or after a crash, stops at the unique index), with the
   * schedule's next tick; then the turn, through the normal path. A refused
   * tick keeps its row with the error, and counts as a failure.
   */
  private async fire(schedule: Schedule, scheduledFor: Date, manual: boolean, next?: Date): Promise<Tick | null> {
    const { db } = this.deps;
    let run: ScheduleRun;
    try {
      run = await db.$transaction(async (tx) => {
        const created = await tx.scheduleRun.create({ data: { scheduleId: schedule.id, scheduledFor, manual } });
        if (next) await tx.schedule.update({ where: { id: schedule.id }, data: { nextRunAt: next } });
        return created;
      });
    } catch (err) {
      if (isUniqueViolation(err)) return null;
      throw err;
    }
    return this.launch(schedule, run);
  }

  private async launch(schedule: Schedule, run: ScheduleRun): Promise<Tick> {
    const { db, turns, functions } = this.deps;
    try {
      const owner = await db.user.findUnique({ where: { id: schedule.ownerId } });
      if (!owner || owner.disabledAt) {
        await this.pauseFor(schedule.id, "Its owner's account is disabled");
        throw new AppError("FORBIDDEN", "The schedule's owner is disabled; the schedule was paused");
      }
      const content = readScheduleInput(schedule.input);
      const settings = { ...readScheduleSettings(schedule.settings), background: true };
      const round = await turns.start({
        ownerId: schedule.ownerId,
        body: createBody(settings, content, functions),
        userInput: content,
        inputText: schedule.inputText,
      });
      const job = await db.job.findUniqueOrThrow({ where: { interactionId: round.id }, select: { id: true } });
      return { run: await db.scheduleRun.update({ where: { id: run.id }, data: { jobId: job.id, starting: false } }) };
    } catch (err) {
      const error = err instanceof AppError ? err : new AppError("INTERNAL", "The tick's job could not be started");
      if (!(err instanceof AppError))
        this.deps.logger.error("a schedule's tick failed", { scheduleId: schedule.id, err });
      const refused = await db.scheduleRun.update({
        where: { id: run.id },
        data: { errorCode: error.code, error: error.message, starting: false },
      });
      await this.failed(schedule.id);
      return { run: refused, error };
    }
  }

  /** A job ended: a success clears the schedule's failure count, a failure adds one. */
  jobEnded = async (job: Pick<Job, "id" | "status">): Promise<void> => {
    const run = await this.deps.db.scheduleRun.findUnique({ where: { jobId: job.id }, select: { scheduleId: true } });
    if (!run) return;
    if (job.status === JobStatus.SUCCEEDED)
      await this.deps.db.schedule.updateMany({ where: { id: run.scheduleId }, data: { consecutiveFailures: 0 } });
    else if (job.status === JobStatus.FAILED) await this.failed(run.scheduleId);
  };

  /** One more failure in a row; at maxConsecutiveFailures the schedule pauses. */
  private async failed(id: string): Promise<void> {
    const { db } = this.deps;
    const { count } = await db.schedule.updateMany({ where: { id }, data: { consecutiveFailures: { increment: 1 } } });
    if (!count) return;
    const s = await db.schedule.findUniqueOrThrow({ where: { id } });
    if (s.state === ScheduleState.ACTIVE && s.consecutiveFailures >= s.maxConsecutiveFailures)
      await this.pauseFor(id, `Paused after ${s.consecutiveFailures} consecutive failures`);
  }

  private async pauseFor(id: string, reason: string | null): Promise<Schedule> {
    const schedule = await this.deps.db.schedule.update({
      where: { id },
      data: { state: ScheduleState.PAUSED, nextRunAt: null, pausedReason: reason },
    });
    await this.follow(schedule);
    return schedule;
  }

  private async writable(viewer: Viewer, id: string): Promise<Schedule> {
    return assertCan(viewer, "write", await this.deps.db.schedule.findUnique({ where: { id } }), "Schedule", id);
  }

  private checked(input: Omit<ScheduleChanges, "name"> & { name: string; cron: string; timeZone: string }) {
    const name = input.name.trim();
    if (!name || name.length > 100) throw new ValidationError("name must be 1 to 100 characters", "name");
    const cron = input.cron.trim();
    checkCron({ cron, timeZone: input.timeZone }, this.deps.settings.minIntervalMs);
    const max = input.maxConsecutiveFailures ?? this.deps.settings.maxConsecutiveFailures;
    if (!Number.isInteger(max) || max < 1 || max > 100)
      throw new ValidationError("maxConsecutiveFailures must be 1 to 100", "maxConsecutiveFailures");
    return { name, cron, timeZone: input.timeZone, maxConsecutiveFailures: max };
  }

  /** What every tick would send, refused now rather than at the first tick: an agent the owner may not use, a foreground-only setup. */
  private async checkTurn(ownerId: string, settings: TurnSettings, content: JsonObject[]): Promise<void> {
    const body = createBody({ ...settings, background: true }, content, this.deps.functions);
    const resolved = await resolveAgent(this.deps.db, ownerId, body, this.deps.secrets);
    checkBackground(resolved.body, resolved.baseAgent);
  }

  /** Makes the firing machinery follow a schedule's new state. */
  private async follow(schedule: Schedule): Promise<void> {
    if (this.bull) {
      const bull = await this.bull;
      if (schedule.state === ScheduleState.ACTIVE) await bull.upsert(schedule.id, ruleOf(schedule));
      else await bull.remove(schedule.id);
    } else this.arm();
  }

  /**
   * Begins firing: BullMQ's schedulers, made to match the database; or the
   * embedded timer, after finishing the ticks a crash left half-started.
   */
  async start(): Promise<void> {
    const { db } = this.deps;
    if (this.bull) {
      const active = await db.schedule.findMany({ where: { state: ScheduleState.ACTIVE } });
      await (await this.bull).start(active.map((s) => ({ id: s.id, ...ruleOf(s) })));
      return;
    }
    const unstarted = await db.scheduleRun.findMany({
      where: { starting: true },
      include: { schedule: true },
    });
    for (const { schedule, ...run } of unstarted) await this.launch(schedule, run);
    this.arm();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.passing.catch(() => undefined);
    if (this.bull) await (await this.bull).close();
  }

  /** The embedded timer: sleeps until the earliest next tick in the database (at most MAX_SLEEP_MS), then fires what is due. */
  private arm(): void {
    if (this.closed || this.bull) return;
    void this.deps.db.schedule
      .findFirst({ where: { state: ScheduleState.ACTIVE, nextRunAt: { not: null } }, orderBy: { nextRunAt: "asc" } })
      .then((first) => {
        if (this.closed) return;
        clearTimeout(this.timer);
        const wait = first?.nextRunAt ? Math.max(0, first.nextRunAt.getTime() - Date.now()) : MAX_SLEEP_MS;
        this.timer = setTimeout(() => void this.runDue().finally(() => this.arm()), Math.min(wait, MAX_SLEEP_MS));
        this.timer.unref();
      })
      .catch((err: unknown) => this.deps.logger.error("arming the schedule timer failed", { err }));
  }
}
