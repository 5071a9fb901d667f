import type { Redis } from "ioredis";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { QuotaExceededError } from "../../infra/errors.ts";

/** Checks one upload against the user's rate; throws QUOTA_EXCEEDED (limit `uploadsPerMinute`, retryAfter). */
export type UploadGate = (userId: string) => Promise<void>;

/**
 * Uploads per user per minute, counted where the turn quotas count (Redis
 * when there is one, so every process shares the count; else this process).
 */
export function uploadGate(perMinute: number, opts: { redis?: Redis; keyPrefix: string }): UploadGate {
  if (perMinute <= 0) return async () => {};
  const base = { keyPrefix: `${opts.keyPrefix}:uploads`, points: perMinute, duration: 60 };
  const limiter: RateLimiterAbstract = opts.redis
    ? new RateLimiterRedis({ ...base, storeClient: opts.redis, useRedisPackage: false })
    : new RateLimiterMemory(base);
  return async (userId) => {
    try {
      await limiter.consume(userId);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const retryAfter = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      throw new QuotaExceededError(
        "uploadsPerMinute",
        retryAfter,
        `At most ${perMinute} uploads a minute (UPLOAD_RATE_PER_MINUTE); retry in ${retryAfter} s`,
      );
    }
  };
}
