import type { LoggedEvent } from "./types.ts";

/** `events` go on from `afterSeq` without a gap (and hold at least one event). */
const unbroken = (events: LoggedEvent[], afterSeq: number) =>
  events.length > 0 && events.every((e, i) => e.seq === afterSeq + 1 + i);

/**
 * The one replay rule of both event logs: a log's fast copy (memory, a Redis
 * stream) answers when it is known to hold every event (`whole`) or holds an
 * unbroken run from the cursor on. Otherwise the database answers, followed by
 * the fast copy's events it does not have yet (not flushed), when they go on
 * without a gap; a gapped tail is left out, and a follower gets those events
 * live or on its next read.
 */
export async function replayAfter(
  afterSeq: number,
  fast: LoggedEvent[],
  whole: boolean,
  durable: () => Promise<LoggedEvent[]>,
): Promise<LoggedEvent[]> {
  if (whole || unbroken(fast, afterSeq)) return fast;
  const stored = await durable();
  const last = stored.at(-1)?.seq ?? afterSeq;
  const tail = fast.filter((e) => e.seq > last);
  return unbroken(tail, last) ? [...stored, ...tail] : stored;
}
