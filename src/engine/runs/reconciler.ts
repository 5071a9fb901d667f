import type { Logger } from "../../infra/logger.ts";
import { isDatabaseUnavailable } from "../../infra/outage.ts";
import type { RunLeases } from "./leases.ts";
import type { RunOutcome } from "./outcome.ts";
import { isRowGone } from "./row-writes.ts";
import type { Runs } from "./runs.ts";

export interface ReconcileDeps {
  runs: Runs;
  /** Drives the rest of a taken-over run's turn here, once `done` (default: following the run) settles. */
  adopt: (id: string, done?: Promise<RunOutcome>) => Promise<unknown>;
  leases: RunLeases;
  logger: Logger;
  /** Jobs whose queue entry vanished (Redis flushed, failover without persistence) go back in the queue. */
  requeueLost?: () => Promise<number>;
  /** Runs whose quota hold nobody released (their process died, or they outlived every wait) are settled. */
  settleQuota?: () => Promise<number>;
  intervalMs: number;
}

/**
 * The periodic sweep every process runs, at start and then every
 * `intervalMs`: foreground runs whose owner's lease lapsed (the process died,
 * or lost the database) are claimed, one process each, and followed from
 * their last logged event, so their rows and subscribers anywhere finish
 * normally; one that upstream does not keep (store:false, or never got an
 * upstream id) ends FAILED with a reason. With Redis, jobs whose queue entry
 * is gone are enqueued again.
 */
export class Reconciler {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<number> | undefined;

  constructor(private deps: ReconcileDeps) {}

  /**
   * The first sweep, then the periodic ones. `all`: this is the only process
   * on its database (embedded), so every unfinished run is a previous
   * process's, whatever its lease says.
   */
  async start({ all }: { all: boolean }): Promise<number> {
    const taken = await this.sweep({ all });
    this.timer = setInterval(() => void this.sweep(), this.deps.intervalMs);
    this.timer.unref();
    return taken;
  }

  /** One sweep (not two at once); resolves with the number of runs taken over. */
  sweep({ all = false } = {}): Promise<number> {
    this.sweeping ??= this.once(all)
      .catch((err: unknown) => {
        // The database or Redis is away: the next sweep tries again (a database outage is logged once, where noticed).
        if (isDatabaseUnavailable(err)) this.deps.logger.debug("reconcile sweep failed", { err });
        else this.deps.logger.warn("reconcile sweep failed", { err });
        return 0;
      })
      .finally(() => {
        this.sweeping = undefined;
      });
    return this.sweeping;
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async once(all: boolean): Promise<number> {
    const { leases, logger } = this.deps;
    let taken = 0;
    for (const row of await leases.orphans({ all })) {
      // One row's trouble never ends the pass: the others are still taken over.
      try {
        if (await this.takeOver(row, all)) taken++;
      } catch (err) {
        // Gone between the query and the claim (its run dropped a refused row, or it was deleted): nothing to do.
        if (isRowGone(err)) logger.debug("a lapsed run's row is gone", { interactionId: row.id });
        else logger.warn("taking over a lapsed run failed", { interactionId: row.id, err });
      }
    }
    if (taken) logger.info("took over interactions whose process stopped", { count: taken });
    const requeued = await this.deps.requeueLost?.();
    if (requeued) logger.info("re-enqueued jobs missing from the queue", { count: requeued });
    const settled = await this.deps.settleQuota?.();
    if (settled) logger.info("released the quota of runs whose end nobody settled", { count: settled });
    return taken;
  }

  /** Claims one lapsed run and follows it (or ends it, when upstream does not keep it); false when another process won it. */
  private async takeOver(row: { id: string; remoteId: string | null; store: boolean }, all: boolean): Promise<boolean> {
    const { runs, leases } = this.deps;
    if (!(await leases.claim(row.id, { force: all }))) return false;
    if (row.remoteId && row.store) {
      void this.deps.adopt(row.id);
      return true;
    }
    const ended = runs.end(row.id, {
      kind: "fail",
      code: "SERVER_STOPPING",
      message: "The process running this interaction stopped before it finished, and upstream does not keep it",
    });
    // Its turn's followers wait for the turn's end mark: written once the failure is recorded.
    await this.deps.adopt(
      row.id,
      ended.then(() => ({ kind: "ended" }) as const),
    );
    await ended;
    return true;
  }
}
