import type { Redis } from "ioredis";
import type { Upstream } from "../../gemini/client.ts";
import { isGone } from "../../gemini/errors.ts";
import { type Interaction, type Job, Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { ConflictError, NotFoundError } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import { jobTransitions } from "../../infra/metrics.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import type { EventLog } from "../events/log.ts";
import type { Topics } from "../events/types.ts";
import type { Admission } from "../quota/admission.ts";
import { lapsedLease } from "../runs/leases.ts";
import type { Runs } from "../runs/runs.ts";
import type { BullMqQueue } from "./bullmq.ts";
import { InProcessQueue } from "./in-process.ts";
import { type BullOptions, isFinished, type JobOptions, type JobQueue, JobStatus } from "./types.ts";
import { JobWorker, publishJob, upstreamBody, type WorkDeps } from "./work.ts";

export { ALL_OWNERS, type BullOptions, isFinished, type JobOptions, JobStatus } from "./types.ts";

export interface JobsDeps {
  db: Db;
  upstream: Upstream;
  runs: Runs;
  log: EventLog;
  pubsub: PubSub<Topics>;
  logger: Logger;
  options: JobOptions;
  onEnd?: WorkDeps["onEnd"];
  webhookConfig?: WorkDeps["webhookConfig"];
  /** Scale-out: BullMQ on Redis, with a factory for the connections it needs. Absent: the in-process runner. */
  bull?: BullOptions & { connect: () => Redis };
  /** The quota gate a retried job passes again, like any new run. */
  admission?: Admission;
}

/**
 * A queue that is being loaded: BullMQ (with its own Redis client, 5 MB of heap) is imported in
 * scale-out mode only, so an embedded server never loads it.
 */
export function deferred(loading: Promise<JobQueue>): JobQueue {
  // Observed here too, so a failed load surfaces at the first call instead of as an unhandled rejection.
  loading.catch(() => undefined);
  return {
    enqueue: async (jobId, opts) => (await loading).enqueue(jobId, opts),
    cancel: async (jobId) => (await loading).cancel(jobId),
    start: async () => (await loading).start(),
    close: async () => (await loading).close(),
  };
}

/**
 * Background jobs: one per background (or agent) interaction, following its
 * upstream run to the end, across restarts and, with BullMQ, across processes.
 */
export class Jobs {
  readonly queue: JobQueue;
  private worker: JobWorker;

  constructor(private deps: JobsDeps) {
    const { options } = deps;
    this.worker = new JobWorker({ ...deps, options });
    const work = this.worker.process.bind(this.worker);
    const unfinished = () => this.unfinished();
    const logger = deps.logger.child({ component: "jobs" });
    const { bull } = deps;
    this.queue = bull
      ? deferred(
          import("./bullmq.ts").then(
            ({ BullMqQueue }): BullMqQueue =>
              new BullMqQueue(work, {
                ...bull,
                concurrency: options.concurrency,
                maxAttempts: options.maxAttempts,
                unfinished,
                lost: (jobId, reason) => this.lost(jobId, reason),
                logger,
              }),
          ),
        )
      : new InProcessQueue(work, { concurrency: options.concurrency, unfinished, logger });
  }

  start = () => this.queue.start();
  close = () => this.queue.close();
  /** Queues a job whose rows exist (idempotent). */
  submit = (jobId: string) => {
    jobTransitions.inc({ state: JobStatus.QUEUED });
    return this.queue.enqueue(jobId);
  };

  /**
   * Stops an interaction wherever it runs and answers its row as the end left
   * it (null: there is none). A background interaction is its job's: the job
   * is cancelled, which also covers one still queued. Both ways wait for the
   * end to be recorded (or take the run over when its owner does not answer),
   * so the row is read once, after.
   */
  async stop(interactionId: string): Promise<Interaction | null> {
    const { db, runs } = this.deps;
    const job = await db.job.findUnique({ where: { interactionId }, select: { id: true } });
    if (job) await this.cancel(job.id);
    else await runs.cancel(interactionId);
    return db.interaction.findUnique({ where: { id: interactionId } });
  }

  /**
   * Cancels a queued or running job, upstream too. A queued one is ended here;
   * a running one is stopped by whichever process runs it (its worker also
   * checks the status right after creating the upstream interaction).
   */
  async cancel(jobId: string): Promise<void> {
    const { db, runs, pubsub } = this.deps;
    const job = await db.job.findUnique({ where: { id: jobId }, include: { interaction: true } });
    if (!job || isFinished(job.status)) return;
    const { count } = await db.job.updateMany({
      where: { id: jobId, status: job.status },
      data: { status: JobStatus.CANCELLED },
    });
    // It moved on meanwhile (a worker claimed it, or it ended): decide again from its new status.
    if (!count) return this.cancel(jobId);
    publishJob(pubsub, { ...job, status: JobStatus.CANCELLED });
    if (job.status === JobStatus.QUEUED) {
      await this.queue.cancel(jobId);
      await this.worker.endCancelled(job.interaction);
    } else await runs.cancel(job.interactionId);
  }

  /**
   * Runs a failed job again. The upstream interaction is kept and followed
   * again when it is still alive upstream (only our following failed);
   * when it failed there, a new one is created. Either way the interaction's
   * record and event log start afresh (cursors restart at 1).
   */
  async retry(jobId: string): Promise<void> {
    const { db } = this.deps;
    const job = await db.job.findUnique({ where: { id: jobId }, include: { interaction: true } });
    if (!job) throw new NotFoundError("Job", jobId);
    if (job.status !== JobStatus.FAILED)
      throw new ConflictError(`Only failed jobs can be retried; this one is ${job.status}`);
    // A retry is a new run for the quota: refused with QUOTA_EXCEEDED before anything changes.
    const body = await upstreamBody(db, job.interaction);
    const reservation = await this.deps.admission?.admit(job.ownerId, body, { runId: job.interactionId });
    try {
      await this.requeue(job);
    } catch (err) {
      await reservation?.settle(0);
      throw err;
    }
    if (reservation) this.deps.admission?.settleAfter(reservation, job.interactionId);
  }

  private async requeue(job: Job & { interaction: Interaction }): Promise<void> {
    const { db, upstream, log, pubsub } = this.deps;
    const jobId = job.id;
    let remoteId = job.interaction.remoteId;
    if (remoteId) {
      const alive = await upstream.get(remoteId).then(
        (r) => r.status !== "failed" && r.status !== "cancelled",
        (err: unknown) => {
          if (isGone(err)) return false;
          throw err;
        },
      );
      if (!alive) remoteId = null;
    }
    try {
      await db.job.update({
        where: { id: jobId, status: JobStatus.FAILED },
        data: {
          status: JobStatus.QUEUED,
          attempts: 0,
          lastError: null,
          interaction: {
            update: {
              remoteId,
              status: remoteId ? "in_progress" : "queued",
              steps: [],
              outputText: null,
              json: Prisma.DbNull,
              error: Prisma.DbNull,
              lastEventId: null,
              completedAt: null,
              inputTokens: 0,
              outputTokens: 0,
              thoughtTokens: 0,
              cachedTokens: 0,
              totalTokens: 0,
            },
          },
        },
      });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2025")
        throw new ConflictError("The job changed meanwhile; it is no longer failed");
      throw err;
    }
    await log.reset(job.interactionId);
    publishJob(pubsub, { ...job, status: JobStatus.QUEUED });
    await this.queue.enqueue(jobId);
  }

  /**
   * With BullMQ: puts back in the queue the jobs the database says are
   * waiting (QUEUED), or running with no live owner (their run's lease lapsed),
   * for longer than `staleMs`: Redis lost them (flushed, failover without
   * persistence). Enqueueing is idempotent, so one still queued is untouched.
   */
  async requeueLost(staleMs: number): Promise<number> {
    if (!this.deps.bull) return 0;
    const before = new Date(Date.now() - staleMs);
    const rows = await this.deps.db.job.findMany({
      where: {
        updatedAt: { lt: before },
        OR: [{ status: JobStatus.QUEUED }, { status: JobStatus.RUNNING, interaction: lapsedLease() }],
      },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    for (const { id } of rows) await this.queue.enqueue(id);
    return rows.length;
  }

  /** Jobs to pick up at start: unfinished ones, and cancelled ones whose interaction never recorded the end. */
  private async unfinished(): Promise<string[]> {
    const rows = await this.deps.db.job.findMany({
      where: {
        OR: [
          { status: { in: [JobStatus.QUEUED, JobStatus.RUNNING] } },
          { status: JobStatus.CANCELLED, interaction: { completedAt: null } },
        ],
      },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  private async lost(jobId: string, reason: string): Promise<void> {
    const job = await this.deps.db.job.findUnique({ where: { id: jobId } });
    if (job && !isFinished(job.status)) await this.worker.giveUp(job, "JOB_LOST", reason);
  }
}
