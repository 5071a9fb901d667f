import type { Redis } from "ioredis";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { jsonOnce } from "../../infra/pubsub.ts";
import { type EventLog, eventsFromDb, persistEvents } from "./log.ts";
import { replayAfter } from "./replay.ts";
import type { LoggedEvent } from "./types.ts";

/** How long a finished run's stream stays in Redis; after that the database answers. */
const FINISHED_TTL_S = 3600;
/** A live run's stream expires too (refreshed as it grows), so one whose process died does not stay forever. */
const LIVE_TTL_S = 24 * 3600;
/** Every this many events the live TTL is pushed back. */
const TTL_EVERY = 100;

const key = (interactionId: string) => `gig:events:${interactionId}`;

/**
 * Redis Streams: every process sees every live event of every run, so a
 * subscriber on any instance can replay and resume. Entry ids are `<seq>-1`:
 * Redis refuses an id that is not larger than the last, so a second writer
 * can never interleave or duplicate events. The database keeps the copy that
 * outlives the stream.
 */
export class RedisEventLog implements EventLog {
  private pending = new Map<string, LoggedEvent[]>();

  constructor(
    private redis: Redis,
    private db: Db,
  ) {}

  /** Runs started here that have logged nothing yet: a follower needs no round trip to learn that. */
  private fresh = new Set<string>();

  begin(interactionId: string): void {
    this.fresh.add(interactionId);
  }

  async append(event: LoggedEvent): Promise<void> {
    this.fresh.delete(event.interactionId);
    // Kept for the database first: the run's record does not depend on Redis being up.
    const list = this.pending.get(event.interactionId);
    if (list) list.push(event);
    else this.pending.set(event.interactionId, [event]);
    const k = key(event.interactionId);
    try {
      await this.redis.xadd(k, `${event.seq}-1`, "e", jsonOnce(event));
      // Sent after the XADD on the same connection, so it applies to the stream; not waited for (a round trip).
      if (event.seq % TTL_EVERY === 1) this.redis.expire(k, LIVE_TTL_S).catch(() => undefined);
    } catch (err) {
      // A refused id is a second writer of the run: that must stop it, as before.
      if (err instanceof Error && err.message.includes("XADD")) throw err;
      // Redis is away: live subscribers elsewhere miss this event, and a replay reads the database (see after).
    }
  }

  async flush(interactionId: string, writes: Prisma.Sql[] = [], last: LoggedEvent[] = []): Promise<boolean> {
    const batch = this.pending.get(interactionId) ?? [];
    if (batch.length) this.pending.set(interactionId, []);
    return persistEvents(this.db, [...batch, ...last], writes);
  }

  async after(interactionId: string, afterSeq: number): Promise<LoggedEvent[]> {
    // A run started here that has logged nothing yet needs no round trip.
    const fresh = this.fresh.has(interactionId);
    const entries = fresh ? [] : await this.redis.xrange(key(interactionId), `(${afterSeq}-1`, "+").catch(() => []);
    const events = entries.map(([, fields]) => JSON.parse(fields[1] as string) as LoggedEvent);
    // The stream has gaps if it expired and was refilled, or if Redis was away for a while.
    return replayAfter(afterSeq, events, fresh, () => eventsFromDb(this.db, interactionId, afterSeq));
  }

  release(interactionId: string): void {
    this.fresh.delete(interactionId);
    this.pending.delete(interactionId);
    this.redis.expire(key(interactionId), FINISHED_TTL_S).catch(() => undefined);
  }

  adopt(interactionId: string, events: LoggedEvent[]): void {
    // Written with skipDuplicates: the ones the previous owner did flush cost nothing.
    this.pending.set(interactionId, [...events, ...(this.pending.get(interactionId) ?? [])]);
  }

  async reset(interactionId: string): Promise<void> {
    this.pending.delete(interactionId);
    // Redis refuses entry ids at or below the stream's last one: a new run's seq 1 needs an empty stream.
    await this.redis.del(key(interactionId));
    await this.db.interactionEvent.deleteMany({ where: { interactionId } });
  }
}
