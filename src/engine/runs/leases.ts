import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "../../infra/db.ts";

/** The one test for "its owner is gone": no lease, or one that ran out (a Prisma filter on an interaction). */
export const lapsedLease = () => ({ OR: [{ leaseUntil: null }, { leaseUntil: { lt: new Date() } }] });

/**
 * Run ownership in the database: the process following an interaction holds
 * a lease on its row (`leaseOwner`, `leaseUntil`) and renews it while the run
 * lives. A lease that lapsed means its owner is gone (killed, wedged, cut off
 * from the database): any process may then claim the row, atomically, and
 * take the run over from its last logged event.
 */
export class RunLeases {
  /** This process, as it signs its leases: host, pid and a random tag (pids repeat across restarts). */
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

  constructor(
    private db: Db,
    readonly leaseMs: number,
  ) {}

  private until = () => new Date(Date.now() + this.leaseMs);

  /** The lease columns of a row this process creates and runs at once. */
  fresh(): { leaseOwner: string; leaseUntil: Date } {
    return { leaseOwner: this.owner, leaseUntil: this.until() };
  }

  /** Takes the lease whoever held it (a run handed over, a job's attempt): the caller already won the run. */
  async hold(id: string): Promise<void> {
    await this.db.interaction.updateMany({ where: { id }, data: this.fresh() });
  }

  /**
   * Claims an unfinished run whose lease lapsed (or, with `force`, any unfinished
   * run: its owner did not answer a cancel). Exactly one claimer wins.
   */
  async claim(id: string, { force = false } = {}): Promise<boolean> {
    const { count } = await this.db.interaction.updateMany({
      where: { id, completedAt: null, ...(force ? {} : lapsedLease()) },
      data: this.fresh(),
    });
    return count === 1;
  }

  /** Renews this process's leases on `ids` in one statement; returns the ids it no longer holds. */
  async renew(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const { count } = await this.db.interaction.updateMany({
      where: { id: { in: ids }, leaseOwner: this.owner },
      data: { leaseUntil: this.until() },
    });
    if (count === ids.length) return [];
    const held = await this.db.interaction.findMany({
      where: { id: { in: ids }, leaseOwner: this.owner },
      select: { id: true },
    });
    const kept = new Set(held.map((r) => r.id));
    return ids.filter((id) => !kept.has(id));
  }

  /** Lets a run go at once (it crashed here): the next sweep, here or elsewhere, takes it up. */
  async lapse(id: string): Promise<void> {
    await this.db.interaction.updateMany({ where: { id, leaseOwner: this.owner }, data: { leaseUntil: new Date() } });
  }

  /**
   * Unfinished foreground runs whose owner's lease lapsed (all of them with
   * `all`: at the start of the only process on an embedded database). A job's
   * run is its job's: the queue takes those over.
   */
  async orphans({ all = false } = {}): Promise<{ id: string; remoteId: string | null; store: boolean }[]> {
    const notMine = { OR: [{ leaseOwner: null }, { leaseOwner: { not: this.owner } }] };
    const lapsed = all ? notMine : lapsedLease();
    return this.db.interaction.findMany({
      where: { completedAt: null, job: null, ...lapsed },
      select: { id: true, remoteId: true, store: true },
      orderBy: { createdAt: "asc" },
    });
  }
}
