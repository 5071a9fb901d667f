import type { Upstream } from "../gemini/client.ts";
import type { CreateBody, Json, RemoteEvent } from "../gemini/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../infra/db.ts";
import { AppError } from "../infra/errors.ts";
import type { Logger } from "../infra/logger.ts";
import { meterRun, type RunMeter, upstreamRetries } from "../infra/metrics.ts";
import type { PubSub } from "../infra/pubsub.ts";
import { annotate, inSpan, startSpan, withSpan } from "../infra/tracing.ts";
import type { EventLog } from "./eventlog.ts";
import type { Topics } from "./events.ts";
import type { Files } from "./files/index.ts";
import { externalizeMedia } from "./files/media.ts";
import { RunFold } from "./fold.ts";
import { sendChained } from "./history.ts";
import {
  cancelUpstream,
  catchUp,
  DEFAULT_POLL,
  isRetryable,
  openStep,
  type PollOptions,
  pollUntilDone,
} from "./poll.ts";
import { emitter, recordEnd } from "./record.ts";
import { asError, type RunOutcome, reasonOf, type StopReason } from "./run-outcome.ts";
import { requestedSchema } from "./structured.ts";

export interface RunDeps {
  db: Db;
  upstream: Upstream;
  log: EventLog;
  pubsub: PubSub<Topics>;
  logger: Logger;
  /** How a background run is polled when its stream cannot be followed. */
  poll?: PollOptions;
  /** Where the media a model produces is stored (as Files of the run's owner). */
  files?: Files;
}

/** What one run reports through: its metrics, and a logger that carries the request's and the interaction's ids. */
interface RunScope {
  meter: RunMeter;
  logger: Logger;
}

/** How often a cut upstream stream is resumed before the run fails (or, in the background, polls). */
const MAX_RESUMES = 5;

const asFailure = (err: unknown) =>
  err instanceof AppError
    ? { code: err.code, message: err.message }
    : { code: "UPSTREAM_CONNECTION", message: err instanceof Error ? err.message : String(err) };

/**
 * Owns the runs of this process: one upstream stream per interaction; each
 * event is logged, then published, then folded into the row. The DB row is
 * the truth once a run ends; the event log is what subscribers replay.
 */
export class Runs {
  private live = new Map<string, { abort: AbortController; done: Promise<RunOutcome> }>();
  /** Runs still waiting for upstream to accept their create: a cancel aborts the request itself. */
  private opening = new Map<string, AbortController>();
  private stopCancelListener: () => void;

  constructor(private deps: RunDeps) {
    // A cancel can arrive on any process; the one running the interaction acts on it.
    const sub = deps.pubsub.subscribe("cancel")[Symbol.asyncIterator]();
    let stopped = false;
    void (async () => {
      while (!stopped) {
        const next = await sub.next();
        if (next.done) return;
        this.live.get(next.value as string)?.abort.abort({ kind: "cancel" } satisfies StopReason);
      }
    })();
    this.stopCancelListener = () => {
      stopped = true;
      void sub.return?.();
    };
  }

  /**
   * Inserts the row first (the INSERT claims the conversation's branch, see
   * turns/start.ts), then opens the upstream stream; a refused request
   * removes the row again, so it leaves nothing behind.
   */
  async start(
    body: CreateBody,
    row: Omit<Prisma.InteractionUncheckedCreateInput, "status">,
    opts: { rebuild?: () => Promise<Json>; logger?: Logger } = {},
  ): Promise<{ id: string; done: Promise<void> }> {
    const model = body.model ?? body.agent;
    return withSpan("turn", { attributes: { "gen_ai.request.model": model ?? "" } }, async (span) => {
      const abort = new AbortController();
      const { upstream, db } = this.deps;
      const logger = opts.logger ?? this.deps.logger;
      const created = await db.interaction.create({
        data: { ...row, status: "in_progress", previousRemoteId: body.previous_interaction_id ?? null },
        select: { id: true },
      });
      span.setAttribute("gig.interaction.id", created.id);
      let opened: Awaited<ReturnType<typeof sendChained<AsyncIterable<RemoteEvent>>>>;
      // TTFT and latency count from the upstream request.
      const startedAt = Date.now();
      this.opening.set(created.id, abort);
      try {
        opened = await sendChained(body, opts.rebuild, (b) => upstream.stream(b, { signal: abort.signal }), logger);
      } catch (err) {
        this.opening.delete(created.id);
        if (reasonOf(abort.signal)?.kind === "cancel") {
          // Cancelled while upstream had not answered yet: the turn ends cancelled, like one cancelled mid-stream.
          await this.end(created.id, { kind: "cancel" });
          return { id: created.id, done: Promise.resolve() };
        }
        await db.interaction.delete({ where: { id: created.id } }).catch(() => undefined);
        throw err;
      }
      this.opening.delete(created.id);
      const { sent, result: stream } = opened;
      if (sent.previous_interaction_id !== body.previous_interaction_id) {
        // Upstream lost the chain and the branch was sent whole: the row records what was sent.
        await db.interaction.update({ where: { id: created.id }, data: { previousRemoteId: null } });
      }
      const background = body.background === true;
      const fold = new RunFold(undefined, [], requestedSchema(sent));
      fold.startedAt = startedAt;
      const done = this.track(created.id, model, logger, abort, (scope) =>
        this.consume(created.id, stream, abort, fold, background, scope),
      );
      return { id: created.id, done: done.then(() => undefined) };
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
      return this.consume(id, undefined, abort, fold, row.background, scope);
    });
  }

  /** Stops this process's run of an interaction, if it has one; resolves once the run has settled. */
  async stop(id: string, reason: StopReason): Promise<boolean> {
    const opening = this.opening.get(id);
    if (opening) {
      // start() records the end once its request has given up (at once: the transport closes it).
      opening.abort(reason);
      return true;
    }
    const run = this.live.get(id);
    if (!run) return false;
    run.abort.abort(reason);
    await run.done;
    return true;
  }

  /** Stops a run wherever it runs; resolves once this process's run (if any) has recorded it. */
  async cancel(id: string): Promise<void> {
    if (!(await this.stop(id, { kind: "cancel" }))) this.deps.pubsub.publish("cancel", id);
  }

  /**
   * Records the end of an interaction that no run follows (a queued job that
   * was cancelled, or one that ran out of retries): the row and the log get
   * the same terminal state a run would have written.
   */
  async end(id: string, how: { kind: "cancel" } | { kind: "fail"; code: string; message: string }): Promise<void> {
    if (await this.stop(id, how)) return;
    const row = await this.deps.db.interaction.findUnique({ where: { id } });
    if (!row || row.completedAt) return;
    const fold = new RunFold(row.remoteId ?? undefined, await this.deps.log.after(id, 0), requestedSchema(row.request));
    if (how.kind === "fail") fold.fail(how.code, how.message);
    else fold.status = "cancelled";
    const deps = { ...this.deps, logger: this.deps.logger.child({ interactionId: id }) };
    await recordEnd(deps, id, fold, emitter(deps, id, fold));
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
    this.stopCancelListener();
    await this.drain();
  }

  private track(
    id: string,
    model: string | undefined,
    parentLogger: Logger,
    abort: AbortController,
    run: (scope: RunScope) => Promise<RunOutcome>,
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
    this.live.set(id, { abort, done });
    return done;
  }

  /** Leaves an unfinished run for a later follower: what was logged stays, nothing final is written. */
  private async letGo(id: string): Promise<void> {
    await this.deps.log.flush(id).catch(() => undefined);
    this.deps.log.release(id);
  }

  private async open(
    fn: () => Promise<AsyncIterable<RemoteEvent>>,
  ): Promise<{ stream: AsyncIterable<RemoteEvent> } | { error: unknown }> {
    try {
      return { stream: await fn() };
    } catch (err) {
      return { error: err };
    }
  }

  private async consume(
    id: string,
    first: AsyncIterable<RemoteEvent> | undefined,
    abort: AbortController,
    fold: RunFold,
    background: boolean,
    { meter, logger }: RunScope,
  ): Promise<RunOutcome> {
    const { db, upstream, log } = this.deps;
    const emit = emitter(this.deps, id, fold);
    const { files } = this.deps;
    let owner: Promise<string> | undefined;
    const run = {
      interactionId: id,
      ownerId: () =>
        (owner ??= db.interaction
          .findUniqueOrThrow({ where: { id }, select: { ownerId: true } })
          .then((r) => r.ownerId)),
    };
    const handle = async (raw: RemoteEvent) => {
      // Media bytes become Files before anything logs, publishes or stores the event.
      const ev = files ? await externalizeMedia(files, raw, run) : raw;
      const { emit: out, newRemoteId } = fold.apply(ev);
      if (fold.firstOutputAt === undefined && out.some((e) => e.kind === "step_delta")) fold.firstOutputAt = Date.now();
      if (newRemoteId) await db.interaction.update({ where: { id }, data: { remoteId: newRemoteId } });
      for (const e of out) {
        if (e.kind === "step_delta") meter.delta();
        await emit(e);
      }
      if (out.some((e) => e.kind === "step_stop")) {
        await db.interaction.update({
          where: { id },
          data: { steps: fold.acc.steps as Prisma.InputJsonValue, lastEventId: fold.lastEventId },
        });
      }
    };

    let stream = first;
    let cause: unknown;
    for (let resumes = 0; !fold.finished && !abort.signal.aborted; resumes++) {
      if (stream) {
        cause = undefined;
        try {
          for await (const ev of stream) {
            await handle(ev);
            if (fold.finished) break;
          }
        } catch (err) {
          cause = err;
        }
        stream = undefined;
        if (fold.finished || abort.signal.aborted) break;
        if (!isRetryable(cause) || !fold.remoteId || resumes >= MAX_RESUMES) break;
        // The stream broke or ended before a terminal event: pick up right after the last event seen.
        upstreamRetries.inc({ kind: "stream_resume" });
        logger.warn("upstream stream cut; resuming", { remoteId: fold.remoteId, lastEventId: fold.lastEventId });
      }
      const opened = await this.open(() =>
        upstream.follow(fold.remoteId as string, fold.lastEventId, { signal: abort.signal }),
      );
      if ("error" in opened) {
        cause = opened.error;
        break;
      }
      stream = opened.stream;
    }

    if (!fold.finished && !abort.signal.aborted && background && fold.remoteId && isRetryable(cause)) {
      // A background run outlives any one connection: when its stream cannot be followed, ask for its state instead.
      logger.warn("upstream stream unavailable; polling", { remoteId: fold.remoteId });
      try {
        const final = await pollUntilDone(upstream, fold.remoteId, abort.signal, this.deps.poll ?? DEFAULT_POLL);
        if (final) for (const ev of catchUp(fold.acc.steps, openStep(await log.after(id, 0)), final)) await handle(ev);
        cause = undefined;
      } catch (err) {
        if (isRetryable(err)) {
          await this.letGo(id);
          return { kind: "interrupted", error: asError(err) };
        }
        cause = err;
      }
    }

    const reason = fold.finished ? undefined : reasonOf(abort.signal);
    if (reason?.kind === "detach") {
      await this.letGo(id);
      return { kind: "detached" };
    }
    if (reason) {
      // A background run goes on upstream unless cancelled there too.
      if (background && fold.remoteId) await cancelUpstream(upstream, fold.remoteId);
      if (reason.kind === "fail") fold.fail(reason.code, reason.message);
      else {
        fold.status = "cancelled";
        fold.failure = undefined;
      }
    } else if (!fold.finished) {
      const f = cause
        ? asFailure(cause)
        : { code: "UPSTREAM_STREAM_CUT", message: "The upstream stream ended before the interaction finished" };
      fold.fail(f.code, f.message);
      // The error behind a failed run, with its stack, under the request's id and the interaction's.
      if (cause) logger.error("run failed upstream", { code: f.code, remoteId: fold.remoteId, err: cause });
    }
    await recordEnd({ ...this.deps, logger }, id, fold, emit);
    meter.end(fold.status);
    annotate({
      "gig.interaction.status": fold.status,
      "gig.interaction.remote_id": fold.remoteId ?? "",
      "gen_ai.usage.input_tokens": fold.usage?.total_input_tokens ?? 0,
      "gen_ai.usage.output_tokens": fold.usage?.total_output_tokens ?? 0,
    });
    return { kind: "ended" };
  }
}
