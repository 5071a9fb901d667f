import { LRUCache } from "lru-cache";
import type { Db } from "../../infra/db.ts";
import type { Logger } from "../../infra/logger.ts";
import { listen, type PubSub } from "../../infra/pubsub.ts";
import type { Revocation, Topics } from "../events/types.ts";
import { authenticateKey, hashKey } from "./keys.ts";
import type { Viewer } from "./policy.ts";

/** Whether a credential change concerns this viewer's key or user. */
export const revokes = (change: Revocation, viewer: Viewer): boolean =>
  (!!change.keyId && viewer.keyId === change.keyId) || (!!change.userId && viewer.id === change.userId);

/**
 * API-key lookups remembered for a short while, so a request does not pay a
 * database round trip for its credential. A credential change (revoke,
 * disable, enable, role change: published by whichever process made it,
 * through Redis in scale-out) drops the matching entries at once; a change
 * made outside the API (straight in the database) shows within `ttlMs`.
 * Unknown keys are remembered too, so guessing costs no query per attempt.
 */
export class ViewerCache {
  /** Absent when the TTL is 0: every request asks the database. */
  private cache?: LRUCache<string, { viewer: Viewer | null }>;
  /** Bumped by each change: a lookup that started before one is answered but not remembered. */
  private generation = 0;

  constructor(
    private db: Db,
    opts: { ttlMs: number; max: number },
  ) {
    if (opts.ttlMs > 0) this.cache = new LRUCache({ max: opts.max, ttl: opts.ttlMs });
  }

  async authenticate(secret: string): Promise<Viewer | null> {
    const hash = hashKey(secret);
    const hit = this.cache?.get(hash);
    if (hit) return hit.viewer;
    const started = this.generation;
    const viewer = await authenticateKey(this.db, secret);
    if (started === this.generation) this.cache?.set(hash, { viewer });
    return viewer;
  }

  forget(change: Revocation): void {
    this.generation++;
    const cache = this.cache;
    // A refused key names no user, so any change may be the one that lets it in again.
    for (const [hash, { viewer }] of cache?.entries() ?? [])
      if (!viewer || revokes(change, viewer)) cache?.delete(hash);
  }
}

/**
 * Calls `handle` for each credential change published anywhere (through Redis in
 * scale-out) until the returned stop is called. A failing bus is logged: the
 * process keeps serving, and cached entries still expire within their TTL.
 */
export function followRevocations(
  pubsub: PubSub<Topics>,
  logger: Logger,
  handle: (change: Revocation) => void,
): () => void {
  return listen(pubsub, "revoked", handle, (err) => logger.error("revocation listener failed", { err }));
}
