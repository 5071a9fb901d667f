import type { Db } from "../../infra/db.ts";
import { NotFoundError } from "../../infra/errors.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import type { Runs } from "../runs/runs.ts";
import type { Turns } from "../turns/index.ts";
import { follow, MAX_BEHIND } from "./follow.ts";
import type { EventLog } from "./log.ts";
import { SharedReads } from "./shared-reads.ts";
import { followTurn, type Round } from "./turn.ts";
import { isTerminal, type LoggedEvent, type Topics, type TurnEvent } from "./types.ts";

/**
 * What subscribers read: one interaction's events, or a whole turn's, after a
 * cursor and then live, over either event log. The caller has checked that
 * the viewer may read the interaction; the rounds of a turn are its owner's.
 */
export class EventStreams {
  /** A round's mode, read once for every follower of this process. */
  private rounds = new SharedReads();

  constructor(
    private deps: {
      db: Db;
      log: EventLog;
      pubsub: PubSub<Topics>;
      runs: Runs;
      turns: Turns;
    },
  ) {}

  /** One interaction's events after `afterSeq`, then live; ends after its terminal event. */
  interaction(id: string, afterSeq: number, limit = MAX_BEHIND): AsyncGenerator<LoggedEvent, unknown> {
    return follow(this.deps, id, afterSeq, isTerminal, { limit });
  }

  /**
   * Every event of the turn whose first round is `first` after a turn cursor,
   * through every round of server-side function calls, to one turn_end.
   */
  turn(first: Round, afterSeq: number): AsyncGenerator<TurnEvent> {
    const { log, pubsub, turns } = this.deps;
    const background = (id: string) => this.background(id);
    return followTurn({ log, pubsub, nextRound: (id) => turns.nextRound(id), background }, first, afterSeq);
  }

  /** A round's mode, once its row is written. */
  private async background(id: string): Promise<boolean> {
    const { db, runs } = this.deps;
    const read = async () => {
      const select = { id: true, background: true } as const;
      const [row] = await runs.readWritten([id], (ids) =>
        db.interaction.findMany({ where: { id: { in: ids } }, select }),
      );
      if (!row) throw new NotFoundError("Interaction", id);
      return row.background;
    };
    return this.rounds.once(`round:${id}`, read);
  }
}
