import { describe, expect, it } from "vitest";
import {
  collect,
  create,
  createStream,
  deltaTypes,
  type Event,
  type Loose,
  MODEL,
  stepTypes,
  useEmulator,
} from "./helpers.ts";

const t = useEmulator();

const PAIRS: [tool: Loose, call: string, result: string][] = [
  [{ type: "google_search" }, "google_search_call", "google_search_result"],
  [{ type: "code_execution" }, "code_execution_call", "code_execution_result"],
  [{ type: "url_context" }, "url_context_call", "url_context_result"],
  [{ type: "google_maps", latitude: 1, longitude: 2 }, "google_maps_call", "google_maps_result"],
  [
    { type: "file_search", file_search_store_names: ["fileSearchStores/docs"] },
    "file_search_call",
    "file_search_result",
  ],
  [
    { type: "mcp_server", name: "crm", url: "https://mcp.example.com", allowed_tools: [{ tools: ["lookup"] }] },
    "mcp_server_tool_call",
    "mcp_server_tool_result",
  ],
  [{ type: "retrieval", retrieval_types: ["vertex_ai_search"] }, "retrieval_call", "retrieval_result"],
];

describe("built-in tools", () => {
  for (const [tool, call, result] of PAIRS) {
    it(`${String(tool.type)}: ${call} + ${result} (matched ids), then the model_output`, async () => {
      const it = await create(t.ai, { model: MODEL, input: "look up https://example.com/a", tools: [tool] });
      expect(it.status).toBe("completed");
      expect(stepTypes(it.steps)).toEqual([call, result, "model_output"]);
      const [c, r] = it.steps as Loose[];
      expect(r?.call_id).toBe(c?.id);
      expect(it.output_text).toBe(
        'Hello! You said: "look up https://example.com/a". This is turn 1 of our conversation.',
      );
    });
  }

  it("call/result payloads are plausible", async () => {
    const it = await create(t.ai, {
      model: MODEL,
      input: "weather in https://x.test/p",
      tools: PAIRS.map((p) => p[0]),
    });
    const by = (type: string) => it.steps.find((s) => s.type === type) as Loose;
    expect(by("google_search_call").arguments).toEqual({ queries: ["weather in https://x.test/p"] });
    expect(by("code_execution_call").arguments).toMatchObject({ language: "python" });
    expect(by("code_execution_result").result).toBe("27\n");
    expect(by("url_context_result").result).toEqual([{ url: "https://x.test/p", status: "success" }]);
    expect((by("google_maps_result").result as Loose[])[0]).toHaveProperty("places");
    expect(by("mcp_server_tool_call")).toMatchObject({ name: "lookup", server_name: "crm" });
    const usage = it.usage as Loose;
    expect(Number(usage.total_tool_use_tokens)).toBeGreaterThan(0);
    expect(usage.grounding_tool_count).toEqual([
      { type: "google_search", count: 1 },
      { type: "google_maps", count: 1 },
    ]);
  });

  it("grounded answers carry url, place and file citations", async () => {
    const it = await create(t.ai, { model: MODEL, input: "cite", tools: PAIRS.map((p) => p[0]) });
    const text = (it.steps.at(-1) as Loose & { content: Loose[] }).content[0] as Loose;
    const annotations = text.annotations as Loose[];
    expect(annotations.map((a) => a.type)).toEqual(["url_citation", "place_citation", "file_citation"]);
    expect(annotations[0]).toMatchObject({ start_index: 0, end_index: String(text.text).length });
  });

  it("streams every tool step as step.start (id / call_id) + one delta of its own type, and annotations", async () => {
    const { events } = await collect(
      await createStream(t.ai, { model: MODEL, input: "all", tools: PAIRS.map((p) => p[0]) }),
    );
    const types = deltaTypes(events);
    for (const [, call, result] of PAIRS) {
      expect(types).toContain(call);
      expect(types).toContain(result);
    }
    expect(types.at(-1)).toBe("text_annotation_delta");
    const starts = events.filter((e) => e.event_type === "step.start") as (Event & { step: Loose; index: number })[];
    expect(starts.map((s) => s.index)).toEqual(starts.map((_, i) => i));
    expect(Object.keys(starts[0]?.step ?? {})).toEqual(["type", "id"]);
    expect(Object.keys(starts[1]?.step ?? {})).toEqual(["type", "call_id"]);
    const mcp = events.find(
      (e) => e.event_type === "step.delta" && e.delta.type === "mcp_server_tool_call",
    ) as Event & {
      delta: Loose;
    };
    expect(mcp.delta).toMatchObject({ name: "lookup", server_name: "crm", arguments: { query: "all" } });
  });

  it("server-side tools run before a client function call in the same turn", async () => {
    const it = await create(t.ai, {
      model: MODEL,
      input: "search then lookup_order",
      tools: [{ type: "google_search" }, { type: "function", name: "lookup_order" }],
    });
    expect(it.status).toBe("requires_action");
    expect(stepTypes(it.steps)).toEqual(["google_search_call", "google_search_result", "function_call"]);
  });
});
