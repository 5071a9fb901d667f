import { hostname } from "node:os";
import { Queue, WaitingError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { CRASH_RETRY_MS } from "../../infra/backoff.ts";
import type { Logger } from "../../infra/logger.ts";
import type { BullOptions, JobQueue, Work } from "./types.ts";

type Data = { jobId: string };

/** Thrown to BullMQ for an attempt to be tried again: its backoff strategy reads the delay our policy chose. */
class RetryLater extends Error {
  constructor(readonly delayMs: number) {
    super(`retry in ${delayMs} ms`);
  }
}

/**
 * BullMQ on the shared Redis: every process with the same REDIS_URL and queue
 * name works on the same jobs. The BullMQ job id is our Job id, so enqueueing
 * twice is a no-op. A worker that dies stops renewing its lock; after
 * `lockDurationMs` the stalled check (every `stalledIntervalMs`, on any
 * worker) puts the job back in the queue and another worker resumes it.
 * Retries are BullMQ's own (`attempts`, a backoff strategy that takes the
 * delay the job's retry policy chose). Finished BullMQ jobs are removed: the
 * database keeps the job's story.
 */
/** BullMQ's default prefix unless one is set (an undefined one would replace it). */
export const prefixed = ({ prefix }: { prefix?: string }) => (prefix ? { prefix } : {});

export class BullMqQueue implements JobQueue {
  private queue: Queue<Data>;
  private worker: Worker<Data> | undefined;
  private shutdown = new AbortController();
  private connections: Redis[] = [];

  constructor(
    private work: Work,
    private opts: BullOptions & {
      concurrency: number;
      /** Attempts per job (failed attempts, as BullMQ counts them, and stalls each). */
      maxAttempts: number;
      /** A new Redis connection for BullMQ (it needs its own, with `maxRetriesPerRequest: null`). */
      connect: () => Redis;
      unfinished: () => Promise<string[]>;
      /** BullMQ gave up on a job (stalled too often): record that in the database. */
      lost: (jobId: string, reason: string) => Promise<void>;
      logger: Logger;
    },
  ) {
    this.queue = new Queue<Data>(opts.queueName, { connection: this.connect(), ...prefixed(opts) });
  }

  private connect(): Redis {
    const c = this.opts.connect();
    this.connections.push(c);
    return c;
  }

  async enqueue(jobId: string, { delayMs }: { delayMs?: number } = {}): Promise<void> {
    await this.queue.add(
      "job",
      { jobId },
      {
        jobId,
        delay: delayMs,
        attempts: this.opts.maxAttempts,
        backoff: { type: "policy" },
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  async cancel(jobId: string): Promise<void> {
    // Refused (and harmless) when a worker holds the job: its run is stopped through the run instead.
    await this.queue.remove(jobId).catch(() => undefined);
  }

  async start(): Promise<void> {
    const { opts } = this;
    const worker = new Worker<Data>(
      opts.queueName,
      async (job, token) => {
        const result = await this.work(job.data.jobId, this.shutdown.signal).catch((err: unknown) => {
          opts.logger.error("job attempt crashed", { jobId: job.data.jobId, err });
          return { kind: "retry", delayMs: CRASH_RETRY_MS } as const;
        });
        if (result.kind === "retry") throw new RetryLater(result.delayMs);
        if (result.kind === "detached") {
          await job.moveToWait(token);
          throw new WaitingError();
        }
      },
      {
        connection: this.connect(),
        ...prefixed(opts),
        autorun: false,
        name: `${hostname()}:${process.pid}`,
        concurrency: opts.concurrency,
        lockDuration: opts.lockDurationMs,
        stalledInterval: opts.stalledIntervalMs,
        maxStalledCount: opts.maxAttempts + 1,
        settings: {
          backoffStrategy: (_made, _type, err) => (err instanceof RetryLater ? err.delayMs : CRASH_RETRY_MS),
        },
      },
    );
    worker.on("failed", (job, err) => {
      // Emitted for every failed attempt; only the last one (no retry left) is a lost job.
      if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
      opts.logger.warn("BullMQ gave up on a job", { jobId: job.data.jobId, err: err.message });
      void opts
        .lost(job.data.jobId, err.message)
        .catch((e: unknown) => opts.logger.error("recording a lost job failed", { err: e }));
    });
    worker.on("error", (err) => opts.logger.error("BullMQ worker error", { err }));
    this.worker = worker;
    void worker.run();
    // Jobs whose enqueue never reached Redis (or a queue that was flushed) are added again; existing ones are untouched.
    for (const id of await opts.unfinished()) await this.enqueue(id);
  }

  async close(): Promise<void> {
    this.shutdown.abort();
    await this.worker?.close();
    await this.queue.close();
    await Promise.allSettled(this.connections.map((c) => c.quit()));
  }
}
