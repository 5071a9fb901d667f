import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sumUsage, usageColumns } from "../src/engine/runs/usage.ts";
import {
  ComputerChatDocument,
  type ComputerChatSubscription,
  type ComputerChatSubscriptionVariables,
  CreateCodePlotDocument,
  CreateFormatsDocument,
  CreateGeneratedDocument,
  CreateSafetyDocument,
  CreateWithControlsDocument,
  SendWithControlsDocument,
} from "./generated/graphql.ts";
import { collectWs } from "./support/clients.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media, upload } from "./support/media.ts";

// Issue 25: today's request controls (service tier, labels, safety settings) and usage by modality.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const MODEL = "gemini-3.5-flash";

describe("service tier, labels and safety settings", () => {
  it("reach upstream in its wire shape, come back typed, and usage is broken down by modality", async () => {
    const { createInteraction: i } = await h.ok(CreateWithControlsDocument, {
      input: {
        model: MODEL,
        text: "Hello there",
        serviceTier: "FLEX",
        labels: [{ key: "team", value: "growth" }],
        safetySettings: [{ category: "HARASSMENT", threshold: "BLOCK_ONLY_HIGH" }],
      },
    });
    const sent = h.emulator.requests.at(-1);
    expect(sent).toMatchObject({
      service_tier: "flex",
      labels: { team: "growth" },
      safety_settings: [{ type: "harassment", threshold: "block_only_high" }],
    });
    expect(sent?.safety_settings).toEqual([{ type: "harassment", threshold: "block_only_high" }]);
    expect(i.status).toBe("COMPLETED");
    expect(i.serviceTier).toBe("FLEX");
    expect(i.labels).toEqual([{ key: "team", value: "growth" }]);
    const usage = i.usage;
    expect(usage?.inputTokensByModality).toEqual([{ modality: "TEXT", tokens: usage?.inputTokens }]);
    expect(usage?.outputTokensByModality).toEqual([{ modality: "TEXT", tokens: usage?.outputTokens }]);
    expect(usage?.cachedTokensByModality).toEqual([{ modality: "TEXT", tokens: 0 }]);
    expect(usage?.toolUseTokensByModality).toEqual([]);
    expect(usage?.toolUseTokens).toBe(0);

    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: i.id } });
    expect(row.usageByModality).toMatchObject({ input_tokens_by_modality: [{ modality: "text" }] });
  });

  it("counts tool-use tokens and grounding calls of a search-grounded answer", async () => {
    const { createInteraction: i } = await h.ok(CreateWithControlsDocument, {
      input: { model: MODEL, text: "Who won the latest match?", tools: [{ googleSearch: {} }] },
    });
    expect(i.usage?.toolUseTokens).toBeGreaterThan(0);
    expect(i.usage?.toolUseTokensByModality).toEqual([{ modality: "TEXT", tokens: i.usage?.toolUseTokens }]);
    expect(i.usage?.groundingToolCount).toBeGreaterThan(0);
    expect(i.serviceTier).toBeNull();
    expect(i.labels).toEqual([]);
  });

  it("keeps a conversation's tier and labels for its later turns", async () => {
    const first = await h.ok(SendWithControlsDocument, {
      input: { model: MODEL, text: "one", serviceTier: "PRIORITY", labels: [{ key: "app", value: "web-chat" }] },
    });
    const conversationId = first.sendMessage.conversation?.id;
    const second = await h.ok(SendWithControlsDocument, { input: { conversationId, text: "two" } });
    expect(h.emulator.requests.at(-1)).toMatchObject({ service_tier: "priority", labels: { app: "web-chat" } });
    expect(second.sendMessage.serviceTier).toBe("PRIORITY");
    expect(second.sendMessage.labels).toEqual([{ key: "app", value: "web-chat" }]);
  });

  const badLabels: [string, { key: string; value: string }[], string][] = [
    ["an uppercase key", [{ key: "Team", value: "growth" }], "labels.0.key"],
    ["a key starting with a digit", [{ key: "1team", value: "growth" }], "labels.0.key"],
    ["a 64-character value", [{ key: "team", value: "g".repeat(64) }], "labels.0.value"],
    [
      "a value with a space",
      [
        { key: "ok", value: "x" },
        { key: "team", value: "gro wth" },
      ],
      "labels.1.value",
    ],
    [
      "a repeated key",
      [
        { key: "team", value: "a" },
        { key: "team", value: "b" },
      ],
      "labels.1.key",
    ],
  ];
  for (const [name, labels, field] of badLabels) {
    it(`refuses ${name} with VALIDATION_ERROR on ${field}, sending nothing upstream`, async () => {
      const before = h.emulator.requests.length;
      const res = await h.gql(CreateWithControlsDocument, { input: { model: MODEL, text: "hi", labels } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field });
      expect(h.emulator.requests.length).toBe(before);
    });
  }

  it("refuses an unknown enum value before anything runs (GraphQL's own variable check names the enum)", async () => {
    const before = h.emulator.requests.length;
    const res = await h.gql(CreateWithControlsDocument, {
      input: {
        model: MODEL,
        text: "hi",
        safetySettings: [{ category: "HARASSMENT", threshold: "BLOCK_SOME" as never }],
      },
    });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/SafetyThreshold/);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
    expect(h.emulator.requests.length).toBe(before);
  });

  it("codes an unknown enum value GRAPHQL_VALIDATION_FAILED on a WebSocket subscription too", async () => {
    const { errors } = await collectWs(h.url, ComputerChatDocument, {
      input: { model: MODEL, text: "hi", serviceTier: "CHEAPEST" as never },
    });
    expect(JSON.stringify(errors)).toContain("ServiceTier");
    expect(errors).toMatchObject([{ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }]);
  });

  it("a computer-use tool reaches upstream as its computer_use entry", async () => {
    await h.ok(CreateWithControlsDocument, {
      input: {
        model: MODEL,
        text: "Open the pricing page",
        tools: [{ computerUse: { environment: "BROWSER", disabledSafetyPolicies: ["ACCOUNT_CREATION"] } }],
      },
    });
    expect(h.emulator.requests.at(-1)?.tools).toEqual([
      { type: "computer_use", environment: "browser", disabled_safety_policies: ["account_creation"] },
    ]);
  });

  it("the emulator refuses a bad label with 400, as upstream does", async () => {
    const res = await fetch(`${h.emulator.url}/v1beta/interactions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-goog-api-key": "k" },
      body: JSON.stringify({ model: MODEL, input: "hi", labels: { Team: "growth" } }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("labels");
  });
});

describe("a turn upstream's safety filter blocks", () => {
  it("ends FAILED with SAFETY_BLOCKED, the block reason and the ratings, and no answer", async () => {
    const { createInteraction: i } = await h.ok(CreateSafetyDocument, {
      input: {
        model: MODEL,
        text: "Say something unsafe:harassment about my neighbour",
        safetySettings: [{ category: "HARASSMENT", threshold: "BLOCK_ONLY_HIGH" }],
      },
    });
    expect(i.status).toBe("FAILED");
    expect(i.error?.code).toBe("SAFETY_BLOCKED");
    expect(i.error?.message).toMatch(/harassment/);
    expect(i.blockReason).toBe("SAFETY");
    expect(i.safetyRatings).toEqual([{ category: "HARASSMENT", probability: "HIGH", blocked: true }]);
    expect(i.outputText ?? "").toBe("");
  });

  it("answers the same prompt when the threshold does not block it", async () => {
    const { createInteraction: i } = await h.ok(CreateSafetyDocument, {
      input: {
        model: MODEL,
        text: "Say something unsafe:harassment:medium about my neighbour",
        safetySettings: [{ category: "HARASSMENT", threshold: "BLOCK_ONLY_HIGH" }],
      },
    });
    expect(i.status).toBe("COMPLETED");
    expect(i.error).toBeNull();
    expect(i.blockReason).toBeNull();
    expect(i.safetyRatings).toEqual([]);
    expect(i.outputText).toContain("unsafe:harassment:medium");
  });
});

describe("a computer-use turn through chat", () => {
  type End = Extract<ComputerChatSubscription["chat"], { __typename: "TurnEndEvent" }>;
  const turn = async (variables: ComputerChatSubscriptionVariables): Promise<End["interaction"]> => {
    const { results, errors } = await collectWs(h.url, ComputerChatDocument, variables);
    expect(errors).toEqual([]);
    const end = results.at(-1)?.chat;
    if (end?.__typename !== "TurnEndEvent") throw new Error("the turn did not end");
    return end.interaction;
  };
  const callOf = (i: End["interaction"]) => {
    const step = i.steps.find((s) => s.__typename === "FunctionCallStep");
    if (step?.__typename !== "FunctionCallStep" || !step.callId) throw new Error("no function call");
    return step;
  };

  it("runs two actions, the second after the person confirms it, answering each with the URL and a screenshot", async () => {
    const png = media.png("the shop");
    const shot = (await upload(h.url, png, "shot.png", "image/png")).data?.uploadFile.id ?? "";
    const tools = [{ computerUse: { environment: "BROWSER" as const } }];
    const first = await turn({ input: { model: MODEL, text: "Open https://shop.example/ and buy the mug", tools } });
    expect(first.status).toBe("REQUIRES_ACTION");
    const navigate = callOf(first);
    expect(navigate).toMatchObject({ name: "navigate", requiresConfirmation: false, safetyDecision: null });

    const second = await turn({
      functionResults: {
        interactionId: first.id,
        results: [{ callId: navigate.callId ?? "", url: "https://shop.example/", screenshot: { fileId: shot } }],
      },
    });
    const sent = h.emulator.requests.at(-1)?.input;
    expect(sent).toEqual([
      {
        type: "function_result",
        call_id: navigate.callId,
        name: "navigate",
        result: [
          { type: "text", text: JSON.stringify({ url: "https://shop.example/" }) },
          { type: "image", data: png.toString("base64"), mime_type: "image/png" },
        ],
      },
    ]);
    const click = callOf(second);
    expect(click).toMatchObject({
      name: "click_at",
      requiresConfirmation: true,
      safetyDecision: { decision: "require_confirmation", explanation: expect.stringContaining("purchase") },
    });

    const unconfirmed = await collectWs(h.url, ComputerChatDocument, {
      functionResults: { interactionId: second.id, results: [{ callId: click.callId ?? "", url: "https://x/" }] },
    });
    expect(unconfirmed.errors).toMatchObject([
      { extensions: { code: "VALIDATION_ERROR", field: "results.0.confirmed" } },
    ]);

    const done = await turn({
      functionResults: {
        interactionId: second.id,
        results: [
          {
            callId: click.callId ?? "",
            url: "https://shop.example/thanks",
            screenshot: { fileId: shot },
            confirmed: true,
          },
        ],
      },
    });
    expect(done.status).toBe("COMPLETED");
    expect(done.outputText).toBe("Done: navigate, click_at. The page is now https://shop.example/thanks.");
  });

  it("a declined confirmation ends the loop without the action", async () => {
    const tools = [{ computerUse: { environment: "BROWSER" as const } }];
    const first = await turn({ input: { model: MODEL, text: "Just buy the mug", tools } });
    const open = callOf(first);
    const second = await turn({
      functionResults: { interactionId: first.id, results: [{ callId: open.callId ?? "", url: "about:blank" }] },
    });
    const click = callOf(second);
    const declined = await turn({
      functionResults: { interactionId: second.id, results: [{ callId: click.callId ?? "", confirmed: false }] },
    });
    expect(h.emulator.requests.at(-1)?.input).toMatchObject([{ is_error: true, call_id: click.callId }]);
    expect(declined.status).toBe("COMPLETED");
    expect(declined.outputText).toBe("I stopped before click_at: it was not confirmed.");
  });
});

describe("typed generation config", () => {
  it("goes upstream as generation_config, laid over the deprecated JSON; the emulator honours seed and stop sequences", async () => {
    const { createInteraction: i } = await h.ok(CreateGeneratedDocument, {
      input: {
        model: MODEL,
        text: "Tell me more",
        generationConfigJson: { temperature: 0.2, seed: 1 },
        generationConfig: {
          seed: 8,
          maxOutputTokens: 50,
          stopSequences: ["This is"],
          thinkingLevel: "LOW",
          thinkingSummaries: "NONE",
          toolChoice: { mode: "ANY", allowedTools: ["lookup"] },
          speechConfig: [{ voice: "Kore", speaker: "Ada" }],
          imageConfig: { aspectRatio: "16:9" },
        },
      },
    });
    expect(h.emulator.requests.at(-1)?.generation_config).toEqual({
      temperature: 0.2,
      seed: 8,
      max_output_tokens: 50,
      stop_sequences: ["This is"],
      thinking_level: "low",
      thinking_summaries: "none",
      tool_choice: { allowed_tools: { mode: "any", tools: ["lookup"] } },
      speech_config: [{ voice: "Kore", speaker: "Ada" }],
      image_config: { aspect_ratio: "16:9" },
    });
    expect(i.status).toBe("COMPLETED");
    expect(i.outputText).toBe('Hey! You said: "Tell me more". ');
  });

  it("generationConfig is the typed input (issue 25's name): thinking level, seed and stop sequences on the wire", async () => {
    await h.ok(CreateGeneratedDocument, {
      input: {
        model: MODEL,
        text: "Tell me more",
        generationConfig: { thinkingLevel: "HIGH", seed: 7, stopSequences: ["x"] },
      },
    });
    expect(h.emulator.requests.at(-1)?.generation_config).toEqual({
      thinking_level: "high",
      seed: 7,
      stop_sequences: ["x"],
    });
  });

  it("a conversation keeps its typed config for later turns", async () => {
    const first = await h.ok(SendWithControlsDocument, {
      input: { model: MODEL, text: "one", generationConfig: { seed: 4 } },
    });
    await h.ok(SendWithControlsDocument, {
      input: { conversationId: first.sendMessage.conversation?.id, text: "two" },
    });
    expect(h.emulator.requests.at(-1)?.generation_config).toEqual({ seed: 4 });
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["a zero maxOutputTokens", { maxOutputTokens: 0 }, "generationConfig.maxOutputTokens"],
    ["six stop sequences", { stopSequences: ["a", "b", "c", "d", "e", "f"] }, "generationConfig.stopSequences"],
    ["an empty stop sequence", { stopSequences: ["a", ""] }, "generationConfig.stopSequences.1"],
    ["a temperature of 3", { temperature: 3 }, "generationConfig.temperature"],
  ];
  for (const [name, generationConfig, field] of bad) {
    it(`refuses ${name} with VALIDATION_ERROR on ${field}`, async () => {
      const before = h.emulator.requests.length;
      const res = await h.gql(CreateGeneratedDocument, { input: { model: MODEL, text: "hi", generationConfig } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field });
      expect(h.emulator.requests.length).toBe(before);
    });
  }
});

describe("several response formats", () => {
  it("go upstream as a response_format array and the answer carries each: parsed JSON, an image, audio", async () => {
    const schema = { type: "object", properties: { title: { type: "string" } }, required: ["title"] };
    const { createInteraction: i } = await h.ok(CreateFormatsDocument, {
      input: {
        model: MODEL,
        text: 'A poster titled "Spring"',
        responseFormat: [schema, { type: "image", aspect_ratio: "16:9" }, { type: "audio", delivery: "inline" }],
      },
    });
    expect(h.emulator.requests.at(-1)?.response_format).toEqual([
      { type: "text", mime_type: "application/json", schema },
      { type: "image", aspect_ratio: "16:9" },
      { type: "audio", delivery: "inline" },
    ]);
    expect(i.status).toBe("COMPLETED");
    expect(i.json).toEqual({ title: "Spring" });
    const output = i.steps.find((s) => s.__typename === "ModelOutputStep");
    expect(output?.__typename === "ModelOutputStep" && output.content.map((c) => c.__typename)).toEqual([
      "TextContent",
      "ImageContent",
      "AudioContent",
    ]);
  });

  it("checks each entry of a responseFormat list like a single one; nothing goes upstream", async () => {
    const before = h.emulator.requests.length;
    const cases: [unknown, string][] = [
      [[{ type: "object" }, { type: "object", patternProperties: { x: {} } }], "responseFormat.1"],
      [[{ type: "image" }, "text"], "responseFormat"],
      [[], "responseFormat"],
    ];
    for (const [responseFormat, field] of cases) {
      const res = await h.gql(CreateFormatsDocument, { input: { model: MODEL, text: "hi", responseFormat } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field });
    }
    expect(h.emulator.requests.length).toBe(before);
  });

  it("a single JSON schema still goes as one JSON response format", async () => {
    const schema = { type: "object", properties: { title: { type: "string" } } };
    await h.ok(CreateFormatsDocument, {
      input: { model: MODEL, text: 'A poster titled "Spring"', responseFormat: schema },
    });
    expect(h.emulator.requests.at(-1)?.response_format).toEqual({
      type: "text",
      mime_type: "application/json",
      schema,
    });
  });
});

describe("typed environment", () => {
  const agent = "antigravity-preview-05-2026";
  it("a configured sandbox, a fresh one and one to reuse go upstream as upstream's environment values", async () => {
    const config = { env: [{ name: "MODE", value: "test" }], network: { disabled: true } };
    const first = await h.ok(CreateFormatsDocument, {
      input: { agent, text: "List the files", environment: { config } },
    });
    expect(h.emulator.requests.at(-1)?.environment).toEqual({
      type: "remote",
      env: { MODE: "test" },
      network: "disabled",
    });
    expect(first.createInteraction.status).toBe("COMPLETED");
    await h.ok(CreateFormatsDocument, { input: { agent, text: "List the files", environment: { remote: true } } });
    expect(h.emulator.requests.at(-1)?.environment).toBe("remote");
    const id = h.emulator.requests.length;
    await h.gql(CreateFormatsDocument, { input: { agent, text: "again", environment: { id: "env_reused" } } });
    expect(h.emulator.requests.slice(id).map((r) => r.environment)).toContain("env_reused");
  });

  it("the deprecated environmentJson still goes as it is; both at once is a VALIDATION_ERROR", async () => {
    await h.ok(CreateFormatsDocument, { input: { agent, text: "List the files", environmentJson: "remote" } });
    expect(h.emulator.requests.at(-1)?.environment).toBe("remote");
    const res = await h.gql(CreateFormatsDocument, {
      input: { agent, text: "x", environment: { remote: true }, environmentJson: "remote" },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "environment" });
  });
});

describe("code execution results as Content[]", () => {
  it("a plotted chart comes back as text and an image; output keeps the printed text", async () => {
    const { createInteraction: i } = await h.ok(CreateCodePlotDocument, {
      input: { model: MODEL, text: "plot this", tools: [{ codeExecution: {} }] },
    });
    const result = i.steps.find((s) => s.__typename === "CodeExecutionResultStep");
    expect(result).toEqual({
      __typename: "CodeExecutionResultStep",
      output: "9\n",
      content: [{ __typename: "TextContent" }, { __typename: "ImageContent" }],
    });
  });

  it("a string result is one TextContent", async () => {
    const { createInteraction: i } = await h.ok(CreateCodePlotDocument, {
      input: { model: MODEL, text: "count this", tools: [{ codeExecution: {} }] },
    });
    const result = i.steps.find((s) => s.__typename === "CodeExecutionResultStep");
    expect(result).toEqual({
      __typename: "CodeExecutionResultStep",
      output: "10\n",
      content: [{ __typename: "TextContent" }],
    });
  });
});

describe("usage of continuation hops", () => {
  it("adds breakdowns by modality and grounding counts instead of concatenating them", () => {
    const hop = {
      total_input_tokens: 10,
      input_tokens_by_modality: [{ modality: "text", tokens: 10 }],
      output_tokens_by_modality: [{ modality: "image", tokens: 258 }],
      grounding_tool_count: [{ type: "google_search", count: 1 }],
    };
    const sum = sumUsage(sumUsage(undefined, hop), {
      ...hop,
      input_tokens_by_modality: [
        { modality: "text", tokens: 5 },
        { modality: "audio", tokens: 7 },
      ],
    });
    expect(sum.total_input_tokens).toBe(20);
    expect(sum.input_tokens_by_modality).toEqual([
      { modality: "text", tokens: 15 },
      { modality: "audio", tokens: 7 },
    ]);
    expect(sum.output_tokens_by_modality).toEqual([{ modality: "image", tokens: 516 }]);
    expect(usageColumns(sum).groundingToolCount).toBe(2);
  });
});
