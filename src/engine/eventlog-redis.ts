import type { Redis } from "ioredis";
import type { Db } from "../infra/db.ts";
import { type EventLog, eventsFromDb, persistEvents } from "./eventlog.ts";
import type { LoggedEvent } from "./events.ts";

/** How long a finished run's stream stays in Redis; after that the database answers. */
const FINISHED_TTL_S = 3600;

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

  async append(event: LoggedEvent): Promise<void> {
    await this.redis.xadd(key(event.interactionId), `${event.seq}-1`, "e", JSON.stringify(event));
    const list = this.pending.get(event.interactionId);
    if (list) list.push(event);
    else this.pending.set(event.interactionId, [event]);
  }

  async flush(interactionId: string): Promise<void> {
    const batch = this.pending.get(interactionId);
    if (!batch?.length) return;
    this.pending.set(interactionId, []);
    await persistEvents(this.db, batch);
  }

  async after(interactionId: string, afterSeq: number): Promise<LoggedEvent[]> {
    const entries = await this.redis.xrange(key(interactionId), `(${afterSeq}-1`, "+");
    if (entries.length) {
      const events = entries.map(([, fields]) => JSON.parse(fields[1] as string) as LoggedEvent);
      // The stream can start later than the cursor only if it expired and was refilled; fill the gap from the DB.
      if ((events[0] as LoggedEvent).seq === afterSeq + 1) return events;
    }
    return eventsFromDb(this.db, interactionId, afterSeq);
  }

  release(interactionId: string): void {
    this.pending.delete(interactionId);
    void this.redis.expire(key(interactionId), FINISHED_TTL_S);
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
