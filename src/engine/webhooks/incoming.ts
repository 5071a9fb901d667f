import type { Db } from "../../infra/db.ts";
import type { Logger } from "../../infra/logger.ts";
import { isFinished } from "../jobs/types.ts";
import { isUniqueViolation } from "../runs/row-writes.ts";

/** What a verified upstream event says: its type, and the upstream resource (an interaction) it is about. */
export interface UpstreamEvent {
  webhookId: string;
  type: string;
  remoteId: string | null;
}

/**
 * Takes a verified upstream event once per webhook-id (the row's primary key
 * decides, across processes) and hands it to the job engine: the job of that
 * interaction is queued again (idempotent), so a job whose follower was lost
 * reads the end now rather than at its next sweep. Answers false for a replay.
 */
export async function acceptUpstreamEvent(
  deps: {
    db: Db;
    logger: Logger;
    submit: (jobId: string) => Promise<void>;
    /** Wakes the run waiting for this remote interaction's end, on whichever process it is. */
    push?: { pushed(remoteId: string): void };
  },
  event: UpstreamEvent,
): Promise<boolean> {
  const { db, logger } = deps;
  try {
    await db.upstreamWebhookEvent.create({
      data: { id: event.webhookId, type: event.type, remoteId: event.remoteId },
    });
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
  if (!event.remoteId) return true;
  if (event.type.startsWith("interaction.")) deps.push?.pushed(event.remoteId);
  const job = await db.job.findFirst({
    where: { interaction: { remoteId: event.remoteId } },
    select: { id: true, status: true },
  });
  if (job && !isFinished(job.status)) await deps.submit(job.id);
  logger.info("upstream webhook accepted", { webhookId: event.webhookId, type: event.type, jobId: job?.id });
  return true;
}
