import type { Db } from "../infra/db.ts";
import { readEvent } from "./columns.ts";
import type { LoggedEvent } from "./events.ts";

/** Where a run's events live so that a subscriber can replay them after a cursor. */
export interface EventLog {
  append(event: LoggedEvent): Promise<void>;
  /** Makes every appended event durable (called at step ends and at the end of a run). */
  flush(interactionId: string): Promise<void>;
  /** Events with `seq > afterSeq`, in order. */
  after(interactionId: string, afterSeq: number): Promise<LoggedEvent[]>;
  /** The run is over and flushed: forget the in-memory copy. */
  release(interactionId: string): void;
  /** A run taken over from another process: its logged events join the next flush, in case it died before making them durable. */
  adopt?(interactionId: string, events: LoggedEvent[]): void;
  /** Forgets every event of an interaction (a failed job run again from scratch). */
  reset(interactionId: string): Promise<void>;
}

interface Live {
  events: LoggedEvent[];
  flushed: number;
}

/**
 * In-memory for the live runs of this process, the database for everything
 * else. Events reach the DB in batches (one INSERT per step), not one row per
 * delta: a stream of hundreds of small deltas would otherwise cost a Prisma
 * round trip each.
 */
/** The durable copy of a batch of events (duplicates, from a second writer after a takeover, are skipped). */
/**
 * The durable copy of a batch of events, in one statement whose only
 * parameter is the batch as JSON: Prisma's createMany built a parameter per
 * column per row and cost ~14 ms for a step of 100 deltas on PGlite. A
 * duplicate (a second writer after a takeover) is skipped.
 */
export async function persistEvents(db: Db, batch: LoggedEvent[]): Promise<void> {
  if (!batch.length) return;
  const rows = batch.map(({ interactionId, seq, ...event }) => ({ i: interactionId, s: seq, p: event }));
  await db.$executeRaw`
    INSERT INTO "InteractionEvent" ("interactionId", "seq", "type", "payload")
    SELECT r->>'i', (r->>'s')::int, r->'p'->>'kind', r->'p'
    FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS r
    ON CONFLICT DO NOTHING`;
}

export async function eventsFromDb(db: Db, interactionId: string, afterSeq: number): Promise<LoggedEvent[]> {
  const rows = await db.interactionEvent.findMany({
    where: { interactionId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
  });
  return rows.map((r) => ({ ...readEvent(r.payload), interactionId, seq: r.seq }));
}

export class DbEventLog implements EventLog {
  private live = new Map<string, Live>();
  constructor(private db: Db) {}

  async append(event: LoggedEvent): Promise<void> {
    const l = this.live.get(event.interactionId);
    if (l) l.events.push(event);
    else this.live.set(event.interactionId, { events: [event], flushed: 0 });
  }

  async flush(interactionId: string): Promise<void> {
    const l = this.live.get(interactionId);
    if (!l || l.flushed === l.events.length) return;
    const batch = l.events.slice(l.flushed);
    l.flushed = l.events.length;
    await persistEvents(this.db, batch);
  }

  async after(interactionId: string, afterSeq: number): Promise<LoggedEvent[]> {
    const l = this.live.get(interactionId);
    // A live run keeps every event since its start in memory only when it started in this process.
    if (l && l.events[0]?.seq === 1) return l.events.filter((e) => e.seq > afterSeq);
    const fromDb = await eventsFromDb(this.db, interactionId, afterSeq);
    const lastDb = fromDb.at(-1)?.seq ?? afterSeq;
    return l ? [...fromDb, ...l.events.filter((e) => e.seq > lastDb)] : fromDb;
  }

  release(interactionId: string): void {
    this.live.delete(interactionId);
  }

  async reset(interactionId: string): Promise<void> {
    this.live.delete(interactionId);
    await this.db.interactionEvent.deleteMany({ where: { interactionId } });
  }
}
