import { listen, type PubSub } from "../../infra/pubsub.ts";
import type { Topics } from "../events/types.ts";

/** How long a push is remembered for a wait that starts after it (ms): the GET before a wait can race it. */
const REMEMBER_MS = 10 * 60_000;
const REMEMBER_MAX = 10_000;

/**
 * Runs whose end upstream pushes (a webhook) instead of this server holding
 * a stream: a run waits here, between two GETs, for the push or for its
 * fallback interval. A push can reach any process (scale-out), so it goes
 * over the bus and wakes the wait wherever it is; one that comes before the
 * wait started is remembered, so the run still GETs at once.
 */
export class PushedEnds {
  private waits = new Map<string, Set<() => void>>();
  private recent = new Map<string, number>();
  private stopListening: () => void;

  constructor(private pubsub: PubSub<Topics>) {
    this.stopListening = listen(pubsub, "pushed", (remoteId) => this.wake(remoteId));
  }

  /** Upstream said this interaction ended: every process's wait for it ends now. */
  pushed(remoteId: string): void {
    this.pubsub.publish("pushed", remoteId);
  }

  /** Resolves after `ms`, on a push for `remoteId` (also one heard shortly before), or on abort. */
  wait(remoteId: string, ms: number, signal: AbortSignal): Promise<void> {
    if (this.recent.delete(remoteId) || signal.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const set = this.waits.get(remoteId) ?? new Set();
      this.waits.set(remoteId, set);
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener("abort", done);
        set.delete(done);
        if (!set.size) this.waits.delete(remoteId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener("abort", done, { once: true });
      set.add(done);
    });
  }

  close(): void {
    this.stopListening();
  }

  private wake(remoteId: string): void {
    const set = this.waits.get(remoteId);
    if (set) {
      for (const done of [...set]) done();
      return;
    }
    const now = Date.now();
    this.recent.set(remoteId, now);
    // Bounded: the oldest go first (a Map iterates in insertion order).
    for (const [id, at] of this.recent) {
      if (this.recent.size <= REMEMBER_MAX && at > now - REMEMBER_MS) break;
      this.recent.delete(id);
    }
  }
}
