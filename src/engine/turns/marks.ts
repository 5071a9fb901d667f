import type { Db } from "../../infra/db.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import type { EventLog } from "../events/log.ts";
import type { RunEvent, Topics } from "../events/types.ts";

export interface MarkDeps {
  db: Db;
  log: EventLog;
  pubsub: PubSub<Topics>;
}

type Mark = Extract<RunEvent, { kind: "turn_next" | "turn_end" }>;

/**
 * Appends a turn marker after a finished round's terminal event, durably,
 * then publishes it: a turn's follower learns from the round's own log
 * whether the turn goes on (and in which round) or is over. The round has
 * ended, so its log is complete in the database and nobody else appends
 * (`lastSeq`, when the run that ended it is known here, spares the read).
 */
export async function mark(deps: MarkDeps, roundId: string, event: Mark, lastSeq?: number): Promise<void> {
  const seq = lastSeq ?? (await lastSeqOf(deps, roundId));
  const logged = { ...event, interactionId: roundId, seq: seq + 1 };
  await deps.log.append(logged);
  await deps.log.flush(roundId);
  deps.log.release(roundId);
  deps.pubsub.publish("interaction", roundId, logged);
}

async function lastSeqOf(deps: MarkDeps, roundId: string): Promise<number> {
  const { _max } = await deps.db.interactionEvent.aggregate({ where: { interactionId: roundId }, _max: { seq: true } });
  return _max.seq ?? 0;
}
