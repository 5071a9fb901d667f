import { isObj } from "./json.ts";
import { digest, pngBase64 } from "./media.ts";
import type { Json, JsonObject, WireStep } from "./wire.ts";

/** What the code printed; a plot comes back as Content[] (text + the chart), as the SDK 3.x types have it. */
function codeResult(query: string): Json {
  const printed = `${query.length}\n`;
  if (!/\b(plot|chart)\b/i.test(query)) return printed;
  const chart: JsonObject = { type: "image", data: pngBase64(query).data, mime_type: "image/png" };
  return [{ type: "text", text: printed }, chart];
}

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
  steps: WireStep[];
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

type BuiltInTool = (typeof BUILT_IN_TOOLS)[number];
const isBuiltIn = (type: Json | undefined): type is BuiltInTool => BUILT_IN_TOOLS.some((t) => t === type);

/** What one tool contributes: its call/result steps, and the citation and grounding its answer carries, if any. */
interface ToolUse {
  steps: [call: WireStep, result: WireStep];
  cite?: (len: number) => JsonObject;
  grounding?: { type: string; count: number };
}

/** How each built-in tool "runs" on the user's text (`query`), its call numbered `id`. */
const USES: Record<BuiltInTool, (tool: JsonObject, id: string, query: string) => ToolUse> = {
  google_search: (_tool, id, query) => {
    const url = `https://example.com/search/${slug(query)}`;
    return {
      steps: [
        { type: "google_search_call", id, arguments: { queries: [query] }, signature: signatureOf(id) },
        {
          type: "google_search_result",
          call_id: id,
          result: [{ search_suggestions: `<div class="suggestions"><a href="${url}">${query}</a></div>` }],
        },
      ],
      cite: (len) => ({ type: "url_citation", url, title: `About ${query}`, start_index: 0, end_index: len }),
      grounding: { type: "google_search", count: 1 },
    };
  },
  code_execution: (_tool, id, query) => ({
    steps: [
      {
        type: "code_execution_call",
        id,
        arguments: { language: "python", code: `print(len(${JSON.stringify(query)}))` },
      },
      { type: "code_execution_result", call_id: id, result: codeResult(query) },
    ],
  }),
  url_context: (_tool, id, query) => {
    const urls = query.match(/https?:\/\/[^\s"'<>]+/g) ?? ["https://example.com/"];
    return {
      steps: [
        { type: "url_context_call", id, arguments: { urls } },
        { type: "url_context_result", call_id: id, result: urls.map((url) => ({ url, status: "success" })) },
      ],
    };
  },
  google_maps: (_tool, id, query) => {
    const placeId = `place_${digest(query).toString("hex").slice(0, 12)}`;
    const place = { name: `Place for ${query}`, place_id: placeId, url: `https://maps.example.com/${placeId}` };
    return {
      steps: [
        { type: "google_maps_call", id, arguments: { queries: [query] } },
        { type: "google_maps_result", call_id: id, result: [{ places: [{ ...place, review_snippets: [] }] }] },
      ],
      cite: (len) => ({ type: "place_citation", ...place, start_index: 0, end_index: len }),
      grounding: { type: "google_maps", count: 1 },
    };
  },
  file_search: (tool, id) => {
    const stores = Array.isArray(tool.file_search_store_names) ? tool.file_search_store_names : [];
    const store = typeof stores[0] === "string" ? stores[0] : "fileSearchStores/default";
    return {
      steps: [
        { type: "file_search_call", id, signature: signatureOf(id) },
        { type: "file_search_result", call_id: id, result: [{ file_name: "notes.txt", source: store }] },
      ],
      cite: (len) => ({ type: "file_citation", file_name: "notes.txt", source: store, start_index: 0, end_index: len }),
    };
  },
  mcp_server: (tool, id, query) => {
    const server = typeof tool.name === "string" ? tool.name : "mcp";
    const allowed = Array.isArray(tool.allowed_tools) ? tool.allowed_tools.find(isObj) : undefined;
    const names = allowed && Array.isArray(allowed.tools) ? allowed.tools : [];
    const name = typeof names[0] === "string" ? names[0] : "search";
    return {
      steps: [
        { type: "mcp_server_tool_call", id, name, server_name: server, arguments: { query } },
        {
          type: "mcp_server_tool_result",
          call_id: id,
          name,
          server_name: server,
          result: [{ type: "text", text: `${server}.${name} found 1 result for ${JSON.stringify(query)}` }],
        },
      ],
    };
  },
  retrieval: (_tool, id, query) => ({
    steps: [
      { type: "retrieval_call", id, arguments: { queries: [query] }, retrieval_type: "vertex_ai_search" },
      { type: "retrieval_result", call_id: id, result: [{ text: `A passage about ${query}` }] },
    ],
  }),
};

/**
 * Runs every built-in tool the request declares, once, on the user's text.
 * Real models decide; the emulated one always uses what it is given, so a
 * test that declares a tool can count on seeing its steps.
 */
export function runBuiltInTools(tools: JsonObject[], text: string, nextId: () => string): ToolRun {
  const query = text || "query";
  const uses: ToolUse[] = [];
  for (const tool of tools) {
    const type = tool.type;
    if (isBuiltIn(type)) uses.push(USES[type](tool, nextId(), query));
  }
  const steps = uses.flatMap((u) => u.steps);
  return {
    steps,
    annotations: (len) => uses.flatMap((u) => (u.cite ? [u.cite(len)] : [])),
    toolUseTokens: steps.length * 8,
    grounding: uses.flatMap((u) => (u.grounding ? [u.grounding] : [])),
  };
}

/** Upstream "processes" media input (video, documents...) server-side before the model sees it. */
export function processingSteps(media: string[], nextId: () => string): WireStep[] {
  const heavy = media.filter((m) => m !== "image");
  if (!heavy.length) return [];
  const id = nextId();
  return [
    { type: "processing_call", id, signature: signatureOf(id) },
    { type: "processing_result", call_id: id, result: heavy.map((m) => ({ type: m, status: "processed" })) },
  ];
}
