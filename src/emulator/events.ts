import { isObj } from "./json.ts";
import type { JsonObject, WireStep } from "./wire.ts";

/** An SSE event before its `event_id` is assigned. */
export type PendingEvent = JsonObject & { event_type: string };

/** Splits text the way a model streams it: a few words per delta, long runs (JSON) in slices. */
export function chunkText(text: string, wordsPerChunk = 3, maxChars = 24): string[] {
  const parts = text.match(/\s*\S+\s*/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += wordsPerChunk) {
    const chunk = parts.slice(i, i + wordsPerChunk).join("");
    for (let j = 0; j < chunk.length; j += maxChars) chunks.push(chunk.slice(j, j + maxChars));
  }
  return chunks.length ? chunks : [text];
}

/** Splits serialized arguments into a few fragments, as upstream streams them. */
function fragments(s: string, pieces = 3): string[] {
  const size = Math.max(1, Math.ceil(s.length / pieces));
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out.length ? out : [s];
}

function modelOutputEvents(index: number, step: WireStep): PendingEvent[] {
  const { content, ...rest } = step;
  const out: PendingEvent[] = [{ event_type: "step.start", index, step: { ...rest, content: [] } }];
  for (const item of Array.isArray(content) ? content : []) {
    if (!isObj(item)) continue;
    if (item.type === "text") {
      for (const text of chunkText(String(item.text ?? ""))) {
        out.push({ event_type: "step.delta", index, delta: { type: "text", text } });
      }
      if (Array.isArray(item.annotations) && item.annotations.length) {
        out.push({
          event_type: "step.delta",
          index,
          delta: { type: "text_annotation_delta", annotations: item.annotations },
        });
      }
    } else {
      // Media arrives whole, one delta per item.
      out.push({ event_type: "step.delta", index, delta: { ...item } });
    }
  }
  return out;
}

/** The start / delta* events of one output step (stop is added by the caller). */
export function stepEvents(index: number, step: WireStep): PendingEvent[] {
  if (step.type === "model_output") return modelOutputEvents(index, step);
  if (step.type === "function_call") {
    return [
      { event_type: "step.start", index, step: { ...step, arguments: {} } },
      ...fragments(JSON.stringify(step.arguments ?? {})).map(
        (arguments_): PendingEvent => ({
          event_type: "step.delta",
          index,
          delta: { type: "arguments_delta", arguments: arguments_ },
        }),
      ),
    ];
  }
  if (step.type === "thought") {
    const { summary, signature, ...rest } = step;
    const out: PendingEvent[] = [{ event_type: "step.start", index, step: { ...rest } }];
    for (const content of Array.isArray(summary) ? summary : []) {
      out.push({ event_type: "step.delta", index, delta: { type: "thought_summary", content } });
    }
    if (typeof signature === "string") {
      out.push({ event_type: "step.delta", index, delta: { type: "thought_signature", signature } });
    }
    return out;
  }
  // Tool call/result steps: step.start names the step, one delta of the same type carries its fields.
  const { type, id, call_id, ...fields } = step;
  const head: WireStep = { type };
  if (id !== undefined) head.id = id;
  if (call_id !== undefined) head.call_id = call_id;
  if (head.id === undefined && head.call_id === undefined) return [{ event_type: "step.start", index, step }];
  const out: PendingEvent[] = [{ event_type: "step.start", index, step: head }];
  if (Object.keys(fields).length) out.push({ event_type: "step.delta", index, delta: { type, ...fields } });
  return out;
}
