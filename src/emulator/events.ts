import type { JsonObject, RemoteStep } from "../gemini/types.ts";

/** An SSE event before its `event_id` is assigned. */
export type PendingEvent = JsonObject & { event_type: string };

/** Splits text the way a model streams it: a few words per delta. */
export function chunkText(text: string, wordsPerChunk = 3): string[] {
  const parts = text.match(/\S+\s*/g) ?? [];
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += wordsPerChunk) chunks.push(parts.slice(i, i + wordsPerChunk).join(""));
  return chunks.length ? chunks : [text];
}

/** The start / delta* events of one output step (stop is added by the caller). */
export function stepEvents(index: number, step: RemoteStep): PendingEvent[] {
  if (step.type === "model_output" && Array.isArray(step.content)) {
    const out: PendingEvent[] = [{ event_type: "step.start", index, step: { type: "model_output", content: [] } }];
    for (const item of step.content) {
      if (item && typeof item === "object" && !Array.isArray(item) && item.type === "text") {
        for (const text of chunkText(String(item.text ?? ""))) {
          out.push({ event_type: "step.delta", index, delta: { type: "text", text } });
        }
      } else if (item && typeof item === "object" && !Array.isArray(item)) {
        out.push({ event_type: "step.delta", index, delta: { ...item } });
      }
    }
    return out;
  }
  if (step.type === "function_call") {
    const args = JSON.stringify(step.arguments ?? {});
    const mid = Math.ceil(args.length / 2);
    return [
      { event_type: "step.start", index, step: { ...step, arguments: {} } },
      { event_type: "step.delta", index, delta: { type: "arguments_delta", arguments: args.slice(0, mid) } },
      { event_type: "step.delta", index, delta: { type: "arguments_delta", arguments: args.slice(mid) } },
    ];
  }
  if (step.type === "thought") {
    const { summary, signature, ...rest } = step;
    const out: PendingEvent[] = [{ event_type: "step.start", index, step: { ...rest } }];
    if (Array.isArray(summary)) {
      for (const content of summary)
        out.push({ event_type: "step.delta", index, delta: { type: "thought_summary", content } });
    }
    if (typeof signature === "string") {
      out.push({ event_type: "step.delta", index, delta: { type: "thought_signature", signature } });
    }
    return out;
  }
  // Tool call/result steps arrive whole in step.start, as upstream does for most of them.
  return [{ event_type: "step.start", index, step }];
}
