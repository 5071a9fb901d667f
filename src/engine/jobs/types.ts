import type { Backoff } from "../../infra/backoff.ts";

export { isFinished, JobStatus } from "../../infra/statuses.ts";

/** The pub/sub id under which every job update is also published, for admins who watch all jobs. */
export const ALL_OWNERS = "*";

export interface JobOptions {
  /** Jobs one process works on at once. */
  concurrency: number;
  /** How long one attempt may follow its interaction before the job fails (ms). */
  timeoutMs: number;
  /** Attempts per job: retries after transient upstream errors and pick-ups after a crash both count. */
  maxAttempts: number;
  /** How a job is retried after a transient upstream failure (src/infra/backoff.ts). */
  retry: Backoff;
}

/** BullMQ settings: the queue's name, and how fast a job whose worker died goes to another. */
export interface BullOptions {
  queueName: string;
  /** BullMQ's key prefix (hash-tagged on a Redis Cluster); BullMQ's own by default. */
  prefix?: string;
  lockDurationMs: number;
  stalledIntervalMs: number;
}

/** What one attempt at a job came to. */
export type Attempt =
  /** Nothing more to do (finished, failed for good, cancelled, or not ours to run). */
  | { kind: "done" }
  /** A transient failure: run it again after the delay. */
  | { kind: "retry"; delayMs: number }
  /** This process is shutting down: the job goes back to the queue untouched. */
  | { kind: "detached" };

/** One attempt at a job; `shutdown` fires when this process stops taking work. */
export type Work = (jobId: string, shutdown: AbortSignal) => Promise<Attempt>;

/** Where jobs wait, and who works on them. `enqueue` is idempotent per job id. */
export interface JobQueue {
  enqueue(jobId: string, opts?: { delayMs?: number }): Promise<void>;
  /** Takes a job out of the queue if it is still waiting there (a running one is stopped through its run). */
  cancel(jobId: string): Promise<void>;
  /** Begins work, picking up every unfinished job first. */
  start(): Promise<void>;
  /** Stops taking work; running attempts detach, so a restart or another process resumes them. */
  close(): Promise<void>;
}
