import { MEDIA_PATH } from "../engine/files/urls.ts";
import { readInput, readSteps } from "../engine/store/columns.ts";
import { isObj, type Json, type JsonObject } from "../gemini/types.ts";

/** Steps and content are stored as upstream JSON; these read them for the GraphQL types. */
export type StepJson = JsonObject & { type: string };
export type ContentJson = JsonObject & { type: string };

const STEP_TYPES: Record<string, string> = {
  model_output: "ModelOutputStep",
  thought: "ThoughtStep",
  function_call: "FunctionCallStep",
  function_result: "FunctionResultStep",
  google_search_call: "GoogleSearchCallStep",
  google_search_result: "GoogleSearchResultStep",
  code_execution_call: "CodeExecutionCallStep",
  code_execution_result: "CodeExecutionResultStep",
  url_context_call: "UrlContextCallStep",
  url_context_result: "UrlContextResultStep",
  google_maps_call: "GoogleMapsCallStep",
  google_maps_result: "GoogleMapsResultStep",
  file_search_call: "FileSearchCallStep",
  file_search_result: "FileSearchResultStep",
  mcp_server_tool_call: "McpServerToolCallStep",
  mcp_server_tool_result: "McpServerToolResultStep",
  retrieval_call: "RetrievalCallStep",
  retrieval_result: "RetrievalResultStep",
  processing_call: "ProcessingCallStep",
  processing_result: "ProcessingResultStep",
  user_input: "UserInputStep",
};
const CONTENT_TYPES: Record<string, string> = {
  text: "TextContent",
  image: "ImageContent",
  audio: "AudioContent",
  video: "VideoContent",
  document: "DocumentContent",
};

export const stepTypeName = (s: StepJson) => STEP_TYPES[s.type] ?? "OtherStep";
export const contentTypeName = (c: ContentJson) => CONTENT_TYPES[c.type] ?? "DocumentContent";

export function asSteps(value: unknown): StepJson[] {
  return Array.isArray(value) ? value.filter((s): s is StepJson => isObj(s) && typeof s.type === "string") : [];
}

/** Content of a step or input: Content[] (or a bare string, which raw REST also allows). */
export function contents(value: Json | undefined): ContentJson[] {
  if (typeof value === "string") return [{ type: "text", text: value }];
  if (!Array.isArray(value)) return isObj(value) && typeof value.type === "string" ? [value as ContentJson] : [];
  return value.flatMap((c) => contents(c));
}

/** The user turn as Content: plain Content[] input, or the content of user_input steps (function results are steps, not content). */
export function inputContents(input: unknown): ContentJson[] {
  const items = Array.isArray(input) ? (input as Json[]) : [];
  return items
    .flatMap((i) => (isObj(i) && i.type === "user_input" ? contents(i.content) : contents(i)))
    .filter((c) => c.type in CONTENT_TYPES);
}

/** The user side of a turn as steps: one user_input step for Content, or the function_result steps as sent. */
export function inputSteps(input: unknown): StepJson[] {
  const items = asSteps(input);
  const content = items.filter((i) => i.type in CONTENT_TYPES);
  const steps = items.filter((i) => !(i.type in CONTENT_TYPES));
  return [...(content.length ? [{ type: "user_input", content } as StepJson] : []), ...steps];
}

export const str = (v: Json | undefined): string | null => (typeof v === "string" ? v : null);
export const strs = (v: Json | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
export const args = (s: StepJson): JsonObject => (isObj(s.arguments) ? s.arguments : {});

/** A code execution's printed output: upstream's string, or (SDK 3.x) the text items of its Content[]. */
export function codeOutput(result: Json | undefined): string | null {
  if (typeof result === "string") return result;
  if (!Array.isArray(result)) return null;
  const texts = contents(result).flatMap((c) => (c.type === "text" && typeof c.text === "string" ? [c.text] : []));
  return texts.length ? texts.join("") : null;
}

/** Inline media of a stored array gets the path GET /media serves it at, by its place in that array. */
function withMediaPaths(items: Json | undefined, prefix: string): Json | undefined {
  if (!Array.isArray(items)) return items;
  return items.map((c, j) => (isObj(c) && typeof c.data === "string" ? { ...c, [MEDIA_PATH]: `${prefix}/${j}` } : c));
}

/** An interaction's steps, with inline media addressed by URL rather than repeated in every response. */
export function interactionSteps(i: { id: string; steps: unknown }): StepJson[] {
  return readSteps(i.steps).map((s, k) =>
    Array.isArray(s.content) ? { ...s, content: withMediaPaths(s.content, `/media/${i.id}/steps/${k}`) ?? [] } : s,
  );
}

/** The user's turn as Content, inline media addressed by URL. */
export const interactionInput = (i: { id: string; input: unknown }) =>
  inputContents(withMediaPaths(readInput(i.input), `/media/${i.id}/input`));
