import { bad } from "./http.ts";
import { isObj } from "./json.ts";
import type { Json, JsonObject, WireStep } from "./wire.ts";

const CONTENT_TYPES = new Set(["text", "image", "audio", "video", "document"]);

/** What one create's `input` says, in the terms the emulated model reasons about. */
export interface ParsedInput {
  /** The user-side steps GET echoes first (a string or Content becomes one user_input step). */
  steps: WireStep[];
  /** The text of each user turn in this input, oldest first (a turn without text counts, as ""). */
  turns: string[];
  /** function_result steps given after the last user turn: the model must answer them. */
  functionResults: JsonObject[];
  /** function_call steps replayed in a stateless timeline, so results can be matched to them. */
  replayedCalls: JsonObject[];
  /** Non-text content types the user sent (the server "processes" them first). */
  media: string[];
}

function contentText(content: Json | undefined): { text: string; media: string[] } {
  if (typeof content === "string") return { text: content, media: [] };
  const items = Array.isArray(content) ? content : content === undefined ? [] : [content];
  const texts: string[] = [];
  const media: string[] = [];
  for (const item of items) {
    if (typeof item === "string") texts.push(item);
    else if (isObj(item) && item.type === "text" && typeof item.text === "string") texts.push(item.text);
    else if (isObj(item) && typeof item.type === "string" && CONTENT_TYPES.has(item.type)) media.push(item.type);
  }
  return { text: texts.join(" "), media };
}

/** Accepts every input form upstream does: string, Content, Content[], Step[] (see spec §3.2). */
export function parseInput(input: Json | undefined): ParsedInput {
  const out: ParsedInput = { steps: [], turns: [], functionResults: [], replayedCalls: [], media: [] };
  if (input === undefined || input === null) return out;
  if (typeof input === "string") {
    out.steps.push({ type: "user_input", content: [{ type: "text", text: input }] });
    out.turns.push(input);
    return out;
  }
  if (typeof input !== "object") throw bad("input must be a string, a Content, or an array of Content or Steps.");
  const items = Array.isArray(input) ? input : [input];
  if (!items.every(isObj)) throw bad("input items must be objects with a type.");
  const first = items[0];
  if (first && typeof first.type === "string" && CONTENT_TYPES.has(first.type)) {
    const { text, media } = contentText(items);
    out.steps.push({ type: "user_input", content: items });
    out.turns.push(text);
    out.media.push(...media);
    return out;
  }
  for (const [i, step] of items.entries()) {
    if (typeof step.type !== "string") throw bad(`input[${i}].type is required.`);
    out.steps.push(step as WireStep);
    if (step.type === "user_input") {
      const { text, media } = contentText(step.content);
      out.turns.push(text);
      out.media.push(...media);
      out.functionResults = [];
    } else if (step.type === "function_result") {
      if (typeof step.call_id !== "string") throw bad(`input[${i}].call_id is required for a function_result.`);
      out.functionResults.push(step);
    } else if (step.type === "function_call") {
      out.replayedCalls.push(step);
    } else if (step.type === "model_output") {
      // Results the model already answered in a replayed timeline need no new answer.
      out.functionResults = [];
    }
  }
  return out;
}
