/**
 * The one retry policy: exponential backoff, `firstMs` doubling per attempt up to `maxMs`. Each
 * retrying piece of the server names its own parameters here, so they are read in one place.
 */
export interface Backoff {
  /** The delay before the first retry (ms). */
  firstMs: number;
  /** The longest delay (ms). */
  maxMs: number;
}

/** The delay before retry number `retry` (1 for the first). */
export const backoffDelay = (retry: number, p: Backoff): number =>
  Math.min(p.firstMs * 2 ** Math.max(0, retry - 1), p.maxMs);

/** A background job after a transient upstream failure (JobOptions.backoffMs / maxBackoffMs override it). */
export const JOB_RETRY: Backoff = { firstMs: 1_000, maxMs: 60_000 };

/** An upstream create refused before upstream took it (unless upstream sent Retry-After). */
export const CREATE_RETRY: Backoff = { firstMs: 500, maxMs: 8_000 };

/** A poll of a background run after consecutive failed GETs: from its interval up to 8 times it. */
export const pollRetry = (intervalMs: number): Backoff => ({ firstMs: 2 * intervalMs, maxMs: 8 * intervalMs });

/** A job attempt that crashed itself (e.g. the database went away): a fixed delay; attempts stay bounded. */
export const CRASH_RETRY_MS = 5_000;
