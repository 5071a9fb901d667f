import { hostname } from "node:os";
import { Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "../../infra/logger.ts";
import { prefixed } from "../jobs/bullmq.ts";
import type { CronRule } from "./cron.ts";

type Data = { scheduleId: string };

export interface BullScheduleOptions {
  queueName: string;
  /** BullMQ's key prefix, the jobs queue's (hash-tagged on a Redis Cluster). */
  prefix?: string;
  /** A new Redis connection for BullMQ (it needs its own, with `maxRetriesPerRequest: null`). */
  connect: () => Redis;
  /** One occurrence: BullMQ hands each to one worker of one process. */
  fire: (scheduleId: string, scheduledFor: Date) => Promise<void>;
  logger: Logger;
}

/**
 * Scale-out ticks: one BullMQ job scheduler per active schedule, on a queue
 * every process works on. BullMQ makes one job per occurrence (its id names
 * the occurrence) and hands it to one worker, so each tick runs once across
 * processes; while every process is down the next occurrence waits in Redis
 * and runs once when one comes back (the scheduler adds the following one only
 * then), so downtime catches up at most one tick.
 */
export class BullSchedules {
  private queue: Queue<Data>;
  private worker: Worker<Data> | undefined;
  private connections: Redis[] = [];

  constructor(private opts: BullScheduleOptions) {
    this.queue = new Queue<Data>(opts.queueName, { connection: this.connect(), ...prefixed(opts) });
  }

  private connect(): Redis {
    const c = this.opts.connect();
    this.connections.push(c);
    return c;
  }

  /** Creates or changes a schedule's scheduler (idempotent: an unchanged one keeps its next occurrence). */
  async upsert(id: string, rule: CronRule): Promise<void> {
    await this.queue.upsertJobScheduler(
      id,
      { pattern: rule.cron, tz: rule.timeZone },
      { name: "tick", data: { scheduleId: id }, opts: { removeOnComplete: true, removeOnFail: true } },
    );
  }

  async remove(id: string): Promise<void> {
    await this.queue.removeJobScheduler(id);
  }

  /** Starts the worker, after making Redis's schedulers match the active schedules in the database. */
  async start(active: (CronRule & { id: string })[]): Promise<void> {
    const wanted = new Set(active.map((s) => s.id));
    for (const s of active) await this.upsert(s.id, s);
    for (const existing of await this.queue.getJobSchedulers())
      if (existing.key && !wanted.has(existing.key)) await this.remove(existing.key);
    const worker = new Worker<Data>(
      this.opts.queueName,
      // The occurrence the scheduler made this job for, not when a worker got to it.
      async (job) => this.opts.fire(job.data.scheduleId, new Date(job.opts.prevMillis ?? job.timestamp)),
      { connection: this.connect(), autorun: false, name: `${hostname()}:${process.pid}`, ...prefixed(this.opts) },
    );
    worker.on("error", (err) => this.opts.logger.error("BullMQ schedule worker error", { err }));
    this.worker = worker;
    void worker.run();
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    await Promise.allSettled(this.connections.map((c) => c.quit()));
  }
}
