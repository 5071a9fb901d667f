import type { Context, MediaUrls } from "../context.ts";
import { isTerminal, type LoggedEvent } from "../engine/events.ts";
import { ValidationError } from "../infra/errors.ts";
import { type SendMessageInput, startMessage } from "./conversations.ts";
import { getInteraction } from "./interactions.ts";
import { liveEvents } from "./live.ts";
import { mediaUrl } from "./steps.ts";

function parseCursor(after: string | null | undefined): number {
  if (after === null || after === undefined || after === "") return 0;
  const n = Number(after);
  if (!Number.isInteger(n) || n < 0) throw new ValidationError("after must be a cursor from an earlier event", "after");
  return n;
}

/** Live events a subscriber may fall behind by before it is closed (it can resume with its last cursor). */
export const MAX_BEHIND = 1000;

/**
 * Replays the log after the cursor, then follows live events, without gap or
 * duplicate, and ends after the terminal event. The live subscription is
 * opened before the replay is read, so nothing published in between is lost;
 * a jump in `seq` (published before we subscribed, or by another instance)
 * is filled from the log.
 */
export async function* interactionEvents(
  ctx: Context,
  id: string,
  after?: string | null,
  limit = MAX_BEHIND,
): AsyncGenerator<LoggedEvent> {
  let last = parseCursor(after);
  await getInteraction(ctx, id);
  const live = liveEvents(ctx, id, limit);
  try {
    for (const e of await ctx.engine.log.after(id, last)) {
      yield e;
      last = e.seq;
      if (isTerminal(e)) return;
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
        if (isTerminal(e)) return;
      }
    }
  } finally {
    await live.return();
  }
}

/** Sends a message and streams its run in one operation, through every round of server-side function calls. */
export async function* chat(ctx: Context, input: SendMessageInput): AsyncGenerator<LoggedEvent> {
  const first = await startMessage(ctx, input);
  for await (const round of ctx.engine.turns.rounds(first)) {
    yield* interactionEvents(ctx, round.id);
  }
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
