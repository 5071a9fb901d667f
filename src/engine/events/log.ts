import { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { readDeltas, readEvent, type StoredDeltas } from "../store/columns.ts";
import { replayAfter } from "./replay.ts";
import type { LoggedEvent, RunEvent } from "./types.ts";

type Delta = Extract<RunEvent, { kind: "step_delta" }>;

/** Where a run's events live so that a subscriber can replay them after a cursor. */
export interface EventLog {
  /** Undefined when the event is logged already (in memory), else a promise of that (a pipelined round trip). */
  append(event: LoggedEvent): Promise<void> | undefined;
  /** Makes every appended event durable (at step ends and at the end of a run), with the run's row `writes` in the same statement; false when the last write matched no row (its events are dropped). `last`: events written with them that are not appended yet (a run's end: appended once durable). */
  flush(interactionId: string, writes?: Prisma.Sql[], last?: LoggedEvent[]): Promise<boolean>;
  /** A run this process starts: its log is in memory from its first event (a follower reads nothing yet). */
  begin(interactionId: string): void;
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
  /** Started here: every event since the first is in memory. */
  started?: boolean;
}

/** The stored type of a row that holds a run of deltas. */
const DELTAS = "step_deltas";

interface Row {
  i: string;
  /** The seq of the row's (last) event: a replay after a cursor finds every row holding a later event. */
  s: number;
  p: Record<string, unknown>;
}

/** A text delta that is nothing but its text is stored as that string (most of a reply's deltas). */
const packDelta = (d: Delta["delta"]): unknown =>
  d.type === "text" && typeof d.text === "string" && Object.keys(d).length === 2 ? d.text : d;

/**
 * Consecutive deltas of one step are stored as one row, `{ kind, index, events: [{ seq, delta }], eid }`:
 * each delta with its seq (a plain text delta as its string), and the upstream event id of the last
 * (what a run taken over resumes after). A reply of 500 deltas is a few rows of little more than its
 * text: the embedded database's cost grows with the JSON it parses.
 */
function rowsOf(batch: LoggedEvent[]): Row[] {
  const rows: Row[] = [];
  let run: { deltas: unknown[]; row: Row; eid: string | undefined } | undefined;
  for (const event of batch) {
    const { interactionId: i, seq } = event;
    if (event.kind !== "step_delta") {
      if (run) run = close(run);
      const { interactionId: _, seq: __, ...p } = event;
      rows.push({ i, s: seq, p });
    } else if (run && run.row.i === i && run.row.s === seq - 1 && run.row.p.index === event.index) {
      run.deltas.push({ seq, delta: packDelta(event.delta) });
      run.row.s = seq;
      run.eid = event.eid;
    } else {
      if (run) close(run);
      const deltas = [{ seq, delta: packDelta(event.delta) }];
      const row = { i, s: seq, p: { kind: DELTAS, index: event.index, events: deltas } };
      rows.push(row);
      run = { deltas, row, eid: event.eid };
    }
  }
  if (run) close(run);
  return rows;
}

/** A run of deltas is complete: its row takes the upstream id of its last delta. */
function close(run: { row: Row; eid: string | undefined }): undefined {
  if (run.eid) run.row.p.eid = run.eid;
  return undefined;
}

/**
 * The durable copy of a batch of events, in one statement whose only
 * parameter is the batch as JSON (Prisma's createMany built a parameter per
 * column per row and cost ~14 ms for a step of 100 deltas on PGlite), with
 * the run's row writes (`writes`, see row-writes.ts) as clauses of the same
 * statement: a step's end costs one round trip. Foreign keys are checked at
 * the end of the statement, so the row may be inserted by the same one. A
 * duplicate row (a second writer after a takeover) is skipped, and a replay
 * drops any event stored twice.
 */
export async function persistEvents(db: Db, batch: LoggedEvent[], writes: Prisma.Sql[] = []): Promise<boolean> {
  if (!batch.length && !writes.length) return true;
  const rows = rowsOf(batch);
  const clauses = writes.map((w, i) => Prisma.sql`${Prisma.raw(`w${i}`)} AS (${w} RETURNING 1)`);
  // The events of a row write that matched nothing (a run ended elsewhere, a deleted row) are not kept; without
  // a row write, those of a row that is gone.
  const id = batch[0]?.interactionId;
  const last = writes.length
    ? Prisma.raw(`w${writes.length - 1}`)
    : Prisma.sql`(SELECT 1 FROM "Interaction" WHERE "id" = ${id})`;
  // Each row's payload is a parameter of its own: the database parses every JSON once, straight into the column.
  const values = rows.map((r) => Prisma.sql`(${r.i}, ${r.s}::int, ${String(r.p.kind)}, ${JSON.stringify(r.p)}::jsonb)`);
  if (values.length)
    clauses.push(Prisma.sql`e AS (
      INSERT INTO "InteractionEvent" ("interactionId", "seq", "type", "payload")
      SELECT v.i, v.s, v.t, v.p FROM (VALUES ${Prisma.join(values)}) AS v(i, s, t, p)
      WHERE EXISTS (SELECT 1 FROM ${last} AS l)
      ON CONFLICT DO NOTHING)`);
  const [result] = await db.$queryRaw<{ written: boolean }[]>`
    ${clauses.length ? Prisma.sql`WITH ${Prisma.join(clauses, ", ")}` : Prisma.empty}
    SELECT EXISTS (SELECT 1 FROM ${last} AS l) AS written`;
  return result?.written ?? false;
}

/** The deltas of a stored run of them (see rowsOf; rows written before that format carry each event whole). */
function unpackDeltas(row: StoredDeltas, lastSeq: number): (Delta & { seq: number; eid?: string })[] {
  return row.events.map(({ seq, index, delta, eid }) => ({
    kind: "step_delta" as const,
    index: index ?? row.index ?? 0,
    seq,
    delta: typeof delta === "string" ? { type: "text", text: delta } : delta,
    ...(eid ? { eid } : row.eid && seq === lastSeq ? { eid: row.eid } : {}),
  }));
}

/** In-memory for the live runs of this process, the database for everything else. Events reach the DB in batches. */
export async function eventsFromDb(db: Db, interactionId: string, afterSeq: number): Promise<LoggedEvent[]> {
  const rows = await db.interactionEvent.findMany({
    where: { interactionId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
  });
  const bySeq = new Map<number, LoggedEvent>();
  const keep = (e: LoggedEvent) => e.seq > afterSeq && !bySeq.has(e.seq) && bySeq.set(e.seq, e);
  for (const r of rows) {
    if (r.type !== DELTAS) keep({ ...readEvent(r.payload), interactionId, seq: r.seq });
    else for (const e of unpackDeltas(readDeltas(r.payload), r.seq)) keep({ ...e, interactionId });
  }
  // Rows of two writers (a takeover) may hold the same events, in runs of different lengths.
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

export class DbEventLog implements EventLog {
  private live = new Map<string, Live>();
  constructor(private db: Db) {}

  begin(interactionId: string): void {
    this.live.set(interactionId, { events: [], flushed: 0, started: true });
  }

  append(event: LoggedEvent): undefined {
    const l = this.live.get(event.interactionId);
    if (l) l.events.push(event);
    else this.live.set(event.interactionId, { events: [event], flushed: 0 });
    return undefined;
  }

  async flush(interactionId: string, writes: Prisma.Sql[] = [], last: LoggedEvent[] = []): Promise<boolean> {
    const l = this.live.get(interactionId);
    const batch = l ? l.events.slice(l.flushed) : [];
    if (l) l.flushed = l.events.length + last.length;
    return persistEvents(this.db, [...batch, ...last], writes);
  }

  async after(interactionId: string, afterSeq: number): Promise<LoggedEvent[]> {
    const l = this.live.get(interactionId);
    // A live run keeps every event since its start in memory only when it started in this process.
    const whole = !!l && (!!l.started || l.events[0]?.seq === 1);
    const fast = l ? l.events.filter((e) => e.seq > afterSeq) : [];
    return replayAfter(afterSeq, fast, whole, () => eventsFromDb(this.db, interactionId, afterSeq));
  }

  release(interactionId: string): void {
    this.live.delete(interactionId);
  }

  async reset(interactionId: string): Promise<void> {
    this.live.delete(interactionId);
    await this.db.interactionEvent.deleteMany({ where: { interactionId } });
  }
}
