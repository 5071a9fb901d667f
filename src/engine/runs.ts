import type { Upstream } from "../gemini/client.ts";
import type { CreateBody, Json, RemoteEvent, RemoteUsage } from "../gemini/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../infra/db.ts";
import { AppError, UpstreamError } from "../infra/errors.ts";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import type { EventLog } from "./eventlog.ts";
import { isTerminal, type RunEvent, type Topics } from "./events.ts";
import { RunFold } from "./fold.ts";
import { outputText } from "./steps.ts";

export interface RunDeps {
  db: Db;
  upstream: Upstream;
  log: EventLog;
  pubsub: PubSub<Topics>;
  logger: Logger;
}

/** How often a cut upstream stream is resumed before the run fails. */
const MAX_RESUMES = 5;

const usageColumns = (u: RemoteUsage | undefined) => ({
  inputTokens: u?.total_input_tokens ?? 0,
  outputTokens: u?.total_output_tokens ?? 0,
  thoughtTokens: u?.total_thought_tokens ?? 0,
  cachedTokens: u?.total_cached_tokens ?? 0,
  totalTokens: u?.total_tokens ?? 0,
});

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
  private live = new Map<string, { abort: AbortController; done: Promise<void> }>();
  private stopCancelListener: () => void;

  constructor(private deps: RunDeps) {
    // A cancel can arrive on any process; the one running the interaction acts on it.
    const sub = deps.pubsub.subscribe("cancel")[Symbol.asyncIterator]();
    let stopped = false;
    void (async () => {
      while (!stopped) {
        const next = await sub.next();
        if (next.done) return;
        this.live.get(next.value as string)?.abort.abort();
      }
    })();
    this.stopCancelListener = () => {
      stopped = true;
      void sub.return?.();
    };
  }

  /**
   * Opens the upstream stream first and inserts the row only once upstream has
   * accepted the request: a refused request leaves nothing behind.
   */
  async start(
    body: CreateBody,
    row: Omit<Prisma.InteractionUncheckedCreateInput, "status">,
    opts: { rebuild?: () => Promise<Json> } = {},
  ): Promise<{ id: string; done: Promise<void> }> {
    const abort = new AbortController();
    const { upstream, logger } = this.deps;
    let sent = body;
    let stream: AsyncIterable<RemoteEvent>;
    try {
      stream = await upstream.stream(body, { signal: abort.signal });
    } catch (err) {
      // Upstream forgot the chain (expired or deleted): send the branch's history explicitly instead.
      if (!(err instanceof UpstreamError && err.status === 404 && body.previous_interaction_id && opts.rebuild))
        throw err;
      logger.info("previous interaction gone upstream; replaying the branch from the database", {
        remoteId: body.previous_interaction_id,
      });
      const { previous_interaction_id: _gone, ...rest } = body;
      sent = { ...rest, input: await opts.rebuild() };
      stream = await upstream.stream(sent, { signal: abort.signal });
    }
    const created = await this.deps.db.interaction.create({
      data: { ...row, status: "in_progress", previousRemoteId: sent.previous_interaction_id ?? null },
      select: { id: true },
    });
    return { id: created.id, done: this.track(created.id, abort, () => this.consume(created.id, stream, abort)) };
  }

  /**
   * Follows an interaction that already exists upstream (a background run, or
   * a run this or another process started and lost), from the last event in
   * our log, so nothing is replayed twice.
   */
  attach(id: string): Promise<void> {
    const existing = this.live.get(id);
    if (existing) return existing.done;
    const abort = new AbortController();
    return this.track(id, abort, async () => {
      const row = await this.deps.db.interaction.findUniqueOrThrow({ where: { id } });
      if (!row.remoteId) throw new Error(`interaction ${id} has no upstream id to follow`);
      const logged = await this.deps.log.after(id, 0);
      const fold = new RunFold(row.remoteId, logged);
      const opened = await this.open(() =>
        this.deps.upstream.follow(row.remoteId as string, fold.lastEventId, { signal: abort.signal }),
      );
      if ("failure" in opened) {
        fold.fail(opened.failure.code, opened.failure.message);
        return this.finish(id, fold, await this.emitter(id, fold));
      }
      return this.consume(id, opened.stream, abort, fold);
    });
  }

  isLive(id: string): boolean {
    return this.live.has(id);
  }

  /** Stops a run wherever it runs; resolves once this process's run (if any) has recorded it. */
  async cancel(id: string): Promise<void> {
    const run = this.live.get(id);
    if (run) {
      run.abort.abort();
      await run.done;
    } else {
      this.deps.pubsub.publish("cancel", id);
    }
  }

  /** Waits for every live run to end (shutdown, tests). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.live.values()].map((r) => r.done));
  }

  /** Stops listening and aborts local runs without recording anything (process exit: another process or restart resumes them). */
  async close(): Promise<void> {
    this.stopCancelListener();
    await this.drain();
  }

  private track(id: string, abort: AbortController, run: () => Promise<void>): Promise<void> {
    const done = run()
      .catch((err: unknown) => this.deps.logger.error("run crashed", { interactionId: id, err }))
      .finally(() => this.live.delete(id));
    this.live.set(id, { abort, done });
    return done;
  }

  private async open(
    fn: () => Promise<AsyncIterable<RemoteEvent>>,
  ): Promise<{ stream: AsyncIterable<RemoteEvent> } | { failure: { code: string; message: string } }> {
    try {
      return { stream: await fn() };
    } catch (err) {
      return { failure: asFailure(err) };
    }
  }

  /** Appends to the log (durable at step ends and at the end), then publishes. */
  private async emitter(id: string, fold: RunFold): Promise<(event: RunEvent) => Promise<void>> {
    const { log, pubsub } = this.deps;
    let seq = await log.lastSeq(id);
    return async (event) => {
      seq += 1;
      const logged = { ...event, interactionId: id, seq, ...(fold.lastEventId ? { eid: fold.lastEventId } : {}) };
      await log.append(logged);
      if (event.kind === "step_stop" || isTerminal(event)) await log.flush(id);
      pubsub.publish("interaction", id, logged);
    };
  }

  private async consume(
    id: string,
    first: AsyncIterable<RemoteEvent>,
    abort: AbortController,
    seeded?: RunFold,
  ): Promise<void> {
    const { db, upstream, logger } = this.deps;
    const fold = seeded ?? new RunFold();
    const emit = await this.emitter(id, fold);

    let stream = first;
    for (let resumes = 0; !fold.finished && !abort.signal.aborted; resumes++) {
      let cause: unknown;
      try {
        for await (const ev of stream) {
          const { emit: out, newRemoteId } = fold.apply(ev);
          if (newRemoteId) await db.interaction.update({ where: { id }, data: { remoteId: newRemoteId } });
          for (const e of out) await emit(e);
          if (out.some((e) => e.kind === "step_stop")) {
            await db.interaction.update({
              where: { id },
              data: { steps: fold.acc.steps as Prisma.InputJsonValue, lastEventId: fold.lastEventId },
            });
          }
          if (fold.finished) break;
        }
      } catch (err) {
        cause = err;
      }
      if (fold.finished || abort.signal.aborted) break;
      const retryable = !(cause instanceof UpstreamError) || cause.retryable;
      if (!retryable || !fold.remoteId || resumes >= MAX_RESUMES) {
        const f = cause
          ? asFailure(cause)
          : { code: "UPSTREAM_STREAM_CUT", message: "The upstream stream ended before the interaction finished" };
        fold.fail(f.code, f.message);
        break;
      }
      // The stream broke or ended before a terminal event: pick up right after the last event seen.
      logger.warn("upstream stream cut; resuming", {
        interactionId: id,
        remoteId: fold.remoteId,
        lastEventId: fold.lastEventId,
      });
      const opened = await this.open(() =>
        upstream.follow(fold.remoteId as string, fold.lastEventId, { signal: abort.signal }),
      );
      if ("failure" in opened) {
        fold.fail(opened.failure.code, opened.failure.message);
        break;
      }
      stream = opened.stream;
    }
    if (abort.signal.aborted && !fold.finished) {
      const row = await db.interaction.findUnique({ where: { id }, select: { background: true } });
      // A background run goes on upstream unless cancelled there too.
      if (row?.background && fold.remoteId) await upstream.cancel(fold.remoteId).catch(() => undefined);
      fold.status = "cancelled";
      fold.failure = undefined;
    }
    await this.finish(id, fold, emit);
  }

  /** Writes the final row, then logs and publishes the terminal event: a subscriber that re-reads sees the final state. */
  private async finish(id: string, fold: RunFold, emit: (e: RunEvent) => Promise<void>) {
    const { db, log, logger } = this.deps;
    await db.interaction.update({
      where: { id },
      data: {
        status: fold.status,
        steps: fold.acc.steps as Prisma.InputJsonValue,
        outputText: outputText(fold.acc.steps),
        ...usageColumns(fold.usage),
        error: fold.failure ?? undefined,
        lastEventId: fold.lastEventId,
        completedAt: new Date(),
      },
    });
    if (fold.status === "cancelled") await emit({ kind: "status", status: "cancelled" });
    await emit(fold.failure ? { kind: "error", ...fold.failure } : { kind: "completed", status: fold.status });
    log.release(id);
    if (fold.failure) logger.warn("run failed", { interactionId: id, code: fold.failure.code });
  }
}
