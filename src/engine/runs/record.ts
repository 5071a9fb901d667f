import { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { AppError } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import type { EventLog } from "../events/log.ts";
import { outputText } from "../events/step-assembler.ts";
import { isTerminal, type LoggedEvent, type RunEvent, type Topics } from "../events/types.ts";
import { parseStructured } from "../turns/structured.ts";
import type { RunFold } from "./fold.ts";
import type { RunOutcome } from "./outcome.ts";
import { Jsonb, type Opening, RunRow, updateSql } from "./row-writes.ts";
import { usageColumns } from "./usage.ts";

/** What recording a run needs: where events go and where the row lives. */
export interface RecordDeps {
  db: Db;
  log: EventLog;
  pubsub: PubSub<Topics>;
  logger: Logger;
}

/** Time to first token and total latency, when this process saw the run start. */
const timing = (fold: RunFold, now: number) =>
  fold.startedAt === undefined
    ? {}
    : {
        latencyMs: now - fold.startedAt,
        ...(fold.firstOutputAt === undefined || !fold.firstOutputSeen
          ? {}
          : { ttftMs: fold.firstOutputAt - fold.startedAt }),
      };

/** How long after its request a run's row is written when no delta comes sooner (ms). */
export const OPEN_DELAY_MS = 100;

/**
 * While a run streams, its events reach the database at most this long after
 * they were published (plus one write): what a killed process can lose of a
 * run that is written already. Writes are batched (one in flight per run, the
 * next takes everything logged meanwhile), so a fast stream costs a statement
 * per interval, not per event.
 */
export const PERSIST_EVERY_MS = 20;

const noop = () => undefined;

/**
 * Logs then publishes a run's events, and writes them to the database behind
 * them, in batches (group commit): an event is published once it and every
 * event before it are logged (appends are pipelined: the run does not wait
 * for each, a Redis round trip), and no event waits for the database. The
 * row (see row-writes.ts) is first written right after the first delta is
 * out, or OPEN_DELAY_MS after the request when upstream is slow; then the
 * events are written every PERSIST_EVERY_MS, the row's steps with the first
 * batch after a step's end. Only the run's end is published after its
 * write (a replay never shows an end the row does not have). A failed write
 * fails the run at its next step end.
 */
export class Recorder {
  private tail: Promise<void> = Promise.resolve();
  /** Events logged but not yet published, waiting in `tail` for their appends. */
  private waiting = 0;
  private opener: NodeJS.Timeout | undefined;
  private batcher: NodeJS.Timeout | undefined;
  /** The database writes, one after the other; `queued`: the next, not started yet (it takes all logged by then). */
  private writes: Promise<unknown> = Promise.resolve();
  private queued: Promise<boolean> | undefined;
  private failure: unknown;
  /** A step ended since the last write: the next one writes the row's steps too. */
  private stepsDue = false;
  /** The upstream id the row was last written with. */
  private savedRemoteId: string | undefined;
  /** A write was asked for (the row's first one included). */
  private requested = false;

  private row: RunRow;

  /** `opening`: a run this process starts, whose row is written behind its stream (see row-writes.ts). */
  constructor(
    private deps: RecordDeps,
    private id: string,
    private fold: RunFold,
    opening?: Opening,
  ) {
    this.row = new RunRow(id, fold, opening);
    if (opening) deps.log.begin(id);
  }

  private logged(event: RunEvent): LoggedEvent {
    this.fold.lastSeq += 1;
    const { id, fold } = this;
    return { ...event, interactionId: id, seq: fold.lastSeq, ...(fold.lastEventId ? { eid: fold.lastEventId } : {}) };
  }

  /** The log's durable write, with the row's part of it (`writes`; by default the row, or its steps after a step's end). */
  private async write(writes?: Prisma.Sql[], last?: LoggedEvent[]): Promise<boolean> {
    clearTimeout(this.opener);
    // The events published so far reach their sockets before the database takes the thread (PGlite runs on it).
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    const { row } = this;
    // Between step ends only the events are written (the row's steps have not changed), unless the row
    // lacks the upstream id (written before upstream named it): a process taking the run over needs it.
    const { remoteId } = this.fold;
    writes ??= this.stepsDue || !row.written || remoteId !== this.savedRemoteId ? row.writes() : [];
    this.stepsDue = false;
    try {
      const written = await this.deps.log.flush(this.id, writes, last);
      row.wrote();
      if (writes.length) this.savedRemoteId = remoteId;
      return written;
    } catch (err) {
      throw row.written ? err : row.refuse(err);
    }
  }

  /** Runs `job` after the writes before it; a failure is kept for the next step end. */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const done = this.writes.then(job);
    this.writes = done.catch((err) => {
      this.failure ??= err;
    });
    return done;
  }

  /** Queues a write of everything logged so far, unless one not started yet will take it. */
  private persist(): Promise<boolean> {
    clearTimeout(this.batcher);
    this.batcher = undefined;
    this.requested = true;
    if (this.queued) return this.queued;
    const queued = this.serial(() => {
      this.queued = undefined;
      return this.write();
    });
    this.queued = queued;
    return queued;
  }

  /** After `event` is out: the row's first write at the first delta, else a write within the interval. */
  private schedule(event: RunEvent): void {
    if (event.kind === "step_stop") this.stepsDue = true;
    if (event.kind === "step_delta" && !this.requested) void this.persist().catch(noop);
    else this.batcher ??= setTimeout(() => void this.persist().catch(noop), PERSIST_EVERY_MS);
  }

  /** What is published and scheduled once an event is logged (in order: after every event before it). */
  private out(logged: LoggedEvent, event: RunEvent): void {
    this.deps.pubsub.publish("interaction", this.id, logged);
    this.schedule(event);
  }

  /**
   * Logs and publishes one event. Undefined once it is out (the usual case: an in-memory log and
   * nothing waiting before it); otherwise, for a step's end and a run's end, a promise of that
   * (a write that failed before stops the run there).
   */
  emit(event: RunEvent): Promise<void> | undefined {
    const logged = this.logged(event);
    const appended = this.deps.log.append(logged);
    if (!appended && this.waiting === 0) {
      this.out(logged, event);
      if (this.failure && (event.kind === "step_stop" || isTerminal(event))) return Promise.reject(this.failure);
      return undefined;
    }
    // An append in flight (a Redis round trip) or events still waiting on theirs: publish in order, behind them.
    appended?.catch(noop); // awaited in order below; this only keeps it from counting as unhandled
    this.waiting += 1;
    this.tail = this.tail.then(async () => {
      try {
        await appended;
        this.out(logged, event);
      } finally {
        this.waiting -= 1;
      }
    });
    if (event.kind !== "step_stop" && !isTerminal(event)) {
      this.tail.catch(noop);
      return undefined;
    }
    // A step's end does not wait for its write; a write that failed before stops the run here.
    return this.tail.then(() => {
      if (this.failure) throw this.failure;
    });
  }

  /** Writes what is logged so far (the row too, if not yet written), after what is queued. */
  async flush(): Promise<void> {
    await this.tail;
    await this.persist();
  }

  /** The row is written `ms` from now if no delta comes sooner (a slow upstream, a long first step). */
  writeWithin(ms: number): void {
    this.opener = setTimeout(() => void this.flush().catch(noop), ms);
  }

  /**
   * The run never started (upstream refused it): nothing is kept. A row the
   * delay already wrote is removed again (with the conversation it created).
   */
  async drop(): Promise<void> {
    clearTimeout(this.opener);
    clearTimeout(this.batcher);
    await this.tail.catch(noop);
    await this.writes;
    this.deps.log.release(this.id);
    const { db } = this.deps;
    const { row } = this;
    if (!row.written) return;
    if (row.createdConversation && row.conversationId)
      await db.conversation.deleteMany({ where: { id: row.conversationId } });
    else await db.interaction.deleteMany({ where: { id: this.id } });
  }

  /** False while the row of a run this process started is not written yet. */
  get written(): boolean {
    return this.row.written;
  }

  /** The run's conversation (null: none), when known without a read. */
  get conversationId(): string | null | undefined {
    return this.row.conversationId;
  }

  /** The run's owner, when known without a read. */
  get ownerId(): string | undefined {
    return this.row.ownerId;
  }

  /** Whether a read by `ids` may find this run's row: its own id, its conversation's, its parent's or its turn's. */
  touches(ids: Set<string>): boolean {
    return ids.has(this.id) || this.row.namedBy.some((k) => ids.has(k));
  }

  /** Why the row's first write was refused, if it was. */
  get refusal(): Error | undefined {
    return this.row.refusal;
  }

  /** A run whose row was refused ends with its error, to its live followers only: nothing was written. */
  refuse(err: Error): void {
    clearTimeout(this.opener);
    clearTimeout(this.batcher);
    const code = err instanceof AppError ? err.code : "INTERNAL";
    const logged = this.logged({ kind: "error", code, message: err.message });
    void this.deps.log.append(logged)?.catch(() => undefined);
    this.deps.pubsub.publish("interaction", this.id, logged);
  }

  /**
   * Logs the run's last events and writes the final row with them in one
   * statement; they are published only when this write ended the row (a run
   * another process ended meanwhile is left as it is). False then.
   */
  async end(events: RunEvent[], final: Prisma.Sql): Promise<boolean> {
    if (!this.row.written) await this.flush();
    await this.tail;
    clearTimeout(this.batcher);
    const logged = events.map((e) => this.logged(e));
    // Logged once durable with the final row: a replay never shows an end the row does not have yet.
    const written = await this.serial(() => this.write([final], logged));
    if (!written) return false;
    for (const e of logged) {
      await this.deps.log.append(e);
      this.deps.pubsub.publish("interaction", this.id, e);
    }
    return true;
  }
}
/**
 * Parses a structured-output reply and validates it against the requested
 * schema. An invalid reply keeps its raw text and gets a typed error on the
 * interaction rather than failing the run: the text may still be useful.
 */
function structuredOutput(fold: RunFold, text: string | null) {
  if (fold.failure || fold.status !== "completed" || !fold.schema) return {};
  const parsed = parseStructured(fold.schema, text);
  if ("json" in parsed) return { json: new Jsonb(parsed.json) };
  return { error: { code: "STRUCTURED_OUTPUT_INVALID", message: parsed.error } };
}

/**
 * Writes the final row with the terminal event, in one statement: a
 * subscriber that re-reads sees the final state. A row already final gets
 * neither (exactly one terminal event per run).
 */
export async function recordEnd(
  deps: RecordDeps,
  id: string,
  fold: RunFold,
  recorder: Recorder,
): Promise<Extract<RunOutcome, { kind: "ended" }>> {
  const { log, logger } = deps;
  const text = outputText(fold.acc.steps);
  const structured = structuredOutput(fold, text);
  const now = new Date();
  const final = updateSql(
    "Interaction",
    id,
    {
      status: fold.status,
      steps: fold.acc.steps,
      outputText: text,
      ...structured,
      ...usageColumns(fold.usage),
      ...(fold.environmentId ? { environmentId: fold.environmentId } : {}),
      ...(fold.failure ? { error: fold.failure } : {}),
      lastEventId: fold.lastEventId ?? null,
      ...timing(fold, now.getTime()),
      completedAt: now,
      updatedAt: now,
    },
    Prisma.sql` AND "completedAt" IS NULL`,
  );
  const end: RunEvent[] = fold.status === "cancelled" ? [{ kind: "status", status: "cancelled" }] : [];
  end.push(fold.failure ? { kind: "error", ...fold.failure } : { kind: "completed", status: fold.status });
  const written = await recorder.end(end, final);
  log.release(id);
  // The caller's logger carries the interaction's id (and the request's, when a request started the run).
  if (written && fold.failure) logger.warn("run failed", { code: fold.failure.code });
  return written ? { kind: "ended", final: fold } : { kind: "ended" };
}
