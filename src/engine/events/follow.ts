import type { PubSub } from "../../infra/pubsub.ts";
import { LiveQueue } from "./live-queue.ts";
import type { EventLog } from "./log.ts";
import { isTurnMark, type LoggedEvent, type Topics, type TurnEvent } from "./types.ts";

/** Live events a subscriber may fall behind by before it is closed (it can resume with its last cursor). */
export const MAX_BEHIND = 1000;

export interface FollowDeps {
  log: EventLog;
  pubsub: PubSub<Topics>;
}

/**
 * Replays one interaction's log after `afterSeq`, then follows live events,
 * without gap or duplicate, up to and including the first event `ends`
 * accepts, which it returns (without yielding it when it lies at or just
 * before the cursor: the stream was already complete). A turn marker is never yielded: the stream stops
 * before it and returns it (a turn stream goes on from it). The live
 * subscription is opened before the replay is read, so nothing published in
 * between is lost; a jump in `seq` (published before we subscribed, or by
 * another instance) is filled from the log. With `offset` (a turn stream),
 * each event carries its place in the turn.
 */
export async function* follow(
  deps: FollowDeps,
  id: string,
  afterSeq: number,
  ends: (e: LoggedEvent) => boolean,
  opts: { limit?: number; offset?: number } = {},
): AsyncGenerator<TurnEvent, LoggedEvent | undefined> {
  const { limit = MAX_BEHIND, offset } = opts;
  let last = afterSeq;
  const live = new LiveQueue((queue) => deps.pubsub.listen("interaction", id, queue), limit);
  try {
    // Over Redis the subscription hears events only once it is confirmed: the log is read after that.
    await deps.pubsub.subscribed();
    // The replay starts two events early: a stream resumed with the cursor of its own end (its terminal event,
    // its marker, or a turn_end made up right after a terminal event) is complete and ends on what it finds there.
    let batch = await deps.log.after(id, Math.max(0, last - 2));
    while (true) {
      for (const e of batch) {
        if (e.seq <= last) {
          if (isTurnMark(e) || ends(e)) return e;
          continue;
        }
        if (isTurnMark(e)) return e;
        yield offset === undefined ? e : { ...e, turnSeq: offset + e.seq };
        last = e.seq;
        if (ends(e)) return e;
      }
      const event = await live.next();
      if (!event) return undefined;
      const from = event.fromSeq ?? event.seq;
      if (event.seq <= last) batch = [];
      else batch = from === last + 1 ? [event] : await deps.log.after(id, last);
    }
  } finally {
    // Also for a stream that ended in its replay and never read `live`: its bus listener would stay forever.
    live.close();
  }
}
