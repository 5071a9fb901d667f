import { randomBytes } from "node:crypto";
import type { Upstream } from "../../gemini/client.ts";
import type { CreateBody, JsonObject } from "../../gemini/types.ts";
import type { Interaction, Job } from "../../generated/prisma/client.ts";
import { backoffDelay } from "../../infra/backoff.ts";
import type { Db } from "../../infra/db.ts";
import { AppError, type ErrorCode } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import { jobQueueWait, jobTransitions, upstreamRetries } from "../../infra/metrics.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import { linkTo, withSpan } from "../../infra/tracing.ts";
import type { Topics } from "../events/types.ts";
import type { Admission } from "../quota/admission.ts";
import { cancelUpstream, isRetryable } from "../runs/poll.ts";
import type { Runs } from "../runs/runs.ts";
import { readError, readInput, readRequest } from "../store/columns.ts";
import { timeline } from "../turns/chain.ts";
import { sendChained } from "../turns/history.ts";
import { ALL_OWNERS, type Attempt, isFinished, type JobOptions, JobStatus } from "./types.ts";

export interface WorkDeps {
  db: Db;
  upstream: Upstream;
  runs: Runs;
  pubsub: PubSub<Topics>;
  logger: Logger;
  options: JobOptions;
  /** A job ended (succeeded or failed) with its interaction as recorded: users' webhooks hear of it here. */
  onEnd?: (job: Pick<Job, "id" | "ownerId" | "status">, row: Interaction) => Promise<void>;
  /** The quota gate an attempt that creates a new upstream interaction passes again. */
  admission?: Admission;
  /** Sent with every create when upstream pushes the ends of runs (`webhook_config`): where to, and the job's id. */
  webhookConfig?: { uris?: string[] };
}

const DONE: Attempt = { kind: "done" };
const DETACHED: Attempt = { kind: "detached" };

/** The interaction's final status as the job's. */
function jobStatusOf(status: string): JobStatus {
  if (status === "failed") return JobStatus.FAILED;
  if (status === "cancelled") return JobStatus.CANCELLED;
  return JobStatus.SUCCEEDED;
}

const timeoutMessage = (ms: number) => `The job did not finish within ${ms} ms`;

const messageOf = (error: unknown) => {
  const e = readError(error);
  return e ? `${e.code}: ${e.message}` : null;
};

/** Tells subscribers of the owner's jobs, and of all jobs, that this one changed. */
export function publishJob(pubsub: PubSub<Topics>, job: Pick<Job, "id" | "ownerId" | "status">): void {
  const update = { id: job.id, status: job.status, v: randomBytes(6).toString("hex") };
  jobTransitions.inc({ state: job.status });
  pubsub.publish("job", job.ownerId, update);
  pubsub.publish("job", ALL_OWNERS, update);
}

/**
 * The create body of a background turn, rebuilt from its row: the request as
 * stored, plus the turn's input; a turn that could not chain upstream (its
 * parent failed there) sends its branch as an explicit timeline, as the
 * resolver would have.
 */
export async function upstreamBody(db: Db, row: Interaction): Promise<CreateBody> {
  const request = readRequest(row.request);
  const input = readInput(row.input);
  const body: CreateBody = { ...request, background: true, input };
  if (row.parentId && !request.previous_interaction_id) {
    body.input = await timeline(db, row.parentId, input);
  }
  return body;
}

/**
 * One attempt at a job: create the upstream interaction unless an earlier
 * attempt did (its remote id is the job's idempotency key), then follow it
 * to the end and map its final status onto the job.
 */
export class JobWorker {
  constructor(private deps: WorkDeps) {}

  async process(jobId: string, shutdown: AbortSignal): Promise<Attempt> {
    const job = await this.deps.db.job.findUnique({ where: { id: jobId }, include: { interaction: true } });
    if (!job) return DONE;
    // Its own trace (an attempt can run hours after the request), linked to the request that queued it.
    const attributes = { "gig.job.id": job.id, "gig.interaction.id": job.interactionId };
    return withSpan("job.attempt", { root: true, links: linkTo(job.traceParent), attributes }, () =>
      this.attempt(job, shutdown),
    );
  }

  private async attempt(job: Job & { interaction: Interaction }, shutdown: AbortSignal): Promise<Attempt> {
    const { db, logger, options } = this.deps;
    const jobId = job.id;
    if (isFinished(job.status)) {
      // Cancelled while its worker was gone: the interaction still has to record the end.
      if (job.status === JobStatus.CANCELLED && !job.interaction.completedAt) await this.endCancelled(job.interaction);
      return DONE;
    }
    const claimed = await db.job.updateMany({
      where: { id: jobId, status: { in: [JobStatus.QUEUED, JobStatus.RUNNING] } },
      data: { status: JobStatus.RUNNING, attempts: { increment: 1 } },
    });
    if (!claimed.count) return DONE;
    if (job.status === JobStatus.QUEUED) jobQueueWait.observe((Date.now() - job.updatedAt.getTime()) / 1000);
    const attempt = job.attempts + 1;
    publishJob(this.deps.pubsub, { ...job, status: JobStatus.RUNNING });
    logger.info("job started", { jobId, interactionId: job.interactionId, attempt, pid: process.pid });
    if (attempt > options.maxAttempts) {
      // Picked up after a crash more often than retries allow: a job that keeps killing its worker stops here.
      await this.giveUp(job, "JOB_ATTEMPTS_EXHAUSTED", `Gave up after ${options.maxAttempts} attempts`);
      return DONE;
    }
    // Its run ended but the process died before the job recorded it: only the job is left to settle.
    if (job.interaction.completedAt) return this.settle(job);
    // One bound for the whole attempt: a create that stalls upstream counts against it too.
    const deadline = Date.now() + options.timeoutMs;
    if (!job.interaction.remoteId) {
      // A later attempt that creates upstream again is a new upstream run for the quota: admitted like the first.
      if (attempt > 1 && !(await this.readmit(job))) return DONE;
      const create = new AbortController();
      const detach = () => create.abort();
      shutdown.addEventListener("abort", detach, { once: true });
      const timer = setTimeout(() => create.abort(), options.timeoutMs);
      try {
        await this.create(job.interaction, create.signal);
      } catch (err) {
        if (shutdown.aborted) return DETACHED;
        if (!create.signal.aborted) return this.failedAttempt(job, attempt, err);
        // Never retried: the create may have reached upstream.
        await this.giveUp(job, "JOB_TIMEOUT", `${timeoutMessage(options.timeoutMs)} (still creating it upstream)`);
        return DONE;
      } finally {
        clearTimeout(timer);
        shutdown.removeEventListener("abort", detach);
      }
    }
    return this.follow(job, attempt, shutdown, deadline);
  }

  /** Admits a re-attempt (its run keeps its in-flight slot); refused, the job ends FAILED with QUOTA_EXCEEDED. */
  private async readmit(job: Job & { interaction: Interaction }): Promise<boolean> {
    const { admission, db } = this.deps;
    if (!admission) return true;
    try {
      const body = await upstreamBody(db, job.interaction);
      const reservation = await admission.admit(job.ownerId, body, { runId: job.interactionId });
      // Settled when the job's run ends, wherever it is followed (the first admission's listener may be gone).
      admission.settleAfter(reservation, job.interactionId);
      return true;
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "QUOTA_EXCEEDED") throw err;
      await this.giveUp(job, err.code, err.message);
      return false;
    }
  }

  /** Creates the upstream interaction and saves its id before anything else can happen. */
  private async create(row: Interaction, signal: AbortSignal): Promise<void> {
    const { db, upstream, logger } = this.deps;
    const body = await upstreamBody(db, row);
    const push = this.deps.webhookConfig;
    if (push) {
      const config: JsonObject = { user_metadata: { interaction_id: row.id } };
      if (push.uris?.length) config.uris = push.uris;
      body.webhook_config = config;
    }
    const { parentId } = row;
    const input = readInput(row.input);
    const rebuild = parentId ? () => timeline(db, parentId, input) : undefined;
    const { sent, result: created } = await sendChained(body, rebuild, (b) => upstream.create(b, { signal }), logger);
    // From here on every attempt follows this interaction: a retry never creates a second one.
    await db.interaction.update({
      where: { id: row.id },
      data: {
        remoteId: created.id,
        status: created.status === "queued" ? "queued" : "in_progress",
        previousRemoteId: sent.previous_interaction_id ?? null,
        ...(created.environment_id ? { environmentId: created.environment_id } : {}),
      },
    });
  }

  private async follow(job: Job, attempt: number, shutdown: AbortSignal, deadline: number): Promise<Attempt> {
    const { db, runs, options } = this.deps;
    const id = job.interactionId;
    const run = runs.attach(id);
    // A cancel that raced the start of the run found nothing to stop; now the run is live, look again.
    const now = await db.job.findUnique({ where: { id: job.id }, select: { status: true } });
    if (now?.status === JobStatus.CANCELLED) void runs.stop(id, { kind: "cancel" });
    const detach = () => void runs.stop(id, { kind: "detach" });
    shutdown.addEventListener("abort", detach, { once: true });
    if (shutdown.aborted) detach();
    const timer = setTimeout(
      () => void runs.stop(id, { kind: "fail", code: "JOB_TIMEOUT", message: timeoutMessage(options.timeoutMs) }),
      Math.max(0, deadline - Date.now()),
    );
    let outcome: Awaited<typeof run>;
    try {
      outcome = await run;
    } finally {
      clearTimeout(timer);
      shutdown.removeEventListener("abort", detach);
    }
    if (outcome.kind === "detached") return DETACHED;
    if (outcome.kind === "interrupted") return this.failedAttempt(job, attempt, outcome.error);
    return this.settle(job);
  }

  /** The run ended: the job takes the interaction's outcome (unless it was cancelled meanwhile). */
  private async settle(job: Job): Promise<Attempt> {
    const { db, logger } = this.deps;
    const row = await db.interaction.findUniqueOrThrow({ where: { id: job.interactionId } });
    const status = jobStatusOf(row.status);
    await db.job.updateMany({
      where: { id: job.id, status: JobStatus.RUNNING },
      data: { status, lastError: status === JobStatus.FAILED ? messageOf(row.error) : null },
    });
    publishJob(this.deps.pubsub, { ...job, status });
    logger.info("job finished", { jobId: job.id, status, interaction: row.status });
    await this.ended({ ...job, status }, row);
    return DONE;
  }

  /** Transient failures are retried with backoff up to the bound; anything else ends the job FAILED. */
  private async failedAttempt(job: Job, attempt: number, err: unknown): Promise<Attempt> {
    const { db, logger, options } = this.deps;
    const message = err instanceof Error ? err.message : String(err);
    if (isRetryable(err) && attempt < options.maxAttempts) {
      const delayMs = backoffDelay(attempt, options.retry);
      const { count } = await db.job.updateMany({
        where: { id: job.id, status: JobStatus.RUNNING },
        data: { status: JobStatus.QUEUED, lastError: message },
      });
      if (!count) return DONE;
      upstreamRetries.inc({ kind: "job_attempt" });
      publishJob(this.deps.pubsub, { ...job, status: JobStatus.QUEUED });
      logger.warn("job attempt failed; retrying", { jobId: job.id, attempt, delayMs, err: message });
      return { kind: "retry", delayMs };
    }
    await this.giveUp(job, err instanceof AppError ? err.code : "JOB_FAILED", message);
    return DONE;
  }

  /** Ends the job FAILED and its interaction with the same error, upstream run included. */
  async giveUp(job: Job, code: ErrorCode, message: string): Promise<void> {
    const { db, runs, upstream, logger } = this.deps;
    const row = await db.interaction.findUnique({ where: { id: job.interactionId } });
    if (row && !row.completedAt) {
      if (row.remoteId) await cancelUpstream(upstream, row.remoteId);
      await runs.end(row.id, { kind: "fail", code, message });
    }
    const { count } = await db.job.updateMany({
      where: { id: job.id, status: { in: [JobStatus.QUEUED, JobStatus.RUNNING] } },
      data: { status: JobStatus.FAILED, lastError: `${code}: ${message}` },
    });
    if (count) publishJob(this.deps.pubsub, { ...job, status: JobStatus.FAILED });
    logger.warn("job failed", { jobId: job.id, code, err: message });
    const ended = await db.interaction.findUnique({ where: { id: job.interactionId } });
    if (count && ended) await this.ended({ ...job, status: JobStatus.FAILED }, ended);
  }

  /** Tells the end to whoever listens; a failure there never changes the job's outcome. */
  private async ended(job: Pick<Job, "id" | "ownerId" | "status">, row: Interaction): Promise<void> {
    if (job.status === JobStatus.CANCELLED) return;
    await this.deps.onEnd?.(job, row).catch((err: unknown) => this.deps.logger.error("job end hook failed", { err }));
  }

  async endCancelled(row: Pick<Interaction, "id" | "remoteId">): Promise<void> {
    if (row.remoteId) await cancelUpstream(this.deps.upstream, row.remoteId);
    await this.deps.runs.end(row.id, { kind: "cancel" });
  }
}
