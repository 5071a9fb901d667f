import { randomUUID } from "node:crypto";
import type { CreateBody, Json, RemoteEvent } from "../../gemini/types.ts";
import type { Interaction, Prisma } from "../../generated/prisma/client.ts";
import type { Logger } from "../../infra/logger.ts";
import { meterRun } from "../../infra/metrics.ts";
import { isDatabaseUnavailable } from "../../infra/outage.ts";
import { listen } from "../../infra/pubsub.ts";
import { inSpan, startSpan, withSpan } from "../../infra/tracing.ts";
import { sendChained } from "../turns/history.ts";
import { requestedSchema } from "../turns/structured.ts";
import { consume, type RunDeps, type RunScope } from "./consume.ts";
import { RunFold } from "./fold.ts";
import type { RunLeases } from "./leases.ts";
import { asError, type RunOutcome, reasonOf, type StopReason } from "./outcome.ts";
import { cancelUpstream } from "./poll.ts";
import { OPEN_DELAY_MS, Recorder, recordEnd } from "./record.ts";
import type { ConversationWrite, OpeningRow } from "./row-writes.ts";

export type { RunDeps } from "./consume.ts";

/** How long a cancel waits for the process that owns a run to record its end before ending it here (ms). */
const CANCEL_ANSWER_MS = 2_000;
const CANCEL_ASK_MS = 250;
/**
 * How long a read waits for some process to say it runs a row it asked to be
 * written (scale-out), and then for that row to be written (ms). Only an id no
 * process runs waits the first bound out: it is not found after it.
 */
const WRITE_CLAIM_MS = 500;
const WRITE_ANSWER_MS = 5_000;
/** A cancel whose run's end is not recorded after it: its owner holds it and did not answer. */
export const RUN_NOT_STOPPED = "The run did not stop; it may be owned by a process that is down";

/**
 * Owns the runs of this process: one upstream stream per interaction; each
 * event is logged, then published, then folded into the row. The DB row is
 * the truth once a run ends; the event log is what subscribers replay.
 */
export class Runs {
  private live = new Map<string, { abort: AbortController; done: Promise<RunOutcome>; recorder?: Recorder }>();
  /** Runs still waiting for upstream to accept their create: a cancel aborts the request itself. */
  private opening = new Map<string, { abort: AbortController; settled: Promise<void>; recorder: Recorder }>();
  private stopListening: () => void;
  /** Reads waiting for another process to write a row (readWritten), by id. */
  private awaitingWrites = new Map<string, Set<(done: boolean) => void>>();

  private renewal: NodeJS.Timeout;

  constructor(private deps: RunDeps & { leases: RunLeases; shared?: boolean }) {
    // A cancel can arrive on any process; the one running the interaction acts on it.
    const stopCancels = listen(deps.pubsub, "cancel", (id) =>
      this.live.get(id)?.abort.abort({ kind: "cancel" } satisfies StopReason),
    );
    // So can a read of a row another process has not written yet (scale-out): the one running it writes it now.
    const stopWrites = listen(deps.pubsub, "write", (ids) => this.answerWrite(ids));
    const stopAnswers = listen(deps.pubsub, "written", ({ ids, done }) => {
      for (const id of ids) for (const answer of this.awaitingWrites.get(id) ?? []) answer(done);
    });
    this.stopListening = () => {
      stopCancels();
      stopWrites();
      stopAnswers();
    };
    // Leases are renewed together, a third of a lease apart; a run whose lease another process took is let go here.
    this.renewal = setInterval(() => void this.renew(), Math.max(100, deps.leases.leaseMs / 3));
    this.renewal.unref();
  }

  private async renew(): Promise<void> {
    try {
      // A row not written yet gets a fresh lease with its first write.
      const held = [...this.live].filter(([, run]) => run.recorder?.written ?? true).map(([id]) => id);
      // A run still waiting for upstream to accept it (a Retry-After waited out) keeps its written row's lease too.
      for (const [id, opening] of this.opening) if (opening.recorder.written) held.push(id);
      const lost = await this.deps.leases.renew(held);
      for (const id of lost) {
        this.deps.logger.warn("lost the lease on a run; another process follows it now", { interactionId: id });
        this.live.get(id)?.abort.abort({ kind: "detach" } satisfies StopReason);
      }
    } catch (err) {
      // The database is away: the runs go on, and the leases are renewed at the next tick if it is back by then.
      if (isDatabaseUnavailable(err)) this.deps.logger.debug("renewing run leases failed", { err });
      else this.deps.logger.warn("renewing run leases failed", { err });
    }
  }

  /**
   * Sends the request upstream and streams its events; the row is written
   * behind them (see row-writes.ts): at the first step's end, or
   * OPEN_DELAY_MS after the request, whichever comes first. So the first
   * token waits for upstream alone, and a refused request leaves nothing.
   */
  async start(
    body: CreateBody,
    row: Omit<OpeningRow, "id" | "createdAt" | "previousRemoteId">,
    opts: { id?: string; rebuild?: () => Promise<Json>; logger?: Logger; conversation?: ConversationWrite } = {},
  ): Promise<{ id: string; done: Promise<RunOutcome> }> {
    const model = body.model ?? body.agent;
    return withSpan("turn", { attributes: { "gen_ai.request.model": model ?? "" } }, async (span) => {
      const abort = new AbortController();
      const { upstream, leases } = this.deps;
      const logger = opts.logger ?? this.deps.logger;
      const id = opts.id ?? randomUUID();
      span.setAttribute("gig.interaction.id", id);
      const fold = new RunFold(undefined, [], requestedSchema(body));
      // TTFT and latency count from the upstream request.
      fold.startedAt = Date.now();
      const opening = {
        ...row,
        id,
        createdAt: new Date(fold.startedAt),
        previousRemoteId: body.previous_interaction_id,
      };
      const lease = () => leases.fresh();
      const recorder = new Recorder(this.deps, id, fold, { row: opening, conversation: opts.conversation, lease });
      recorder.writeWithin(OPEN_DELAY_MS);
      let opened: Awaited<ReturnType<typeof sendChained<AsyncIterable<RemoteEvent>>>>;
      let settle = () => {};
      this.opening.set(id, { abort, settled: new Promise<void>((r) => (settle = r)), recorder });
      try {
        opened = await sendChained(body, opts.rebuild, (b) => upstream.stream(b, { signal: abort.signal }), logger);
      } catch (err) {
        if (reasonOf(abort.signal)?.kind !== "cancel") {
          await recorder.drop();
          throw err;
        }
        // Cancelled while upstream had not answered yet: the turn ends cancelled, like one cancelled mid-stream.
        fold.status = "cancelled";
        const ended = await recordEnd({ ...this.deps, logger }, id, fold, recorder);
        return { id, done: Promise.resolve(ended) };
      } finally {
        this.opening.delete(id);
        settle();
      }
      const { sent, result: stream } = opened;
      // Upstream lost the chain and the branch was sent whole: the row records what was sent.
      opening.previousRemoteId = sent.previous_interaction_id;
      const background = body.background === true;
      const done = this.track(
        id,
        model,
        logger,
        abort,
        (scope) => consume(this.deps, id, stream, abort, fold, background, scope, (i) => this.letGo(i), recorder),
        recorder,
      );
      return { id, done };
    });
  }

  /**
   * Writes now the rows of runs started here that are not written yet and
   * that a request is about to read: by interaction id, or by conversation.
   * A client that got a turn's id from its first event finds it at once.
   */
  async writePending(ids: readonly string[]): Promise<void> {
    const wanted = new Set(ids);
    await this.flush((recorder) => recorder.touches(wanted));
  }

  /** Writes now every row of a run started here not written yet: a list of running turns shows each from its first event. */
  async writeAllPending(): Promise<void> {
    await this.flush(() => true);
  }

  private async flush(wanted: (recorder: Recorder) => boolean): Promise<void> {
    const pending = [...this.opening.values(), ...this.live.values()].flatMap(({ recorder }) =>
      recorder && !recorder.written && wanted(recorder) ? [recorder.flush()] : [],
    );
    await Promise.allSettled(pending);
  }

  /** The conversation of a run this process started (null: none), or undefined when it does not know. */
  conversationOf(id: string): string | null | undefined {
    return (this.live.get(id)?.recorder ?? this.opening.get(id)?.recorder)?.conversationId;
  }

  /**
   * Reads rows by id (interactions, or conversations) with the rows of runs
   * still behind their stream written first. In scale-out a row another
   * process has not written yet is missed: the processes are asked to write
   * the missing ones, which are read again once they had the time to.
   */
  async readWritten<R extends { id: string }>(
    ids: readonly string[],
    read: (ids: string[]) => Promise<R[]>,
  ): Promise<R[]> {
    await this.writePending(ids);
    const rows = await read([...ids]);
    const missing = ids.filter((id) => !rows.some((r) => r.id === id));
    if (!missing.length || !this.deps.shared) return rows;
    await this.askToWrite(missing);
    return [...rows, ...(await read(missing))];
  }

  /**
   * Asks the other processes to write these rows and waits for their owners'
   * answers, not a fixed time: a loaded owner may take longer than any guess.
   */
  private askToWrite(ids: string[]): Promise<void> {
    return new Promise((resolve) => {
      const claimed = new Set<string>();
      const waiting = new Set(ids);
      const answers = new Map<string, (done: boolean) => void>();
      const finish = () => {
        clearTimeout(unclaimed);
        clearTimeout(limit);
        for (const [id, answer] of answers) {
          const set = this.awaitingWrites.get(id);
          set?.delete(answer);
          if (set?.size === 0) this.awaitingWrites.delete(id);
        }
        resolve();
      };
      const settle = (id: string) => {
        waiting.delete(id);
        if (!waiting.size) finish();
      };
      for (const id of ids) {
        const answer = (done: boolean) => (done ? settle(id) : claimed.add(id));
        answers.set(id, answer);
        this.awaitingWrites.set(id, (this.awaitingWrites.get(id) ?? new Set()).add(answer));
      }
      // An id no process claims in time is not running anywhere: it is read as it is.
      const unclaimed = setTimeout(() => {
        for (const id of ids) if (!claimed.has(id)) settle(id);
      }, WRITE_CLAIM_MS);
      const limit = setTimeout(finish, WRITE_ANSWER_MS);
      this.deps.pubsub.publish("write", ids);
    });
  }

  /** Another process asks for rows written: this one claims those it runs, writes them, and says so. */
  private async answerWrite(ids: string[]): Promise<void> {
    const recorders = [...this.opening.values(), ...this.live.values()].flatMap(({ recorder }) =>
      recorder ? [recorder] : [],
    );
    const mine = ids.filter((id) => recorders.some((r) => r.touches(new Set([id]))));
    if (!mine.length) return;
    this.deps.pubsub.publish("written", { ids: mine, done: false });
    await this.writePending(mine);
    this.deps.pubsub.publish("written", { ids: mine, done: true });
  }

  /** An interaction's row read afresh, once its run wrote it (see readWritten); null when there is none. */
  async interaction(id: string): Promise<Interaction | null> {
    const { db } = this.deps;
    const [row] = await this.readWritten([id], (ids) => db.interaction.findMany({ where: { id: { in: ids } } }));
    return row ?? null;
  }

  /**
   * The interactions of a conversation, oldest first (a page of them with
   * `page`), with the rows this process has not written yet written first.
   * `everywhere` asks the other processes (scale-out) to write theirs too and
   * gives them the time to: for a caller that must not miss a turn just
   * started elsewhere (deleting the conversation cancels its running turns).
   */
  async inConversation(
    conversationId: string,
    opts: { everywhere?: boolean; page?: Pick<Prisma.InteractionFindManyArgs, "take" | "skip" | "cursor"> } = {},
  ): Promise<Interaction[]> {
    await this.writePending([conversationId]);
    if (opts.everywhere && this.deps.shared) {
      this.deps.pubsub.publish("write", [conversationId]);
      await new Promise((r) => setTimeout(r, OPEN_DELAY_MS));
    }
    return this.deps.db.interaction.findMany({
      where: { conversationId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...opts.page,
    });
  }

  /**
   * Follows an interaction that already exists upstream (a background run, or
   * a run this or another process started and lost), from the last event in
   * our log, so nothing is replayed twice. A background run whose stream
   * keeps failing is followed by polling instead.
   */
  attach(id: string): Promise<RunOutcome> {
    const existing = this.live.get(id);
    if (existing) return existing.done;
    const abort = new AbortController();
    return this.track(id, undefined, this.deps.logger, abort, async (scope) => {
      // Whoever attaches won the run (its job, a hand-over, a lapsed lease): the lease is this process's now.
      await this.deps.leases.hold(id);
      const row = await this.deps.db.interaction.findUniqueOrThrow({ where: { id } });
      scope.meter.model(row.model ?? row.agent);
      if (!row.remoteId) throw new Error(`interaction ${id} has no upstream id to follow`);
      const logged = await this.deps.log.after(id, 0);
      // Events a dead process logged but never made durable become part of this run's next flush.
      this.deps.log.adopt?.(id, logged);
      const fold = new RunFold(row.remoteId, logged, requestedSchema(row.request));
      // A job's latency counts from when it was asked for (queueing included); its first token is
      // known only when nothing was logged before this process took it up.
      fold.startedAt = row.createdAt.getTime();
      fold.firstOutputSeen = logged.length === 0;
      return consume(this.deps, id, undefined, abort, fold, row.background, scope, (i) => this.letGo(i));
    });
  }

  /** Stops this process's run of an interaction, if it has one; resolves once the run has settled. */
  async stop(id: string, reason: StopReason): Promise<boolean> {
    const opening = this.opening.get(id);
    if (opening) {
      // start() records the end once its request gave up (at once: the transport closes it).
      opening.abort.abort(reason);
      await opening.settled;
      return true;
    }
    const run = this.live.get(id);
    if (!run) return false;
    run.abort.abort(reason);
    await run.done;
    return true;
  }

  /**
   * Stops a run wherever it runs and resolves once its end is recorded. The
   * process that owns it is asked (again every CANCEL_ASK_MS, in case the run
   * moved to a new owner meanwhile); when none answers within
   * CANCEL_ANSWER_MS (dead, or cut off), the run is taken and ended here,
   * upstream too.
   */
  async cancel(id: string): Promise<void> {
    const { db, pubsub, leases, upstream, logger } = this.deps;
    const read = (ids: string[]) =>
      db.interaction.findMany({ where: { id: { in: ids } }, select: { id: true, completedAt: true, remoteId: true } });
    for (const until = Date.now() + CANCEL_ANSWER_MS; ; ) {
      if (await this.stop(id, { kind: "cancel" })) return;
      // A run another process started may not have written its row yet: that process is asked to.
      const [row] = await this.readWritten([id], read);
      if (!row || row.completedAt) return;
      if (Date.now() >= until) {
        if (!(await leases.claim(id, { force: true }))) return;
        logger.warn("the owner of a run did not answer a cancel; ended here", { interactionId: id });
        if (row.remoteId) await cancelUpstream(upstream, row.remoteId);
        return this.end(id, { kind: "cancel" });
      }
      pubsub.publish("cancel", id);
      await new Promise((r) => setTimeout(r, CANCEL_ASK_MS));
    }
  }

  /**
   * Records the end of an interaction that no run follows (a queued job that
   * was cancelled, or one that ran out of retries): the row and the log get
   * the same terminal state a run would have written.
   */
  async end(id: string, how: Extract<StopReason, { kind: "cancel" | "fail" }>): Promise<void> {
    if (await this.stop(id, how)) return;
    const row = await this.deps.db.interaction.findUnique({ where: { id } });
    if (!row || row.completedAt) return;
    const fold = new RunFold(row.remoteId ?? undefined, await this.deps.log.after(id, 0), requestedSchema(row.request));
    if (how.kind === "fail") fold.fail(how.code, how.message);
    else fold.status = "cancelled";
    const deps = { ...this.deps, logger: this.deps.logger.child({ interactionId: id }) };
    await recordEnd(deps, id, fold, new Recorder(deps, id, fold));
  }

  /**
   * Stops following every live run without recording an end (shutdown):
   * what was logged stays, and another follower (another process, or this
   * one after a restart) picks the run up from its last event. Returns the
   * ids of the runs let go.
   */
  async detachAll(): Promise<string[]> {
    const ids = await Promise.all(
      [...this.live.entries()].map(async ([id, run]) => {
        run.abort.abort({ kind: "detach" } satisfies StopReason);
        return (await run.done).kind === "detached" ? id : undefined;
      }),
    );
    return ids.filter((id): id is string => id !== undefined);
  }

  /** Waits for every live run to end (shutdown, tests). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.live.values()].map((r) => r.done));
  }

  /** Stops listening for cancels and waits for the runs still live (jobs detach theirs first). */
  async close(): Promise<void> {
    this.stopListening();
    this.deps.push?.ends.close();
    clearInterval(this.renewal);
    await this.drain();
  }

  private track(
    id: string,
    model: string | undefined,
    parentLogger: Logger,
    abort: AbortController,
    run: (scope: RunScope) => Promise<RunOutcome>,
    recorder?: Recorder,
  ): Promise<RunOutcome> {
    const scope: RunScope = { meter: meterRun(model), logger: parentLogger.child({ interactionId: id }) };
    const span = startSpan("run", { "gig.interaction.id": id });
    const done = inSpan(span, () => run(scope))
      .catch(async (err: unknown): Promise<RunOutcome> => {
        scope.logger.error("run crashed", { err });
        await this.letGo(id);
        return { kind: "interrupted", error: asError(err) };
      })
      .then((outcome) => {
        if (outcome.kind !== "ended") scope.meter.end(outcome.kind);
        span.end();
        return outcome;
      })
      .finally(() => this.live.delete(id));
    this.live.set(id, { abort, done, recorder });
    return done;
  }

  /**
   * Leaves an unfinished run for a later follower: what was logged stays,
   * nothing final is written, and its lease lapses at once, so the next
   * sweep (here or on another process) or a hand-over can claim it.
   */
  private async letGo(id: string): Promise<void> {
    // A run started here writes through its recorder: its row may not be written yet.
    const recorder = this.live.get(id)?.recorder;
    await (recorder ? recorder.flush() : this.deps.log.flush(id)).catch(() => undefined);
    this.deps.log.release(id);
    await this.deps.leases.lapse(id).catch(() => undefined);
  }
}
