import type { Redis } from "ioredis";
import type { Logger } from "../../infra/logger.ts";
import type { BullMqQueue } from "../jobs/bullmq.ts";
import { InProcessQueue } from "../jobs/in-process.ts";
import { deferred } from "../jobs/index.ts";
import type { BullOptions, JobQueue, Work } from "../jobs/types.ts";

/**
 * The queue deliveries wait in: the job machinery's own runners with another
 * work function. Embedded, the in-process runner (the database is the durable
 * queue: PENDING deliveries are picked up at start); in scale-out, BullMQ
 * under its own queue name, so any process may make an attempt.
 */
export function deliveryQueue(
  work: Work,
  opts: {
    concurrency: number;
    /** Attempts BullMQ allows one delivery: the retry schedule plus margin for crashes. */
    maxAttempts: number;
    unfinished: () => Promise<string[]>;
    lost: (id: string, reason: string) => Promise<void>;
    logger: Logger;
    bull?: BullOptions & { connect: () => Redis };
  },
): JobQueue {
  const { bull } = opts;
  if (!bull) return new InProcessQueue(work, opts);
  const loading = import("../jobs/bullmq.ts").then(
    ({ BullMqQueue }): BullMqQueue =>
      new BullMqQueue(work, { ...bull, ...opts, queueName: `${bull.queueName}-webhooks` }),
  );
  return deferred(loading);
}
