import { Repeater } from "graphql-yoga";
import type { Context } from "../context.ts";
import type { LoggedEvent } from "../engine/events/types.ts";
import { AppError } from "../infra/errors.ts";

/**
 * One interaction's live events off the bus, as a Repeater that holds at most
 * `limit` events its reader has not taken yet: a subscriber that reads slower
 * than the run produces costs bounded memory, then gets SLOW_CONSUMER (it can
 * resume with its last cursor). The bus subscription opens at this call, not
 * at the first read, so the caller can read the log first and miss nothing.
 */
export function liveEvents(ctx: Context, id: string, limit: number): Repeater<LoggedEvent> {
  const source = ctx.engine.pubsub.subscribe("interaction", id)[Symbol.asyncIterator]();
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
      void push(next.value as LoggedEvent).then(() => behind--);
    }
    stop(
      new AppError(
        "SERVER_STOPPING",
        "The event stream closed (server shutting down); subscribe again with the last cursor",
      ),
    );
  });
}
