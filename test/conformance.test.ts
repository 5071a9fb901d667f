import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JsonObject } from "../src/gemini/types.ts";
import {
  ConformanceRunDocument,
  type ConformanceRunMutation,
  type CreateInteractionInput,
} from "./generated/graphql.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

/**
 * Issue 25's table, row by row: a GraphQL input sends each upstream field
 * (the emulator's request log shows what reached the wire, through the real
 * SDK) and the typed output comes back. Rows the server does not support are
 * listed in README ("Interactions API coverage"), not here.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const MODEL = "gemini-3.5-flash";
type Run = NonNullable<ConformanceRunMutation["createInteraction"]>;

interface Row {
  row: string;
  input: CreateInteractionInput;
  wire: JsonObject;
  out: (i: Run) => void;
}

const typenames = (i: Run) => i.steps.map((s) => s.__typename);

const rows: Row[] = [
  {
    row: "service_tier",
    input: { model: MODEL, text: "tier", serviceTier: "PRIORITY" },
    wire: { service_tier: "priority" },
    out: (i) => expect(i.serviceTier).toBe("PRIORITY"),
  },
  {
    row: "labels",
    input: { model: MODEL, text: "labels", labels: [{ key: "team", value: "growth" }] },
    wire: { labels: { team: "growth" } },
    out: (i) => expect(i.labels).toEqual([{ key: "team", value: "growth" }]),
  },
  {
    row: "safety_settings",
    input: {
      model: MODEL,
      text: "Say something unsafe:harassment:high",
      safetySettings: [{ category: "HARASSMENT", threshold: "BLOCK_ONLY_HIGH", method: "PROBABILITY" }],
    },
    wire: { safety_settings: [{ type: "harassment", threshold: "block_only_high", method: "probability" }] },
    out: (i) => expect([i.status, i.error?.code]).toEqual(["FAILED", "SAFETY_BLOCKED"]),
  },
  {
    row: "response_format as an array",
    input: {
      model: MODEL,
      text: 'A poster titled "Spring"',
      responseFormat: [
        { type: "text", mime_type: "text/plain" },
        { type: "image", aspect_ratio: "16:9" },
        { type: "audio", delivery: "inline" },
      ],
    },
    wire: {
      response_format: [
        { type: "text", mime_type: "text/plain" },
        { type: "image", aspect_ratio: "16:9" },
        { type: "audio", delivery: "inline" },
      ],
    },
    out: (i) => {
      const output = i.steps.find((s) => s.__typename === "ModelOutputStep");
      expect(output?.__typename === "ModelOutputStep" && output.content.map((c) => c.__typename)).toEqual([
        "TextContent",
        "ImageContent",
        "AudioContent",
      ]);
    },
  },
  {
    row: "generation_config",
    input: {
      model: MODEL,
      text: "generate",
      generationConfig: {
        thinkingLevel: "HIGH",
        thinkingSummaries: "AUTO",
        maxOutputTokens: 400,
        seed: 7,
        stopSequences: ["THE END"],
        toolChoice: { mode: "AUTO" },
        speechConfig: [{ voice: "Kore", language: "en-US" }],
        imageConfig: { aspectRatio: "1:1", imageSize: "1K" },
      },
    },
    wire: {
      generation_config: {
        thinking_level: "high",
        thinking_summaries: "auto",
        max_output_tokens: 400,
        seed: 7,
        stop_sequences: ["THE END"],
        tool_choice: "auto",
        speech_config: [{ voice: "Kore", language: "en-US" }],
        image_config: { aspect_ratio: "1:1", image_size: "1K" },
      },
    },
    out: (i) => expect(i.status).toBe("COMPLETED"),
  },
  {
    row: "tool computer_use",
    input: {
      model: MODEL,
      text: "Open https://shop.example/",
      tools: [
        {
          computerUse: {
            environment: "BROWSER",
            excludedPredefinedFunctions: ["drag_and_drop"],
            disabledSafetyPolicies: ["ACCOUNT_CREATION"],
            enablePromptInjectionDetection: true,
          },
        },
      ],
    },
    wire: {
      tools: [
        {
          type: "computer_use",
          environment: "browser",
          excluded_predefined_functions: ["drag_and_drop"],
          disabled_safety_policies: ["account_creation"],
          enable_prompt_injection_detection: true,
        },
      ],
    },
    out: (i) => {
      expect(i.status).toBe("REQUIRES_ACTION");
      expect(typenames(i)).toContain("FunctionCallStep");
    },
  },
  {
    row: "tool retrieval",
    input: { model: MODEL, text: "Use retrieval", tools: [{ retrieval: { retrievalTypes: ["VERTEX_AI_SEARCH"] } }] },
    wire: { tools: [{ type: "retrieval", retrieval_types: ["vertex_ai_search"] }] },
    out: (i) => expect(typenames(i)).toEqual(expect.arrayContaining(["RetrievalCallStep", "RetrievalResultStep"])),
  },
  {
    row: "google_search.search_types",
    input: { model: MODEL, text: "Who won?", tools: [{ googleSearch: { searchTypes: ["WEB_SEARCH"] } }] },
    wire: { tools: [{ type: "google_search", search_types: ["web_search"] }] },
    out: (i) => expect(i.usage?.groundingToolCount).toBeGreaterThan(0),
  },
  {
    row: "agent antigravity in the foreground, environment in, environment_id out",
    input: {
      agent: "antigravity-preview-05-2026",
      text: "List the files",
      environment: { remote: true },
      agentSettings: { antigravity: { maxTotalTokens: 20_000 } },
    },
    wire: {
      agent: "antigravity-preview-05-2026",
      environment: "remote",
      agent_config: { type: "antigravity", max_total_tokens: "20000" },
    },
    out: (i) => {
      expect(i.status).toBe("COMPLETED");
      expect(i.environmentId).toEqual(expect.any(String));
    },
  },
  {
    row: "usage by modality",
    input: { model: MODEL, text: "Who won the latest match?", tools: [{ googleSearch: {} }] },
    wire: { tools: [{ type: "google_search" }] },
    out: (i) => {
      const u = i.usage;
      expect(u?.inputTokensByModality).toEqual([{ modality: "TEXT", tokens: expect.any(Number) }]);
      expect(u?.outputTokensByModality.map((m) => m.modality)).toEqual(["TEXT"]);
      expect(u?.toolUseTokensByModality).toEqual([{ modality: "TEXT", tokens: u?.toolUseTokens }]);
      expect(u?.toolUseTokens).toBeGreaterThan(0);
    },
  },
  {
    row: "code_execution_result as Content[]",
    input: { model: MODEL, text: "plot this", tools: [{ codeExecution: {} }] },
    wire: { tools: [{ type: "code_execution" }] },
    out: (i) => {
      const result = i.steps.find((s) => s.__typename === "CodeExecutionResultStep");
      expect(result?.__typename === "CodeExecutionResultStep" && result.content.map((c) => c.__typename)).toEqual([
        "TextContent",
        "ImageContent",
      ]);
    },
  },
];

describe("conformance with today's Interactions API (issue 25's table)", () => {
  for (const r of rows) {
    it(`${r.row}: the GraphQL input reaches the wire and the typed output comes back`, async () => {
      const before = h.emulator.requests.length;
      const i = (await h.ok(ConformanceRunDocument, { input: r.input })).createInteraction;
      expect(h.emulator.requests.slice(before)[0]).toMatchObject(r.wire);
      r.out(i);
    });
  }

  it("a bad label and an unknown enum value are typed GraphQL errors, and nothing reaches upstream", async () => {
    const before = h.emulator.requests.length;
    const label = await h.gql(ConformanceRunDocument, {
      input: { model: MODEL, text: "hi", labels: [{ key: "Team", value: "growth" }] },
    });
    expect(label.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "labels.0.key" });
    const tier = await h.gql(ConformanceRunDocument, {
      input: { model: MODEL, text: "hi", serviceTier: "CHEAPEST" as never },
    });
    expect(tier.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
    expect(h.emulator.requests.length).toBe(before);
  });

  it("agent deep-research (background): agent_config typed, the run queued as a job", async () => {
    const text = "Research the conformance of tides";
    const i = (
      await h.ok(ConformanceRunDocument, {
        input: {
          agent: "deep-research-max-preview-04-2026",
          background: true,
          serviceTier: "FLEX",
          text,
          agentSettings: { deepResearch: { visualization: "AUTO" } },
        },
      })
    ).createInteraction;
    expect(i.serviceTier).toBe("FLEX");
    const sent = await waitFor("the research request", () =>
      h.emulator.requests.find((q) => JSON.stringify(q.input).includes(text)),
    );
    expect(sent).toMatchObject({
      agent: "deep-research-max-preview-04-2026",
      background: true,
      service_tier: "flex",
      agent_config: { type: "deep-research", visualization: "auto" },
    });
  });
});
