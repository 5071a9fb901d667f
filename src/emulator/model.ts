/**
 * The deterministic emulated model: the same request always gets the same
 * reply, so tests elsewhere can assert on it. Contracts other code relies on:
 *
 * Plain text. Turn 1: `Hello! You said: "<text>". This is turn 1 of our conversation.`
 * Turn n>1: `You said: "<last text>". This is turn <n> of our conversation; it began with "<first text>".`
 * n counts user turns in the chain: the previous_interaction_id chain, plus
 * every user_input step of a Step[] input (a store:false timeline).
 *
 * Function calls. When `tools` declares `type:"function"` entries and the
 * latest user text names a declared function (case-sensitive, whole word), the
 * model emits one `function_call` step per named function, in declaration
 * order (ids `call_<n>`, unique per emulator), and the interaction ends
 * `requires_action`. Arguments come from the function's `parameters` schema
 * (see `sampleValue` in schema.ts): each required property gets a value;
 * strings take the user's double-quoted words in order ("example" when they
 * run out), numbers 1, booleans true, enums their first value, nested
 * objects/arrays recursively. `generation_config.tool_choice`: "none" (or
 * `{allowed_tools:{mode:"none"}}`) suppresses calls; "any" calls the first
 * (allowed) function when none is named; `allowed_tools.tools` restricts the
 * candidates; with "any" the model calls again even after function results
 * (a forced call every turn). Otherwise, when the input holds `function_result` steps after the last
 * user turn, the reply is one model_output whose text is
 * `The function <name> returned: <JSON.stringify(result)>.` per result,
 * joined with a space, and the status is completed. A result whose call_id
 * matches no function_call of the previous interaction (or of the replayed
 * timeline) is answered with 400 (in create.ts).
 *
 * Structured output. When `response_format` (or one entry of an array of them)
 * carries a JSON `schema`, the single text item is `JSON.stringify` of a value
 * from the same generator. The fault `invalidJson: true` makes it a value that
 * violates the schema (a required property dropped, or the wrong type), and
 * `invalidJson: "syntax"` text that is not JSON at all.
 *
 * Also: `generation_config.thinking_summaries: "auto"` puts a thought step
 * (summary + signature) first; built-in tools each add a call/result pair
 * before the answer (tools.ts); a model's kind (catalogue.ts) adds its medium:
 * image models (`*image*`, nano-banana) a PNG, `*tts*` a WAV, lyria music
 * (stereo WAV), `veo*` a video; and response_format entries of type image/audio/video/
 * document add that content (a video entry with `delivery: "inline"` gives
 * MP4 bytes, 64 KiB, instead of a uri); `generation_config.max_output_tokens` (one token
 * per word) truncates the text and ends `incomplete`. `generation_config.seed`
 * picks the greeting of a first turn ("Hello!", "Hi!", "Hey!" for seed mod 3:
 * the same seed, the same reply); `stop_sequences` end the text before the
 * first one it contains (still `completed`).
 *
 * Safety: a prompt with `unsafe:<category>` is blocked when the request's
 * safety_settings block it (safety.ts). A `computer_use` tool turns the
 * text into a task of UI actions, one function call per round (computer.ts).
 */

import { modelKind } from "./catalogue.ts";
import { computerTool, nextComputerStep } from "./computer.ts";
import { answerResults, callSteps, chooseFunctions, functionTools } from "./functions.ts";
import { isObj } from "./json.ts";
import { digest, mp4Base64, pdfBase64, pngBase64, wavBase64 } from "./media.ts";
import { safetyBlock } from "./safety.ts";
import { invalidValue, Quotes, sampleValue } from "./schema.ts";
import { processingSteps, runBuiltInTools, signatureOf } from "./tools.ts";
import type { Json, JsonObject, WireStep, WireUsage } from "./wire.ts";

/** What the emulated model knows when it answers: this turn and the turns before it. */
export interface Turn {
  /** The user's text of each turn in the chain, oldest first, this turn last. */
  userTexts: string[];
  /** Whether this input added a user turn (not only function results). */
  newTurn: boolean;
  /** Function results to answer (given after the last user turn). */
  functionResults: JsonObject[];
  /** call_id -> function name, from the previous interaction and the replayed timeline. */
  callNames: Map<string, string>;
  /** Non-text content types in this input. */
  media: string[];
  request: JsonObject;
  /** Issues unique step ids (`call_<n>`). */
  nextId: () => string;
  invalidJson?: boolean | "syntax";
}

export interface Reply {
  steps: WireStep[];
  status: string;
  usage: WireUsage;
  /** The run ends `failed` with this error after its steps (a safety block). */
  blocked?: { code: string; message: string };
}

export const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The greeting a seed picks (no seed, or a multiple of 3: "Hello!"), so a seed visibly decides the reply. */
const GREETINGS = ["Hello!", "Hi!", "Hey!"];

export function plainReply(userTexts: string[], seed?: Json): string {
  const n = userTexts.length;
  const last = userTexts.at(-1) ?? "";
  const first = userTexts[0] ?? "";
  const greeting = typeof seed === "number" ? GREETINGS[Math.abs(Math.trunc(seed)) % GREETINGS.length] : GREETINGS[0];
  return n <= 1
    ? `${greeting} You said: "${last}". This is turn 1 of our conversation.`
    : `You said: "${last}". This is turn ${n} of our conversation; it began with "${first}".`;
}

export function thoughtStep(topic: string, withSummary: boolean): WireStep {
  const step: WireStep = { type: "thought", signature: signatureOf(`thought:${topic}`) };
  if (withSummary) {
    step.summary = [
      { type: "text", text: `**Considering the request**\n\nThe user wrote "${topic}". I will answer it.` },
    ];
  }
  return step;
}

function formats(request: JsonObject): JsonObject[] {
  const rf = request.response_format;
  return (Array.isArray(rf) ? rf : [rf]).filter(isObj);
}

function mediaOutputs(request: JsonObject, prompt: string): JsonObject[] {
  const model = String(request.model ?? "");
  const kinds = new Set(formats(request).map((f) => String(f.type)));
  const modalities = Array.isArray(request.response_modalities) ? request.response_modalities.map(String) : [];
  const kind = modelKind(model);
  const out: JsonObject[] = [];
  if (kind === "image" || kinds.has("image") || modalities.some((m) => m.toLowerCase() === "image")) {
    const cfg = isObj(request.generation_config) ? request.generation_config.image_config : undefined;
    const aspect = isObj(cfg) && typeof cfg.aspect_ratio === "string" ? cfg.aspect_ratio : undefined;
    out.push({ type: "image", data: pngBase64(prompt, aspect).data, mime_type: "image/png" });
  }
  // Music (lyria) comes as 48 kHz stereo; speech as 24 kHz mono.
  if (kind === "music")
    out.push({ type: "audio", data: wavBase64(48000, 2), mime_type: "audio/wav", sample_rate: 48000, channels: 2 });
  else if (kind === "speech" || kinds.has("audio") || modalities.some((m) => m.toLowerCase() === "audio")) {
    out.push({ type: "audio", data: wavBase64(), mime_type: "audio/wav", sample_rate: 24000, channels: 1 });
  }
  if (kind === "video" || kinds.has("video")) {
    const name = digest(prompt).toString("hex").slice(0, 16);
    // `delivery: "inline"` asks for the bytes in the response instead of a file uri.
    const inline = formats(request).some((f) => f.type === "video" && f.delivery === "inline");
    out.push(
      inline
        ? { type: "video", data: mp4Base64(prompt), mime_type: "video/mp4" }
        : { type: "video", uri: `https://emulator.invalid/files/${name}.mp4`, mime_type: "video/mp4" },
    );
  }
  if (kinds.has("document")) out.push({ type: "document", data: pdfBase64(prompt), mime_type: "application/pdf" });
  return out;
}

function structuredText(turn: Turn, prompt: string): string | undefined {
  const format = formats(turn.request).find((f) => f.schema !== undefined);
  if (!format) return undefined;
  const quotes = Quotes.from(prompt);
  if (turn.invalidJson === "syntax") return JSON.stringify(sampleValue(format.schema, quotes)).slice(0, -1) || "{";
  return JSON.stringify(turn.invalidJson ? invalidValue(format.schema, quotes) : sampleValue(format.schema, quotes));
}

/** `text` up to (not including) the first stop sequence in it, as upstream stops decoding there. */
function stopAt(text: string, stops: Json | undefined): string {
  const cuts = (Array.isArray(stops) ? stops : []).flatMap((s) =>
    typeof s === "string" && s && text.includes(s) ? [text.indexOf(s)] : [],
  );
  return cuts.length ? text.slice(0, Math.min(...cuts)) : text;
}

/** The first `max` words of `text`, keeping its exact characters. */
function truncateWords(text: string, max: number): string {
  const parts = text.match(/\s*\S+/g) ?? [];
  return parts.slice(0, max).join("").trimStart();
}

export function respond(turn: Turn): Reply {
  const req = turn.request;
  const cfg = isObj(req.generation_config) ? req.generation_config : {};
  const prompt = turn.newTurn ? (turn.userTexts.at(-1) ?? "") : "";
  const tools = (Array.isArray(req.tools) ? req.tools : []).filter(isObj);
  const block = safetyBlock(req, prompt);
  if (block) {
    const { usage: used } = finish(turn, [], "failed", 0, 0, 0, [], []);
    return {
      steps: [block.step],
      status: "failed",
      usage: used,
      blocked: { code: block.code, message: block.message },
    };
  }
  const steps: WireStep[] = [];
  let thoughtTokens = 0;
  if (cfg.thinking_summaries === "auto") {
    steps.push(thoughtStep(prompt || "the function results", true));
    thoughtTokens = 24 + words(prompt);
  }
  const computer = computerTool(tools);
  if (computer && (turn.newTurn || turn.functionResults.length)) {
    const next = nextComputerStep(
      computer,
      turn.userTexts.at(-1) ?? "",
      turn.functionResults,
      turn.callNames,
      turn.nextId,
    );
    steps.push(next.step);
    const status = next.text === undefined ? "requires_action" : "completed";
    return finish(turn, steps, status, words(next.text ?? ""), thoughtTokens, 0, [], []);
  }
  let toolUseTokens = 0;
  let grounding: { type: string; count: number }[] = [];
  let status = "completed";
  let text: string;
  let annotations: JsonObject[] = [];
  let media: JsonObject[] = [];

  // tool_choice "any" forces a call on every turn, results or not, as upstream does: a client
  // that keeps answering loops forever, which is what a server's round limit is for.
  const forced = turn.functionResults.length ? chooseFunctions(functionTools(tools), "", cfg.tool_choice) : [];
  if (forced.length && (cfg.tool_choice === "any" || isObj(cfg.tool_choice))) {
    steps.push(...callSteps(forced, prompt, turn.nextId));
    return finish(turn, steps, "requires_action", 0, thoughtTokens, toolUseTokens, grounding, []);
  }
  if (turn.functionResults.length) {
    text = answerResults(turn.functionResults, turn.callNames);
  } else {
    steps.push(...processingSteps(turn.media, turn.nextId));
    const run = runBuiltInTools(tools, prompt, turn.nextId);
    steps.push(...run.steps);
    toolUseTokens = run.toolUseTokens;
    grounding = run.grounding;
    const chosen = chooseFunctions(functionTools(tools), prompt, cfg.tool_choice);
    if (chosen.length) {
      steps.push(...callSteps(chosen, prompt, turn.nextId));
      return finish(turn, steps, "requires_action", 0, thoughtTokens, toolUseTokens, grounding, []);
    }
    const structured = structuredText(turn, prompt);
    text = stopAt(structured ?? plainReply(turn.userTexts, cfg.seed), cfg.stop_sequences);
    if (structured === undefined) annotations = run.annotations(text.length);
    media = mediaOutputs(req, prompt);
  }

  const max = cfg.max_output_tokens;
  if (typeof max === "number" && words(text) > max) {
    text = truncateWords(text, max);
    status = "incomplete";
    annotations = [];
    media = [];
  }
  const textItem: JsonObject = { type: "text", text };
  if (annotations.length) textItem.annotations = annotations;
  steps.push({ type: "model_output", content: [...(text ? [textItem] : []), ...media] });
  const mediaTokens = media.length * 258;
  return finish(turn, steps, status, words(text) + mediaTokens, thoughtTokens, toolUseTokens, grounding, media);
}

function finish(
  turn: Turn,
  steps: WireStep[],
  status: string,
  outputTokens: number,
  thoughtTokens: number,
  toolUseTokens: number,
  grounding: { type: string; count: number }[],
  media: JsonObject[],
): Reply {
  const system = typeof turn.request.system_instruction === "string" ? words(turn.request.system_instruction) : 0;
  const results = turn.functionResults.reduce((acc, r) => acc + Math.ceil(JSON.stringify(r).length / 4), 0);
  const inputTokens = turn.userTexts.reduce((acc, t) => acc + words(t) + 4, 0) + system + results;
  const calls = steps.filter((s) => s.type === "function_call");
  const out = outputTokens + calls.reduce((acc, c) => acc + Math.ceil(JSON.stringify(c).length / 4), 0);
  return { steps, status, usage: usage(inputTokens, out, thoughtTokens, toolUseTokens, grounding, media) };
}

export function usage(
  input: number,
  output: number,
  thought = 0,
  toolUse = 0,
  grounding: { type: string; count: number }[] = [],
  media: JsonObject[] = [],
): WireUsage {
  const mediaTokens = media.length * 258;
  const u: JsonObject = {
    total_input_tokens: input,
    total_output_tokens: output,
    total_thought_tokens: thought,
    total_cached_tokens: 0,
    total_tool_use_tokens: toolUse,
    total_tokens: input + output + thought + toolUse,
    input_tokens_by_modality: [{ modality: "text", tokens: input }],
    output_tokens_by_modality: [
      { modality: "text", tokens: output - mediaTokens },
      ...media.map((m) => ({ modality: String(m.type), tokens: 258 })),
    ],
    // The emulator caches nothing; upstream reports the breakdown anyway.
    cached_tokens_by_modality: [{ modality: "text", tokens: 0 }],
    tool_use_tokens_by_modality: toolUse ? [{ modality: "text", tokens: toolUse }] : [],
  };
  if (grounding.length) u.grounding_tool_count = grounding;
  return u as WireUsage;
}
