import type { Redis } from "ioredis";

/** What a run in flight holds of its user's quota: its token estimate, counted on the day and month it was admitted. */
export interface RunHold {
  userId: string;
  estimate: number;
  day: string;
  month: string;
}

/** `added`: a new run took a slot; `held`: the run already had one (a re-attempt), its estimate grew; `full`: refused. */
export type AddResult = "added" | "held" | "full";

/**
 * The runs in flight, a set keyed by run (interaction) id: a run enters at
 * admission and leaves exactly once when it ends, whoever notices the end
 * (the process that ran it, the one that took its lease over, or a sweep).
 * A set cannot go negative or expire under a live run, unlike a counter.
 */
export interface InFlight {
  /** Adds a run unless its user already has `max` (0: no limit); a run already in takes its estimate up by `estimate`. */
  add(runId: string, hold: RunHold, max: number, now: number): Promise<AddResult>;
  /** Takes back what add gave a run already in (its re-admission was refused by another limit). */
  shrink(runId: string, estimate: number): Promise<void>;
  /** Removes a run; answers what it held the one time it was there (undefined after). */
  remove(runId: string): Promise<RunHold | undefined>;
  /** The runs admitted before `before` (ms), oldest first: candidates for the sweep. */
  admittedBefore(before: number, limit: number): Promise<string[]>;
}

/** Embedded mode: one process, so the set lives here; it is rebuilt from the unfinished interactions at start. */
export class MemoryInFlight implements InFlight {
  private holds = new Map<string, RunHold & { since: number }>();
  private byUser = new Map<string, Set<string>>();

  async add(runId: string, hold: RunHold, max: number, now: number): Promise<AddResult> {
    const held = this.holds.get(runId);
    if (held) {
      held.estimate += hold.estimate;
      return "held";
    }
    const mine = this.byUser.get(hold.userId) ?? new Set<string>();
    if (max > 0 && mine.size >= max) return "full";
    mine.add(runId);
    this.byUser.set(hold.userId, mine);
    this.holds.set(runId, { ...hold, since: now });
    return "added";
  }

  async shrink(runId: string, estimate: number): Promise<void> {
    const held = this.holds.get(runId);
    if (held) held.estimate -= estimate;
  }

  async remove(runId: string): Promise<RunHold | undefined> {
    const held = this.holds.get(runId);
    if (!held) return undefined;
    this.holds.delete(runId);
    const mine = this.byUser.get(held.userId);
    mine?.delete(runId);
    if (mine?.size === 0) this.byUser.delete(held.userId);
    const { since: _since, ...hold } = held;
    return hold;
  }

  async admittedBefore(before: number, limit: number): Promise<string[]> {
    return [...this.holds]
      .filter(([, h]) => h.since < before)
      .sort(([, a], [, b]) => a.since - b.since)
      .slice(0, limit)
      .map(([id]) => id);
  }
}

// KEYS: the run's hash, its user's set, the admission-time index. ARGV: run id, user, estimate, day, month, now, max.
const ADD = `
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('HINCRBY', KEYS[1], 'e', ARGV[3])
  return 0
end
local max = tonumber(ARGV[7])
if max > 0 and redis.call('SCARD', KEYS[2]) >= max then return -1 end
redis.call('HSET', KEYS[1], 'u', ARGV[2], 'e', ARGV[3], 'd', ARGV[4], 'm', ARGV[5])
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[6], ARGV[1])
return 1`;

// KEYS: the run's hash, the admission-time index. ARGV: run id, the prefix of users' sets.
const REMOVE = `
local h = redis.call('HMGET', KEYS[1], 'u', 'e', 'd', 'm')
if not h[1] then return nil end
redis.call('DEL', KEYS[1])
redis.call('SREM', ARGV[2] .. h[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return h`;

/**
 * Scale-out: the set in Redis, shared by every process: a hash per run (its
 * user, estimate, day, month), a set per user (its size is the user's runs
 * in flight) and one sorted set by admission time for the sweep. Adding and
 * removing are one script each, so two processes never both take the last
 * slot nor both release one run.
 */
export class RedisInFlight implements InFlight {
  constructor(
    private redis: Redis,
    private prefix: string,
  ) {}

  private run = (id: string) => `${this.prefix}:run:${id}`;
  private user = (id: string) => `${this.prefix}:user:${id}`;
  private get since() {
    return `${this.prefix}:since`;
  }

  async add(runId: string, hold: RunHold, max: number, now: number): Promise<AddResult> {
    const keys = [this.run(runId), this.user(hold.userId), this.since];
    const args = [runId, hold.userId, hold.estimate, hold.day, hold.month, now, max];
    const res = await this.redis.eval(ADD, keys.length, ...keys, ...args);
    return res === 1 ? "added" : res === 0 ? "held" : "full";
  }

  async shrink(runId: string, estimate: number): Promise<void> {
    // Only a run still in: a hash made here by HINCRBY would hold an estimate and no user.
    await this.redis.eval(
      "if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('HINCRBY', KEYS[1], 'e', ARGV[1]) end",
      1,
      this.run(runId),
      -estimate,
    );
  }

  async remove(runId: string): Promise<RunHold | undefined> {
    const res = await this.redis.eval(REMOVE, 2, this.run(runId), this.since, runId, `${this.prefix}:user:`);
    if (!Array.isArray(res)) return undefined;
    const [userId, estimate, day, month] = res.map(String);
    return { userId: userId ?? "", estimate: Number(estimate), day: day ?? "", month: month ?? "" };
  }

  admittedBefore(before: number, limit: number): Promise<string[]> {
    return this.redis.zrangebyscore(this.since, "-inf", `(${before}`, "LIMIT", 0, limit);
  }
}
