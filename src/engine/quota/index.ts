import type { Redis } from "ioredis";
import {
  type IRateLimiterStoreOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { AppError, QuotaExceededError } from "../../infra/errors.ts";
import type { LimitName, QuotaLimits } from "./limits.ts";

export * from "./limits.ts";

/**
 * Per-user quotas, checked before anything goes upstream: requests per
 * minute, tokens per UTC day and month, concurrent runs. Counters live in
 * memory (embedded mode, one process) or in Redis (scale-out, shared and
 * atomic across processes: rate-limiter-flexible's Redis store increments
 * and reads a counter in one round trip). Tokens are reserved with an
 * estimate before a run and settled from the real usage after it.
 */
export interface QuotaOptions {
  redis?: Redis;
  /** Namespace for the Redis keys (tests on a shared Redis use their own). */
  keyPrefix?: string;
  /** How long a concurrent-run slot is held at most if its process dies without releasing it (s). */
  runLeaseSeconds?: number;
}

/** A run's hold on the user's quota; settle once with the tokens it really used. */
export interface Reservation {
  readonly userId: string;
  readonly estimate: number;
  settle(actualTokens: number): Promise<void>;
}

const DAY_S = 86_400;

const utcDay = (d: Date) => d.toISOString().slice(0, 10);
const MAX_TIMER_S = Math.floor((2 ** 31 - 1) / 1000);
const utcMonth = (d: Date) => d.toISOString().slice(0, 7);
function secondsUntilNextDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}
function secondsUntilNextMonth(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

export class Quotas {
  private limiters = new Map<string, RateLimiterAbstract>();

  constructor(private opts: QuotaOptions = {}) {}

  /**
   * One limiter per counter kind. `points` is what the store compares against;
   * the per-user limit is checked here against the consumed total instead, so
   * one limiter serves every user whatever their override.
   */
  private limiter(kind: string, duration: number): RateLimiterAbstract {
    const existing = this.limiters.get(kind);
    if (existing) return existing;
    const base = {
      keyPrefix: `${this.opts.keyPrefix ?? "gig:quota"}:${kind}`,
      points: Number.MAX_SAFE_INTEGER,
      duration,
    };
    const made = this.opts.redis
      ? new RateLimiterRedis({
          ...base,
          storeClient: this.opts.redis,
          useRedisPackage: false,
        } as IRateLimiterStoreOptions)
      : // Node's timers stop at ~24.8 days (a longer one fires at once, dropping the counter): the memory store
        // keeps longer counters without expiry; their keys name the month, so a new month starts afresh anyway.
        new RateLimiterMemory({ ...base, duration: duration > MAX_TIMER_S ? 0 : duration });
    this.limiters.set(kind, made);
    return made;
  }

  /**
   * Adds `points` to a counter and answers the new total; when the total is
   * over `max` the points are taken back and the request is refused. Two
   * requests racing for the last unit: the counter's atomic increment lets
   * exactly one of them under the limit.
   */
  private async take(
    kind: string,
    duration: number,
    key: string,
    points: number,
    max: number,
    name: LimitName,
    retryAfter: (res: RateLimiterRes) => number,
  ): Promise<void> {
    if (points <= 0) return;
    const limiter = this.limiter(kind, duration);
    // Counted even without a limit (0), so a limit an admin sets later sees today's real use.
    const res = await limiter.penalty(key, points);
    if (max <= 0 || res.consumedPoints <= max) return;
    await limiter.reward(key, points);
    throw new QuotaExceededError(name, retryAfter(res), messages[name](max));
  }

  private async give(kind: string, duration: number, key: string, points: number) {
    if (points > 0) await this.limiter(kind, duration).reward(key, points);
    else if (points < 0) await this.limiter(kind, duration).penalty(key, -points);
  }

  /**
   * Checks every limit and reserves: one request, one run slot, and
   * `estimate` tokens for today and this month. Refuses with
   * QUOTA_EXCEEDED (the limit's name, retryAfter in seconds), giving back
   * whatever this call had already taken.
   */
  async reserve(userId: string, limits: QuotaLimits, estimate: number, now = new Date()): Promise<Reservation> {
    const { redis } = this.opts;
    // Redis away: refused at once, typed and retryable, rather than after ioredis gives up on each command.
    if (redis && redis.status !== "ready") throw unavailable();
    try {
      return await this.reserveNow(userId, limits, estimate, now);
    } catch (err) {
      if (redis && !(err instanceof AppError)) throw unavailable();
      throw err;
    }
  }

  private async reserveNow(userId: string, limits: QuotaLimits, estimate: number, now: Date): Promise<Reservation> {
    const lease = this.opts.runLeaseSeconds ?? 3_600;
    const dayKey = `${userId}:${utcDay(now)}`;
    const monthKey = `${userId}:${utcMonth(now)}`;
    const fromRes = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    // A refused request still counts against requests per minute: retrying in a loop does not help.
    await this.take("rpm", 60, userId, 1, limits.requestsPerMinute, "requestsPerMinute", fromRes);
    const held: (() => Promise<void>)[] = [];
    try {
      await this.take("runs", lease, userId, 1, limits.concurrentRuns, "concurrentRuns", () => 1);
      held.push(() => this.give("runs", lease, userId, 1));
      await this.take("day", 2 * DAY_S, dayKey, estimate, limits.tokensPerDay, "tokensPerDay", () =>
        secondsUntilNextDay(now),
      );
      held.push(() => this.give("day", 2 * DAY_S, dayKey, estimate));
      await this.take("month", 32 * DAY_S, monthKey, estimate, limits.tokensPerMonth, "tokensPerMonth", () =>
        secondsUntilNextMonth(now),
      );
      held.push(() => this.give("month", 32 * DAY_S, monthKey, estimate));
    } catch (err) {
      await Promise.all(held.map((undo) => undo()));
      throw err;
    }
    let settled = false;
    return {
      userId,
      estimate,
      settle: async (actual: number) => {
        if (settled) return;
        settled = true;
        const extra = Math.max(0, Math.round(actual)) - estimate;
        // The real usage replaces the estimate: give back what was over-reserved, or add what went beyond it.
        await Promise.all([
          this.give("runs", lease, userId, 1),
          this.give("day", 2 * DAY_S, dayKey, -extra),
          this.give("month", 32 * DAY_S, monthKey, -extra),
        ]);
      },
    };
  }
}

const unavailable = () =>
  new AppError("SERVICE_UNAVAILABLE", "The quota store (Redis) is unreachable; try again shortly", { retryAfter: 5 });

const messages: Record<LimitName, (max: number) => string> = {
  requestsPerMinute: (max) => `You have made ${max} requests this minute, the most your quota allows`,
  tokensPerDay: (max) => `This request would take you over your ${max} tokens for today (UTC)`,
  tokensPerMonth: (max) => `This request would take you over your ${max} tokens for this month (UTC)`,
  concurrentRuns: (max) => `You already have ${max} runs in progress, the most your quota allows`,
};

export { RateLimiterRes };
