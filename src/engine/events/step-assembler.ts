import { isObj, type Json, type JsonObject, type RemoteStep } from "../../gemini/types.ts";

/**
 * Builds whole steps from a stream of start/delta/stop events, so that what is
 * stored when a run ends equals what a non-streaming call would have returned.
 */
export class StepAccumulator {
  readonly steps: RemoteStep[] = [];
  private args = new Map<number, string>();

  start(index: number, step: RemoteStep): void {
    this.steps[index] = structuredClone(step);
  }

  delta(index: number, delta: JsonObject & { type: string }): void {
    const step = this.steps[index] ?? { type: "model_output", content: [] };
    this.steps[index] = step;
    const { type, ...fields } = delta;
    if (type === "arguments_delta") {
      this.args.set(index, (this.args.get(index) ?? "") + String(fields.arguments ?? ""));
    } else if (type === "thought_summary") {
      const summary = Array.isArray(step.summary) ? step.summary : [];
      if (isObj(fields.content)) summary.push(fields.content);
      step.summary = summary;
    } else if (type === "thought_signature") {
      step.signature = fields.signature ?? null;
    } else if (type === "text") {
      const content = Array.isArray(step.content) ? step.content : [];
      const last = content.at(-1);
      if (isObj(last) && last.type === "text") last.text = String(last.text ?? "") + String(fields.text ?? "");
      else content.push({ type: "text", text: String(fields.text ?? "") });
      step.content = content;
    } else if (type === "text_annotation_delta") {
      const content = Array.isArray(step.content) ? step.content : [];
      const last = content.at(-1);
      if (isObj(last) && Array.isArray(fields.annotations)) {
        last.annotations = [...(Array.isArray(last.annotations) ? last.annotations : []), ...fields.annotations];
      }
    } else if (["image", "audio", "video", "document"].includes(type)) {
      const content = Array.isArray(step.content) ? step.content : [];
      content.push({ type, ...fields });
      step.content = content;
    } else {
      // Tool call/result deltas carry the step's own fields.
      Object.assign(step, fields);
    }
  }

  stop(index: number): void {
    const args = this.args.get(index);
    const step = this.steps[index];
    if (args !== undefined && step) {
      try {
        step.arguments = JSON.parse(args) as Json;
      } catch {
        step.arguments = { _raw: args };
      }
      this.args.delete(index);
    }
  }
}

/** `output_text` as the SDK defines it: the trailing run of text in model_output steps after the last user input. */
export function outputText(steps: RemoteStep[]): string | null {
  const parts: string[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as RemoteStep;
    if (step.type === "thought") continue;
    if (step.type === "user_input") break;
    if (step.type !== "model_output") {
      if (parts.length) break;
      continue;
    }
    const texts = (Array.isArray(step.content) ? step.content : [])
      .filter((c): c is JsonObject => isObj(c) && c.type === "text")
      .map((c) => String(c.text ?? ""));
    if (!texts.length) {
      if (parts.length) break;
      continue;
    }
    parts.unshift(texts.join(""));
  }
  return parts.length ? parts.join("") : null;
}
