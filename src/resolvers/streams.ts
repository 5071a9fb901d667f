import type { Context, MediaUrls } from "../context.ts";
import type { LoggedEvent } from "../engine/events/types.ts";
import { mediaUrl } from "../engine/files/urls.ts";
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
import { type SubmitFunctionResultsInput, startFunctionResults } from "./tools.ts";

export type { TurnEvent } from "../engine/events/types.ts";

function parseCursor(after: string | null | undefined): number {
  if (after === null || after === undefined || after === "") return 0;
  const n = Number(after);
  if (!Number.isInteger(n) || n < 0) throw new ValidationError("after must be a cursor from an earlier event", "after");
  return n;
}

/** One interaction's events after the cursor, then live; ends after its terminal event. */
export async function interactionEvents(ctx: Context, id: string, after?: string | null) {
  const from = parseCursor(after);
  await interactionToFollow(ctx, id);
  return ctx.engine.streams.interaction(id, from);
}

/** Every event of the user turn interaction `anyRoundId` belongs to, after a turn cursor (see EventStreams.turn). */
export async function turnEvents(ctx: Context, anyRoundId: string, after?: string | null) {
  const from = parseCursor(after);
  const row = await interactionToFollow(ctx, anyRoundId);
  return ctx.engine.streams.turn(row.turnId ? { id: row.turnId } : row, from);
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
export async function chat(ctx: Context, args: ChatArgs) {
  const given = (["input", "regenerate", "edit", "functionResults"] as const).filter((k) => args[k]);
  if (given.length !== 1)
    throw new ValidationError("Give exactly one of input, regenerate, edit or functionResults", "input");
  const from = parseCursor(args.after);
  const turn = args.input
    ? await startMessage(ctx, args.input)
    : args.regenerate
      ? await startRegenerate(ctx, args.regenerate)
      : args.edit
        ? await startEdit(ctx, args.edit)
        : await startFunctionResults(ctx, args.functionResults as SubmitFunctionResultsInput);
  // A turn just started is followed before its row is written; one seen before is read like turnEvents.
  if (turn.started) return ctx.engine.streams.turn(turn.started, from);
  return turnEvents(ctx, turn.id, args.after);
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
