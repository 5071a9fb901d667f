import type { Context } from "../context.ts";
import { isTerminal, type LoggedEvent } from "../engine/events.ts";
import { ValidationError } from "../infra/errors.ts";
import { getInteraction } from "./interactions.ts";

function parseCursor(after: string | null | undefined): number {
  if (after === null || after === undefined || after === "") return 0;
  const n = Number(after);
  if (!Number.isInteger(n) || n < 0) throw new ValidationError("after must be a cursor from an earlier event", "after");
  return n;
}

/**
 * Replays the log after the cursor, then follows live events, without gap or
 * duplicate, and ends after the terminal event. The live subscription is
 * opened before the replay is read, so nothing published in between is lost;
 * a jump in `seq` (an event published elsewhere before we subscribed) is
 * filled from the log.
 */
export async function* interactionEvents(ctx: Context, id: string, after?: string | null): AsyncGenerator<LoggedEvent> {
  let last = parseCursor(after);
  await getInteraction(ctx, id);
  const live = ctx.engine.pubsub.subscribe("interaction", id);
  const iterator = live[Symbol.asyncIterator]();
  try {
    for (const e of await ctx.engine.log.after(id, last)) {
      yield e;
      last = e.seq;
      if (isTerminal(e)) return;
    }
    while (true) {
      const next = await iterator.next();
      if (next.done) return;
      const event = next.value as LoggedEvent;
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
    await iterator.return?.();
  }
}

type Delta = Extract<LoggedEvent, { kind: "step_delta" }>["delta"];

export function deltaTypeName(d: Delta): string {
  if (d.type === "text") return "TextDelta";
  if (d.type === "thought_summary") return "ThoughtSummaryDelta";
  if (d.type === "arguments_delta") return "ArgumentsDelta";
  if (d.type === "image") return "ImageDelta";
  return "OtherDelta";
}

export function summaryText(d: Delta): string | null {
  const c = d.content;
  return c && typeof c === "object" && !Array.isArray(c) && typeof c.text === "string" ? c.text : null;
}

export function deltaUrl(d: Delta): string | null {
  if (typeof d.uri === "string") return d.uri;
  if (typeof d.data === "string")
    return `data:${typeof d.mime_type === "string" ? d.mime_type : "application/octet-stream"};base64,${d.data}`;
  return null;
}

export const stepOf = (e: Extract<LoggedEvent, { kind: "step_start" }>) => e.step;
