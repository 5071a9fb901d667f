import { type FollowDeps, follow } from "./follow.ts";
import { isTerminal, type LoggedEvent, type TurnEvent } from "./types.ts";

/** A round of a turn; `background` is read when not given. */
export interface Round {
  id: string;
  background?: boolean | null;
}

export interface TurnDeps extends FollowDeps {
  /** Where a finished round hands its turn on: the next round and the marker's seq, if any. */
  nextRound(roundId: string): Promise<{ next: string; seq: number } | null>;
  /** Whether a round runs in the background (its row, once written). */
  background(roundId: string): Promise<boolean>;
}

/**
 * Every event of a user turn, across its rounds of server-side tool calls,
 * after a turn cursor: one monotonic cursor for the turn (a round's events
 * are numbered after the previous round's marker). Ends with one turn_end:
 * the one logged, or one made up from a terminal event that ends the turn by
 * itself.
 */
export async function* followTurn(deps: TurnDeps, first: Round, from: number): AsyncGenerator<TurnEvent> {
  let round = first;
  let offset = 0;
  while (true) {
    // A round wholly before the cursor is skipped by its marker alone.
    const next = from > offset ? await deps.nextRound(round.id) : null;
    if (next && next.seq <= from - offset) {
      offset += next.seq;
      round = { id: next.next };
      continue;
    }
    const background = round.background ?? (await deps.background(round.id));
    const ends = (e: LoggedEvent) => isTerminal(e) && endsTurn(e.kind === "error" ? "failed" : e.status, background);
    const stop = yield* follow(deps, round.id, Math.max(0, from - offset), ends, { offset });
    if (stop?.kind === "turn_next") {
      offset += stop.seq;
      round = { id: stop.next };
      continue;
    }
    const end = stop?.kind === "turn_end" ? { ...stop, turnSeq: offset + stop.seq } : stop && turnEnd(stop, offset);
    // A cursor at or past the turn's end (resumed after the whole turn) gets nothing more.
    if (end && (end.turnSeq ?? 0) > from) yield end;
    return;
  }
}

/**
 * Whether a round that ended with `status` ends its turn by itself, with no marker after it: any round but a
 * foreground one waiting on function results, which may hand its turn on (a background round's job marks
 * nothing; and a row older than the markers, or whose process died before marking, would otherwise keep its
 * follower waiting). Its followers end the turn on its terminal event; the driver writes no marker for it.
 */
export const endsTurn = (status: string, background: boolean) => background || status !== "requires_action";

/** The turn_end a terminal event that ends its turn by itself stands for, numbered right after it. */
function turnEnd(e: LoggedEvent, offset: number): TurnEvent {
  const status = e.kind === "completed" ? e.status : "failed";
  const why = e.kind === "error" ? { code: e.code, message: e.message } : {};
  return {
    kind: "turn_end",
    status,
    ...why,
    interactionId: e.interactionId,
    seq: e.seq + 1,
    turnSeq: offset + e.seq + 1,
  };
}
