import type { Upstream } from "../../gemini/client.ts";
import {
  isObj,
  type RemoteEvent,
  type RemoteInteraction,
  type RemoteStep,
  TERMINAL_STATUSES,
} from "../../gemini/types.ts";
import { backoffDelay, pollRetry } from "../../infra/backoff.ts";
import { type ErrorCode, UpstreamError } from "../../infra/errors.ts";
import type { LoggedEvent } from "../events/types.ts";

export interface PollOptions {
  /** Pause between two GETs while the interaction runs (ms). */
  intervalMs: number;
  /** Consecutive transient GET failures tolerated before the follow is given up (the job retries it). */
  maxErrors: number;
}

export const DEFAULT_POLL: PollOptions = { intervalMs: 1_000, maxErrors: 5 };

export const isRetryable = (err: unknown) => !(err instanceof UpstreamError) || err.retryable;

/** How long stopping a background run waits for upstream to confirm its cancel (the request itself goes on). */
const CANCEL_WAIT_MS = 500;

/**
 * Asks upstream to stop a background interaction, waiting at most half a second
 * for its answer: a cancel or a graceful stop records its end without waiting
 * on an upstream that is slow to answer. Never throws.
 */
export async function cancelUpstream(upstream: Upstream, remoteId: string): Promise<void> {
  const sent = upstream.cancel(remoteId).then(
    () => undefined,
    () => undefined,
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([sent, new Promise<void>((r) => (timer = setTimeout(r, CANCEL_WAIT_MS)))]);
  clearTimeout(timer);
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });

/**
 * Polls `get` until the interaction reaches a terminal status: the fallback
 * when its event stream cannot be followed. Resolves undefined when aborted;
 * throws the last error after `maxErrors` transient failures in a row, or at
 * once for a permanent one.
 */
export async function pollUntilDone(
  upstream: Upstream,
  remoteId: string,
  signal: AbortSignal,
  opts: PollOptions,
  /** The wait between two GETs (a run whose end upstream pushes waits for the push too). */
  pause: (ms: number, signal: AbortSignal) => Promise<void> = sleep,
): Promise<RemoteInteraction | undefined> {
  let errors = 0;
  while (!signal.aborted) {
    try {
      const r = await upstream.get(remoteId, { signal });
      if (TERMINAL_STATUSES.has(r.status)) return r;
      errors = 0;
    } catch (err) {
      if (signal.aborted) return undefined;
      if (!isRetryable(err) || ++errors > opts.maxErrors) throw err;
    }
    await (errors ? sleep : pause)(errors ? backoffDelay(errors, pollRetry(opts.intervalMs)) : opts.intervalMs, signal);
  }
  return undefined;
}

/** A GET returns the turn's whole timeline, its own input first; the run produced the rest. */
export function producedSteps(r: RemoteInteraction): RemoteStep[] {
  const steps = r.steps ?? [];
  let i = 0;
  while (i < steps.length && (steps[i]?.type === "user_input" || steps[i]?.type === "function_result")) i++;
  return steps.slice(i);
}

/** The step a logged run had started but not stopped, if any. */
export function openStep(logged: LoggedEvent[]): number | undefined {
  let open: number | undefined;
  for (const e of logged) {
    if (e.kind === "step_start") open = e.index;
    else if (e.kind === "step_stop" && e.index === open) open = undefined;
  }
  return open;
}

const lastText = (step: RemoteStep | undefined): string | undefined => {
  const content = Array.isArray(step?.content) ? step.content.filter(isObj) : [];
  const last = content.at(-1);
  return last?.type === "text" ? String(last.text ?? "") : undefined;
};

/** Start and deltas of a whole step, shaped as upstream streams it, so text subscribers still see every word. */
function wholeStep(index: number, step: RemoteStep): RemoteEvent[] {
  if (step.type !== "model_output" || !Array.isArray(step.content)) return [{ event_type: "step.start", index, step }];
  const deltas = step.content
    .filter(isObj)
    .map((item): RemoteEvent => ({ event_type: "step.delta", index, delta: { ...item, type: String(item.type) } }));
  return [{ event_type: "step.start", index, step: { ...step, content: [] } }, ...deltas];
}

/** What an open step still lacks: the rest of its text when it only grew, else its final fields at once. */
function restOf(index: number, seen: RemoteStep | undefined, final: RemoteStep): RemoteEvent[] {
  const before = lastText(seen);
  const after = lastText(final);
  const sameItems =
    Array.isArray(seen?.content) && Array.isArray(final.content) && seen.content.length === final.content.length;
  if (before !== undefined && after?.startsWith(before) && sameItems) {
    return after.length > before.length
      ? [{ event_type: "step.delta", index, delta: { type: "text", text: after.slice(before.length) } }]
      : [];
  }
  const { type: _type, id: _id, call_id: _callId, ...fields } = final;
  return [{ event_type: "step.delta", index, delta: { ...fields, type: final.type } }];
}

/**
 * The upstream events that bring a run which has seen `seen` steps (the one
 * at `open` still streaming) to the final state a GET returned. Fed through
 * the same fold as streamed events, so the log, the row and subscribers agree.
 */
export function catchUp(seen: RemoteStep[], open: number | undefined, final: RemoteInteraction): RemoteEvent[] {
  const events: RemoteEvent[] = [
    { event_type: "interaction.created", interaction: { id: final.id, status: "in_progress" } },
  ];
  const produced = producedSteps(final);
  if (open !== undefined && open < produced.length) {
    events.push(...restOf(open, seen[open], produced[open] as RemoteStep), { event_type: "step.stop", index: open });
  } else if (open !== undefined) events.push({ event_type: "step.stop", index: open });
  for (const [index, step] of produced.entries()) {
    if (index < seen.length) continue;
    events.push(...wholeStep(index, step), { event_type: "step.stop", index });
  }
  if (final.status === "failed") {
    const e = final.errors?.[0];
    events.push({
      event_type: "error",
      error: {
        code: e?.code ?? ("UPSTREAM_FAILED" satisfies ErrorCode),
        message: e?.message ?? "The interaction failed upstream",
      },
    });
  } else events.push({ event_type: "interaction.completed", interaction: final });
  return events;
}
