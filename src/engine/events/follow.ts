import { Repeater } from "graphql-yoga";
import { AppError } from "../../infra/errors.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import type { EventLog } from "./log.ts";
import { isTurnMark, type LoggedEvent, type Topics, type TurnEvent } from "./types.ts";

/** Live events a subscriber may fall behind by before it is closed (it can resume with its last cursor). */
export const MAX_BEHIND = 1000;

export interface FollowDeps {
  log: EventLog;
  pubsub: PubSub<Topics>;
}

/**
 * One interaction's live events off the bus, as a Repeater that holds at most
 * `limit` events its reader has not taken yet: a subscriber that reads slower
 * than the run produces costs bounded memory, then gets SLOW_CONSUMER (it can
 * resume with its last cursor). The bus subscription is opened by the caller
 * before it reads the log, so it misses nothing; the caller closes it too
 * (a Repeater never read never runs its executor, nor its cleanup).
 */
function bounded(source: AsyncIterator<LoggedEvent>, limit: number): Repeater<LoggedEvent> {
  const first = source.next();
  return new Repeater<LoggedEvent>(async (push, stop) => {
    void stop.then(() => source.return?.());
    let behind = 0;
    for (let next = await first; !next.done; next = await source.next()) {
      if (behind >= limit) {
        const hint = "subscribe again with the last cursor as `after`";
        return stop(new AppError("SLOW_CONSUMER", `The client fell more than ${limit} events behind; ${hint}`));
      }
      behind++;
      // An unbuffered Repeater's push settles once the reader has taken the value.
      void push(next.value).then(() => behind--);
    }
    stop(
      new AppError(
        "SERVER_STOPPING",
        "The event stream closed (server shutting down); subscribe again with the last cursor",
      ),
    );
  });
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
  const source = deps.pubsub.subscribe("interaction", id)[Symbol.asyncIterator]();
  const live = bounded(source, limit);
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
      const { done, value: event } = await live.next();
      if (done) return undefined;
      if (event.seq <= last) batch = [];
      else batch = event.seq === last + 1 ? [event] : await deps.log.after(id, last);
    }
  } finally {
    await live.return();
    // A stream that ended in its replay never read `live`: without this its bus listener would stay forever.
    await source.return?.();
  }
}
