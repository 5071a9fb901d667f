import type { Context, MediaUrls } from "../context.ts";
import { isTerminal, isTurnMark, type LoggedEvent } from "../engine/events/types.ts";
import { mediaUrl } from "../engine/files/urls.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import { ValidationError } from "../infra/errors.ts";
import {
  type EditMessageInput,
  type RegenerateInput,
  type SendMessageInput,
  startEdit,
  startMessage,
  startRegenerate,
} from "./conversations.ts";
import { errorOf, interactionAt, interactionToFollow } from "./interactions.ts";
import { liveEvents } from "./live.ts";
import { type SubmitFunctionResultsInput, startFunctionResults } from "./tools.ts";

function parseCursor(after: string | null | undefined): number {
  if (after === null || after === undefined || after === "") return 0;
  const n = Number(after);
  if (!Number.isInteger(n) || n < 0) throw new ValidationError("after must be a cursor from an earlier event", "after");
  return n;
}

/** Live events a subscriber may fall behind by before it is closed (it can resume with its last cursor). */
export const MAX_BEHIND = 1000;

/**
 * Replays one interaction's log after `afterSeq`, then follows live events,
 * without gap or duplicate, up to and including the first event `stop`
 * accepts. The live subscription is opened before the replay is read, so
 * nothing published in between is lost; a jump in `seq` (published before we
 * subscribed, or by another instance) is filled from the log.
 */
async function* follow(
  ctx: Context,
  id: string,
  afterSeq: number,
  stop: (e: LoggedEvent) => boolean,
  limit = MAX_BEHIND,
): AsyncGenerator<LoggedEvent> {
  let last = afterSeq;
  const live = liveEvents(ctx, id, limit);
  try {
    // Over Redis the subscription hears events only once it is confirmed: the log is read after that.
    await ctx.engine.pubsub.subscribed();
    for (const e of await ctx.engine.log.after(id, last)) {
      yield e;
      last = e.seq;
      if (stop(e)) return;
    }
    while (true) {
      const { done, value: event } = await live.next();
      if (done) return;
      if (event.seq <= last) continue;
      const batch = event.seq === last + 1 ? [event] : await ctx.engine.log.after(id, last);
      for (const e of batch) {
        if (e.seq <= last) continue;
        yield e;
        last = e.seq;
        if (stop(e)) return;
      }
    }
  } finally {
    await live.return();
  }
}

/** One interaction's events after the cursor, then live; ends after its terminal event. */
export async function* interactionEvents(
  ctx: Context,
  id: string,
  after?: string | null,
  limit = MAX_BEHIND,
): AsyncGenerator<LoggedEvent> {
  const from = parseCursor(after);
  await interactionToFollow(ctx, id);
  // Turn markers come after the terminal event: they belong to turn streams only.
  for await (const e of follow(ctx, id, from, (e) => isTerminal(e) || isTurnMark(e), limit)) {
    if (isTurnMark(e)) return;
    yield e;
  }
}

/** An event of a turn stream: `turnSeq` is its place in the whole turn (the cursor turn streams hand out). */
export type TurnEvent = LoggedEvent & { turnSeq?: number };

/**
 * Every event of a user turn, across its rounds of server-side tool calls,
 * after a turn cursor: one monotonic cursor for the turn (a round's events
 * are numbered after the previous round's marker). Ends with one TurnEndEvent.
 */
export async function* turnEvents(
  ctx: Context,
  anyRoundId: string,
  after?: string | null,
  /** The turn's first round, when the caller just started it (its row may not be written yet). */
  started?: Pick<Interaction, "id" | "background">,
): AsyncGenerator<TurnEvent> {
  const from = parseCursor(after);
  const first = started ?? (await interactionToFollow(ctx, anyRoundId));
  let id = started ? started.id : ((first as Interaction).turnId ?? first.id);
  let offset = 0;
  while (true) {
    const round = id === started?.id ? started : await interactionToFollow(ctx, id);
    // A round wholly before the cursor is skipped by its marker alone.
    const next = from > offset ? await ctx.engine.turns.nextRound(id) : null;
    if (next && next.seq <= from - offset) {
      offset += next.seq;
      id = next.next;
      continue;
    }
    let moved = false;
    // Only a foreground round waiting on server functions may hand its turn on: any other terminal event ends
    // the turn by itself (a background round's job marks nothing; and a row older than the markers, or whose
    // process died before marking, would otherwise keep its follower waiting).
    const ends = (e: LoggedEvent) =>
      isTerminal(e) && (round.background || e.kind === "error" || e.status !== "requires_action");
    const stop = (e: LoggedEvent) => isTurnMark(e) || ends(e);
    for await (const e of follow(ctx, id, Math.max(0, from - offset), stop)) {
      if (e.kind === "turn_next") {
        offset += e.seq;
        id = e.next;
        moved = true;
        break;
      }
      yield { ...e, turnSeq: offset + e.seq };
      if (ends(e)) {
        const status = e.kind === "completed" ? e.status : "failed";
        const why = e.kind === "error" ? { code: e.code, message: e.message } : {};
        yield { kind: "turn_end", status, ...why, interactionId: id, seq: e.seq + 1, turnSeq: offset + e.seq + 1 };
      }
    }
    if (!moved) return;
  }
}

/** What a chat subscription sends: exactly one kind of turn. */
export interface ChatArgs {
  input?: SendMessageInput | null;
  regenerate?: RegenerateInput | null;
  edit?: EditMessageInput | null;
  functionResults?: SubmitFunctionResultsInput | null;
  after?: string | null;
}

/**
 * Starts a turn of any kind (or, for a client message id seen before, finds
 * the turn it started) and streams it from its first event, through every
 * round of server-side function calls, to one TurnEndEvent. A re-subscribe
 * with the same client message id never starts a second turn; `after` skips
 * what the client already has.
 */
export async function* chat(ctx: Context, args: ChatArgs): AsyncGenerator<TurnEvent> {
  const given = (["input", "regenerate", "edit", "functionResults"] as const).filter((k) => args[k]);
  if (given.length !== 1)
    throw new ValidationError("Give exactly one of input, regenerate, edit or functionResults", "input");
  const turn = args.input
    ? await startMessage(ctx, args.input)
    : args.regenerate
      ? await startRegenerate(ctx, args.regenerate)
      : args.edit
        ? await startEdit(ctx, args.edit)
        : await startFunctionResults(ctx, args.functionResults as SubmitFunctionResultsInput);
  yield* turnEvents(ctx, turn.id, args.after, turn.started);
}

type Delta = Extract<LoggedEvent, { kind: "step_delta" }>["delta"];

export function deltaTypeName(d: Delta): string {
  if (d.type === "text") return "TextDelta";
  if (d.type === "thought_summary") return "ThoughtSummaryDelta";
  if (d.type === "arguments_delta") return "ArgumentsDelta";
  if (d.type === "image") return "ImageDelta";
  // Tool steps stream their fields as a delta of the step's own type (function_result is client input, never streamed).
  if (d.type.endsWith("_call")) return "ToolCallDelta";
  if (d.type.endsWith("_result")) return "ToolResultDelta";
  return "OtherDelta";
}

export function summaryText(d: Delta): string | null {
  const c = d.content;
  return c && typeof c === "object" && !Array.isArray(c) && typeof c.text === "string" ? c.text : null;
}

/** A media delta's URL: its stored File, signed for this viewer, like Content.url. */
export const deltaUrl = (d: Delta, urls: MediaUrls): string | null => mediaUrl(d, urls);

export const stepOf = (e: Extract<LoggedEvent, { kind: "step_start" }>) => e.step;

/** Why a turn ended, from the last round's status (and a turn-level error such as TOOL_ROUND_LIMIT). */
export function turnEndReason(e: Extract<LoggedEvent, { kind: "turn_end" }>) {
  if (e.code || e.status === "failed") return "FAILED" as const;
  if (e.status === "requires_action") return "REQUIRES_ACTION" as const;
  if (e.status === "cancelled") return "CANCELLED" as const;
  return "COMPLETED" as const;
}

/** The turn's error: its own (a limit), else the last round's. */
export async function turnEndError(ctx: Context, e: Extract<LoggedEvent, { kind: "turn_end" }>) {
  if (e.code) return { code: e.code, message: e.message ?? "" };
  return errorOf(await interactionAt(ctx, e));
}
