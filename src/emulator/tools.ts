import type { Json, JsonObject, RemoteStep } from "../gemini/types.ts";
import { isObj } from "./json.ts";
import { digest } from "./media.ts";

/** The server-side tools the emulated model knows how to "run". */
export const BUILT_IN_TOOLS = [
  "google_search",
  "code_execution",
  "url_context",
  "google_maps",
  "file_search",
  "mcp_server",
  "retrieval",
] as const;

export interface ToolRun {
  /** Call/result step pairs, in the order the tools were declared. */
  steps: RemoteStep[];
  /** Citations for the answer text, given its length. */
  annotations(textLength: number): JsonObject[];
  toolUseTokens: number;
  grounding: { type: string; count: number }[];
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "query";
export const signatureOf = (text: string) => digest(`sig:${text}`).toString("base64");

/**
 * Runs every built-in tool the request declares, once, on the user's text.
 * Real models decide; the emulated one always uses what it is given, so a
 * test that declares a tool can count on seeing its steps.
 */
export function runBuiltInTools(tools: JsonObject[], text: string, nextId: () => string): ToolRun {
  const steps: RemoteStep[] = [];
  const cites: ((len: number) => JsonObject)[] = [];
  const grounding: { type: string; count: number }[] = [];
  const query = text || "query";
  for (const tool of tools) {
    if (!(BUILT_IN_TOOLS as readonly Json[]).includes(tool.type ?? null)) continue;
    const id = nextId();
    switch (tool.type) {
      case "google_search": {
        const url = `https://example.com/search/${slug(query)}`;
        steps.push(
          { type: "google_search_call", id, arguments: { queries: [query] }, signature: signatureOf(id) },
          {
            type: "google_search_result",
            call_id: id,
            result: [{ search_suggestions: `<div class="suggestions"><a href="${url}">${query}</a></div>` }],
          },
        );
        cites.push((len) => ({ type: "url_citation", url, title: `About ${query}`, start_index: 0, end_index: len }));
        grounding.push({ type: "google_search", count: 1 });
        break;
      }
      case "code_execution":
        steps.push(
          {
            type: "code_execution_call",
            id,
            arguments: { language: "python", code: `print(len(${JSON.stringify(query)}))` },
          },
          { type: "code_execution_result", call_id: id, result: `${query.length}\n` },
        );
        break;
      case "url_context": {
        const urls = query.match(/https?:\/\/[^\s"'<>]+/g) ?? ["https://example.com/"];
        steps.push(
          { type: "url_context_call", id, arguments: { urls } },
          { type: "url_context_result", call_id: id, result: urls.map((url) => ({ url, status: "success" })) },
        );
        break;
      }
      case "google_maps": {
        const placeId = `place_${digest(query).toString("hex").slice(0, 12)}`;
        const place = { name: `Place for ${query}`, place_id: placeId, url: `https://maps.example.com/${placeId}` };
        steps.push(
          { type: "google_maps_call", id, arguments: { queries: [query] } },
          { type: "google_maps_result", call_id: id, result: [{ places: [{ ...place, review_snippets: [] }] }] },
        );
        cites.push((len) => ({ type: "place_citation", ...place, start_index: 0, end_index: len }));
        grounding.push({ type: "google_maps", count: 1 });
        break;
      }
      case "file_search": {
        const stores = Array.isArray(tool.file_search_store_names) ? tool.file_search_store_names : [];
        const store = typeof stores[0] === "string" ? stores[0] : "fileSearchStores/default";
        steps.push(
          { type: "file_search_call", id, signature: signatureOf(id) },
          { type: "file_search_result", call_id: id, result: [{ file_name: "notes.txt", source: store }] },
        );
        cites.push((len) => ({
          type: "file_citation",
          file_name: "notes.txt",
          source: store,
          start_index: 0,
          end_index: len,
        }));
        break;
      }
      case "mcp_server": {
        const server = typeof tool.name === "string" ? tool.name : "mcp";
        const allowed = Array.isArray(tool.allowed_tools) ? tool.allowed_tools.find(isObj) : undefined;
        const names = allowed && Array.isArray(allowed.tools) ? allowed.tools : [];
        const name = typeof names[0] === "string" ? names[0] : "search";
        steps.push(
          { type: "mcp_server_tool_call", id, name, server_name: server, arguments: { query } },
          {
            type: "mcp_server_tool_result",
            call_id: id,
            name,
            server_name: server,
            result: [{ type: "text", text: `${server}.${name} found 1 result for ${JSON.stringify(query)}` }],
          },
        );
        break;
      }
      case "retrieval":
        steps.push(
          { type: "retrieval_call", id, arguments: { queries: [query] }, retrieval_type: "vertex_ai_search" },
          { type: "retrieval_result", call_id: id, result: [{ text: `A passage about ${query}` }] },
        );
        break;
    }
  }
  return {
    steps,
    annotations: (len) => cites.map((c) => c(len)),
    toolUseTokens: steps.length * 8,
    grounding,
  };
}

/** Upstream "processes" media input (video, documents...) server-side before the model sees it. */
export function processingSteps(media: string[], nextId: () => string): RemoteStep[] {
  const heavy = media.filter((m) => m !== "image");
  if (!heavy.length) return [];
  const id = nextId();
  return [
    { type: "processing_call", id, signature: signatureOf(id) },
    { type: "processing_result", call_id: id, result: heavy.map((m) => ({ type: m, status: "processed" })) },
  ];
}
