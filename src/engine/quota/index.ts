import type { Redis } from "ioredis";
import {
  type IRateLimiterStoreOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { AppError, QuotaExceededError } from "../../infra/errors.ts";
import { type InFlight, MemoryInFlight, RedisInFlight, type RunHold } from "./in-flight.ts";
import type { LimitName, QuotaLimits } from "./limits.ts";

export * from "./limits.ts";

/**
 * Per-user quotas, checked before anything goes upstream: requests per
 * minute, tokens per UTC day and month, concurrent runs. Counters live in
 * memory (embedded mode, one process, seeded from the stored usage at start)
 * or in Redis (scale-out, shared and atomic across processes:
 * rate-limiter-flexible's Redis store increments and reads a counter in one
 * round trip). Concurrent runs are the set of runs in flight (in-flight.ts).
 * Tokens are reserved with an estimate before a run and settled from the
 * real usage when the run leaves the set.
 */
export interface QuotaOptions {
  redis?: Redis;
  /** Namespace for the Redis keys (tests on a shared Redis use their own). */
  keyPrefix?: string;
}

/** A run's hold on the user's quota; settle once with the tokens it really used (the first settle wins). */
export interface Reservation {
  readonly userId: string;
  readonly runId: string;
  readonly estimate: number;
  settle(actualTokens: number): Promise<void>;
}

/** Tokens used by a user, counted into today's and this month's counters at start (embedded mode). */
export interface StoredUsage {
  userId: string;
  today: number;
  month: number;
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
  private inFlight: InFlight;

  constructor(private opts: QuotaOptions = {}) {
    this.inFlight = opts.redis
      ? // Hash-tagged: the scripts touch a run's, its user's and the index's keys at once, one slot on a Redis Cluster.
        new RedisInFlight(opts.redis, `{${opts.keyPrefix ?? "gig:quota"}:inflight}`)
      : new MemoryInFlight();
  }

  /** Whether the counters are shared by every process (Redis) rather than this process's. */
  get shared(): boolean {
    return !!this.opts.redis;
  }

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
   * Checks every limit and reserves: one request, the run's place in the
   * in-flight set, and `estimate` tokens for today and this month. A run
   * already in the set (a re-attempt of it) keeps its place and adds its new
   * estimate. Refuses with QUOTA_EXCEEDED (the limit's name, retryAfter in
   * seconds), giving back whatever this call had already taken.
   */
  async reserve(
    userId: string,
    limits: QuotaLimits,
    estimate: number,
    { runId, now = new Date() }: { runId: string; now?: Date },
  ): Promise<Reservation> {
    return this.guarded(() => this.reserveNow(userId, runId, limits, estimate, now));
  }

  /** Redis away: refused at once, typed and retryable, rather than after ioredis gives up on each command. */
  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    const { redis } = this.opts;
    if (redis && redis.status !== "ready") throw unavailable();
    try {
      return await work();
    } catch (err) {
      if (redis && !(err instanceof AppError)) throw unavailable();
      throw err;
    }
  }

  private async reserveNow(
    userId: string,
    runId: string,
    limits: QuotaLimits,
    estimate: number,
    now: Date,
  ): Promise<Reservation> {
    const hold: RunHold = { userId, estimate, day: utcDay(now), month: utcMonth(now) };
    const fromRes = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    // A refused request still counts against requests per minute: retrying in a loop does not help.
    await this.take("rpm", 60, userId, 1, limits.requestsPerMinute, "requestsPerMinute", fromRes);
    const added = await this.inFlight.add(runId, hold, limits.concurrentRuns, now.getTime());
    if (added === "full")
      throw new QuotaExceededError("concurrentRuns", 1, messages.concurrentRuns(limits.concurrentRuns));
    const held: (() => Promise<unknown>)[] = [
      added === "added" ? () => this.inFlight.remove(runId) : () => this.inFlight.shrink(runId, estimate),
    ];
    try {
      await this.take("day", 2 * DAY_S, `${userId}:${hold.day}`, estimate, limits.tokensPerDay, "tokensPerDay", () =>
        secondsUntilNextDay(now),
      );
      held.push(() => this.give("day", 2 * DAY_S, `${userId}:${hold.day}`, estimate));
      const monthKey = `${userId}:${hold.month}`;
      await this.take("month", 32 * DAY_S, monthKey, estimate, limits.tokensPerMonth, "tokensPerMonth", () =>
        secondsUntilNextMonth(now),
      );
    } catch (err) {
      await Promise.all(held.map((undo) => undo()));
      throw err;
    }
    return { userId, runId, estimate, settle: (actual) => this.release(runId, actual).then(() => undefined) };
  }

  /**
   * A run has ended: it leaves the in-flight set, and its real usage
   * replaces its estimate (what was over-reserved is given back, what went
   * beyond is added). Only the first release of a run counts, whoever makes
   * it; without `actualTokens` (its usage is unknown) the estimate stays.
   * Answers whether this call released it.
   */
  async release(runId: string, actualTokens?: number): Promise<boolean> {
    const hold = await this.guarded(() => this.inFlight.remove(runId));
    if (!hold) return false;
    const extra = actualTokens === undefined ? 0 : Math.max(0, Math.round(actualTokens)) - hold.estimate;
    await this.guarded(() =>
      Promise.all([
        this.give("day", 2 * DAY_S, `${hold.userId}:${hold.day}`, -extra),
        this.give("month", 32 * DAY_S, `${hold.userId}:${hold.month}`, -extra),
      ]),
    );
    return true;
  }

  /** Runs admitted before `before` that are still in flight: the sweep checks whether they ended. */
  admittedBefore(before: Date, limit = 500): Promise<string[]> {
    return this.guarded(() => this.inFlight.admittedBefore(before.getTime(), limit));
  }

  /**
   * Embedded mode, at start: the day's and month's usage stored by the
   * previous processes, each user's requests of the last minute (counted in
   * a window that ends a minute after the first of them), and their runs
   * still unfinished (back in flight: taken over or resumed here; their
   * usage is added when they end).
   */
  async seed({ usage, recent, unfinished, now = new Date() }: Seed) {
    if (this.shared) return;
    for (const u of usage) {
      await this.give("day", 2 * DAY_S, `${u.userId}:${utcDay(now)}`, -u.today);
      await this.give("month", 32 * DAY_S, `${u.userId}:${utcMonth(now)}`, -u.month);
    }
    for (const r of recent) {
      const left = Math.ceil((r.since.getTime() + 60_000 - now.getTime()) / 1000);
      if (r.requests > 0 && left > 0) await this.limiter("rpm", 60).set(r.userId, r.requests, left);
    }
    for (const r of unfinished) {
      const hold = { userId: r.userId, estimate: 0, day: utcDay(r.at), month: utcMonth(r.at) };
      // Checked by the sweep at once: admitted by a process that is gone.
      await this.inFlight.add(r.runId, hold, 0, 0);
    }
  }
}

/** What a restart restores (see Quotas.seed). */
export interface Seed {
  usage: StoredUsage[];
  /** Requests each user made in the last minute: `since` is the first of them. */
  recent: { userId: string; requests: number; since: Date }[];
  unfinished: { runId: string; userId: string; at: Date }[];
  now?: Date;
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
