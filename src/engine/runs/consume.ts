import type { Upstream } from "../../gemini/client.ts";
import type { RemoteEvent } from "../../gemini/types.ts";
import type { Db } from "../../infra/db.ts";
import { AppError, type ErrorCode } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import { type RunMeter, upstreamRetries } from "../../infra/metrics.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import { annotate } from "../../infra/tracing.ts";
import type { EventLog } from "../events/log.ts";
import type { RunEvent, Topics } from "../events/types.ts";
import type { Files } from "../files/index.ts";
import { carriesMedia, externalizeMedia } from "../files/media.ts";
import type { RunFold } from "./fold.ts";
import { asError, type RunOutcome, reasonOf } from "./outcome.ts";
import {
  cancelUpstream,
  catchUp,
  DEFAULT_POLL,
  isRetryable,
  openStep,
  type PollOptions,
  pollUntilDone,
} from "./poll.ts";
import type { PushedEnds } from "./pushed.ts";
import { Recorder, recordEnd } from "./record.ts";

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
  /**
   * Background runs whose end upstream pushes (a webhook): no stream is held for them; they are read
   * when the push comes, or by a GET every `fallbackMs` should it never come.
   */
  push?: { ends: PushedEnds; fallbackMs: number };
}

/** What one run reports through: its metrics, and a logger that carries the request's and the interaction's ids. */
export interface RunScope {
  meter: RunMeter;
  logger: Logger;
}

/** How long a burst of upstream events may hold the event loop before I/O gets a turn (ms). */
const BURST_MS = 1;
let burstStart = performance.now();

/**
 * A buffered chunk of upstream events is handled in microtasks only; without
 * a turn of the event loop now and then, replies the run waits on (a Redis
 * append, the pub/sub message its subscriber listens for, a socket's write)
 * would wait for the whole burst.
 */
function yieldNow(now = false): Promise<void> | undefined {
  if (!now && performance.now() - burstStart < BURST_MS) return undefined;
  return new Promise<void>((r) => setImmediate(r)).then(() => {
    burstStart = performance.now();
  });
}

/** How often a cut upstream stream is resumed before the run fails (or, in the background, polls). */
const MAX_RESUMES = 5;

const asFailure = (err: unknown) =>
  err instanceof AppError
    ? { code: err.code, message: err.message }
    : { code: "UPSTREAM_CONNECTION" satisfies ErrorCode, message: err instanceof Error ? err.message : String(err) };

async function open(
  fn: () => Promise<AsyncIterable<RemoteEvent>>,
): Promise<{ stream: AsyncIterable<RemoteEvent> } | { error: unknown }> {
  try {
    return { stream: await fn() };
  } catch (err) {
    return { error: err };
  }
}

/** One run being followed: its dependencies, its state, and how an upstream event is taken in. */
interface Following {
  deps: RunDeps;
  id: string;
  abort: AbortController;
  fold: RunFold;
  logger: Logger;
  handle: (raw: RemoteEvent) => Promise<void> | undefined;
}

/**
 * Follows one run to its end: each upstream event is logged, published and
 * folded into the row; a cut stream is resumed after its last event id; a
 * background run whose stream cannot be followed is polled. Ends by
 * recording the final row and terminal event, unless the run was detached
 * (or lost), in which case `letGo` leaves it for another follower.
 */
export async function consume(
  deps: RunDeps,
  id: string,
  first: AsyncIterable<RemoteEvent> | undefined,
  abort: AbortController,
  fold: RunFold,
  background: boolean,
  { meter, logger }: RunScope,
  letGo: (id: string) => Promise<void>,
  /** A run this process started records through its own (its row may not be written yet: see row-writes.ts). */
  recorder = new Recorder(deps, id, fold),
): Promise<RunOutcome> {
  const run: Following = { deps, id, abort, fold, logger, handle: handler(deps, id, fold, meter, recorder) };
  // A run upstream will push the end of holds no stream: straight to reading it when told (or polled).
  const pushed = !first && background && !!deps.push;
  let cause = pushed ? undefined : await follow(run, first);
  if (!fold.finished && !abort.signal.aborted && background && fold.remoteId && isRetryable(cause)) {
    const polled = await pollInstead(run, fold.remoteId);
    if (polled.lost) {
      await letGo(id);
      return { kind: "interrupted", error: asError(polled.cause) };
    }
    cause = polled.cause;
  }
  return settle(run, recorder, background, cause, letGo, meter);
}

/**
 * Takes one upstream event in: its media stored as Files, then folded, and what it emits recorded.
 * Undefined when that is done already (most events: no media, nothing to wait for); a promise otherwise.
 */
function handler(deps: RunDeps, id: string, fold: RunFold, meter: RunMeter, recorder: Recorder) {
  const { db, files } = deps;
  let owner: Promise<string> | undefined;
  const run = {
    interactionId: id,
    ownerId: () =>
      (owner ??= recorder.ownerId
        ? Promise.resolve(recorder.ownerId)
        : db.interaction.findUniqueOrThrow({ where: { id }, select: { ownerId: true } }).then((r) => r.ownerId)),
  };
  /** Emits `out` from `from` on, in order; a step's end waits for its write: the row's steps go with the events (see Recorder). */
  const emitFrom = (out: RunEvent[], from: number): Promise<void> | undefined => {
    for (let i = from; i < out.length; i++) {
      const e = out[i] as RunEvent;
      if (e.kind === "step_delta") meter.delta();
      const pending = recorder.emit(e);
      if (pending) return pending.then(() => emitFrom(out, i + 1));
    }
    return undefined;
  };
  const take = (ev: RemoteEvent): Promise<void> | undefined => {
    const { emit: out, newRemoteId } = fold.apply(ev);
    if (fold.firstOutputAt === undefined && out.some((e) => e.kind === "step_delta")) fold.firstOutputAt = Date.now();
    // (A row not written yet gets the new id with its first write.)
    if (newRemoteId && recorder.written)
      return db.interaction.update({ where: { id }, data: { remoteId: newRemoteId } }).then(() => emitFrom(out, 0));
    return emitFrom(out, 0);
  };
  return (raw: RemoteEvent): Promise<void> | undefined => {
    if (recorder.refusal) throw recorder.refusal;
    // Media bytes become Files before anything logs, publishes or stores the event.
    if (files && carriesMedia(raw)) return externalizeMedia(files, raw, run).then(take);
    return take(raw);
  };
}

/**
 * Reads the upstream stream until the run finishes, resuming a cut stream after its last event.
 * Returns why it stopped early (undefined when the stream simply ended).
 */
async function follow(
  { deps, abort, fold, logger, handle }: Following,
  first: AsyncIterable<RemoteEvent> | undefined,
): Promise<unknown> {
  let stream = first;
  let cause: unknown;
  for (let resumes = 0; !fold.finished && !abort.signal.aborted; resumes++) {
    if (stream) {
      cause = undefined;
      try {
        for await (const ev of stream) {
          const firstOut = fold.firstOutputAt === undefined;
          const pending = handle(ev);
          if (pending) await pending;
          if (fold.finished) break;
          // The first delta goes out before the rest of its burst is taken in (its subscribers wake at the turn).
          const turn = yieldNow(firstOut && fold.firstOutputAt !== undefined);
          if (turn) await turn;
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
    const remoteId = fold.remoteId;
    // (Only a run upstream has named can be resumed; the first pass always has its stream.)
    if (!remoteId) break;
    const opened = await open(() => deps.upstream.follow(remoteId, fold.lastEventId, { signal: abort.signal }));
    if ("error" in opened) {
      cause = opened.error;
      break;
    }
    stream = opened.stream;
  }
  return cause;
}

/**
 * A background run outlives any one connection: when its stream cannot be followed, ask for its state
 * instead. `lost` when upstream could not be reached at all (another follower may pick the run up).
 */
async function pollInstead(
  { deps, id, abort, fold, logger, handle }: Following,
  remoteId: string,
): Promise<{ lost: boolean; cause: unknown }> {
  const { push } = deps;
  if (push) logger.info("waiting for upstream's webhook", { remoteId, fallbackMs: push.fallbackMs });
  else logger.warn("upstream stream unavailable; polling", { remoteId });
  const poll = deps.poll ?? DEFAULT_POLL;
  try {
    const final = push
      ? await pollUntilDone(deps.upstream, remoteId, abort.signal, { ...poll, intervalMs: push.fallbackMs }, (ms, s) =>
          push.ends.wait(remoteId, ms, s),
        )
      : await pollUntilDone(deps.upstream, remoteId, abort.signal, poll);
    if (final) for (const ev of catchUp(fold.acc.steps, openStep(await deps.log.after(id, 0)), final)) await handle(ev);
    return { lost: false, cause: undefined };
  } catch (err) {
    return { lost: isRetryable(err), cause: err };
  }
}

/** Decides how the run ended (refused, detached, cancelled, failed or finished) and records it. */
async function settle(
  { deps, id, abort, fold, logger }: Following,
  recorder: Recorder,
  background: boolean,
  cause: unknown,
  letGo: (id: string) => Promise<void>,
  meter: RunMeter,
): Promise<RunOutcome> {
  const { upstream, log } = deps;
  const refusal = recorder.refusal;
  if (refusal) {
    // The row could not be written (another turn took the branch): nothing is kept, upstream is told to stop.
    if (fold.remoteId) await cancelUpstream(upstream, fold.remoteId);
    recorder.refuse(refusal);
    log.release(id);
    return { kind: "refused", error: refusal };
  }
  const reason = fold.finished ? undefined : reasonOf(abort.signal);
  if (reason?.kind === "detach") {
    await letGo(id);
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
      : {
          code: "UPSTREAM_STREAM_CUT" satisfies ErrorCode,
          message: "The upstream stream ended before the interaction finished",
        };
    fold.fail(f.code, f.message);
    // The error behind a failed run, with its stack, under the request's id and the interaction's.
    if (cause) logger.error("run failed upstream", { code: f.code, remoteId: fold.remoteId, err: cause });
  }
  const outcome = await recordEnd({ ...deps, logger }, id, fold, recorder);
  meter.end(fold.status);
  annotate({
    "gig.interaction.status": fold.status,
    "gig.interaction.remote_id": fold.remoteId ?? "",
    "gen_ai.usage.input_tokens": fold.usage?.total_input_tokens ?? 0,
    "gen_ai.usage.output_tokens": fold.usage?.total_output_tokens ?? 0,
  });
  return outcome;
}
