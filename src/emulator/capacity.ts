import { HttpError } from "./http.ts";
import { SERVICE_TIERS, type ServiceTier } from "./wire.ts";

/** Who is served first when runs wait for capacity: priority, then standard, then the cheap tiers. */
const RANK: Record<ServiceTier, number> = { priority: 0, standard: 1, flex: 2, deferred: 2 };

/** A request's tier, by upstream's default (`standard` when omitted or unknown). */
export const tierOf = (v: unknown): ServiceTier => SERVICE_TIERS.find((t) => t === v) ?? "standard";

/** The knobs `/_emulator/config` sets: how many runs upstream serves at once, and how long it asks flex to wait. */
export interface Load {
  /** Runs served at once; the rest wait `queued`. null: no limit (the default). 0 holds every run. */
  capacity: number | null;
  /** The `retry-after` (seconds) of a foreground flex/deferred request refused while capacity is used up. */
  retryAfterSeconds: number;
}

interface Waiter {
  id: string;
  rank: number;
  seq: number;
  admit: () => void;
}

/**
 * Upstream's capacity as the service tiers see it (upstream-additions: a
 * flex/deferred run may sit `queued`; priority answers first under load).
 * Deterministic: "under load" means every slot of `capacity` is taken or
 * someone already waits, never a random draw, so a test switches it on.
 */
export class Capacity {
  readonly load: Load = { capacity: null, retryAfterSeconds: 1 };
  private readonly running = new Set<string>();
  private waiting: Waiter[] = [];
  private seq = 0;

  /** Whether a new run would have to wait now. */
  busy(): boolean {
    const { capacity } = this.load;
    return capacity !== null && (this.running.size >= capacity || this.waiting.length > 0);
  }

  /**
   * Upstream sheds a foreground flex (or deferred) request under load instead
   * of holding the connection: 429 with `retry-after`. Others queue.
   */
  refuse(tier: ServiceTier, background: boolean): HttpError | undefined {
    if (background || (tier !== "flex" && tier !== "deferred") || !this.busy()) return undefined;
    const after = this.load.retryAfterSeconds;
    return new HttpError(
      429,
      `The ${tier} tier is out of capacity right now; retry after ${after} s or use the standard tier.`,
      "RESOURCE_EXHAUSTED",
      { "retry-after": String(after) },
    );
  }

  /** Resolves once run `id` holds a slot (at once when one is free and nobody waits); an abort gives up its place. */
  acquire(id: string, tier: ServiceTier, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const waiter: Waiter = { id, rank: RANK[tier], seq: ++this.seq, admit: resolve };
      this.waiting.push(waiter);
      signal.addEventListener(
        "abort",
        () => {
          this.waiting = this.waiting.filter((w) => w !== waiter);
          resolve();
        },
        { once: true },
      );
      this.pump();
    });
  }

  /** Frees the slot of a run that ended (or never got one). */
  release(id: string): void {
    if (this.running.delete(id)) this.pump();
  }

  /** Changes the limit; waiting runs take the slots it frees, best tier first. */
  set(load: Partial<Load>): void {
    Object.assign(this.load, load);
    this.pump();
  }

  private pump(): void {
    const { capacity } = this.load;
    while (this.waiting.length && (capacity === null || this.running.size < capacity)) {
      const next = this.waiting.reduce((a, b) => (b.rank < a.rank || (b.rank === a.rank && b.seq < a.seq) ? b : a));
      this.waiting = this.waiting.filter((w) => w !== next);
      this.running.add(next.id);
      next.admit();
    }
  }
}
