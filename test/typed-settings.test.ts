import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGENTS } from "../src/gemini/agents.ts";
import { stepUsageOf, usageByModality } from "../src/resolvers/controls.ts";
import {
  ChatStepUsageDocument,
  ConversationSettingsDocument,
  CreateAgentWithEnvironmentDocument,
  SendTypedDocument,
  type SendTypedMutationVariables,
} from "./generated/graphql.ts";
import { collectWs, gqlText } from "./support/clients.ts";
import { type Harness, startHarness } from "./support/harness.ts";

// Issue 25: a conversation's kept settings, an agent's base environment and the generation config's
// transcription and video configs, typed on the way in and on the way out.
let h: Harness;
beforeAll(async () => {
  // The MCP and network headers below are credentials: sealed at rest, so the server needs its key.
  h = await startHarness({ env: { SECRETS_KEY: "typed-settings-test-secrets-key-0123456789" } });
});
afterAll(async () => {
  await h?.close();
});

const MODEL = "gemini-3.5-flash";

const turn: SendTypedMutationVariables["input"] = {
  model: MODEL,
  text: "Transcribe the meeting",
  systemInstruction: "Be exact",
  serviceTier: "FLEX",
  labels: [{ key: "team", value: "growth" }],
  safetySettings: [{ category: "HATE_SPEECH", threshold: "BLOCK_LOW_AND_ABOVE", method: "SEVERITY" }],
  generationConfig: {
    temperature: 0.3,
    seed: 7,
    stopSequences: ["###"],
    thinkingLevel: "LOW",
    toolChoice: { mode: "AUTO" },
    speechConfig: [{ voice: "Kore", speaker: "Ann" }],
    transcriptionConfig: {
      mode: "VERBATIM",
      languageCodes: ["en-US", "de-DE"],
      customVocabulary: ["Gemini"],
      diarization: true,
      wordTimestamps: true,
    },
    videoConfig: { task: "TEXT_TO_VIDEO" },
  },
  generationConfigJson: { top_k: 20 },
  tools: [{ googleSearch: { searchTypes: ["WEB_SEARCH"] } }],
  environment: {
    config: {
      sources: [{ type: "repository", source: "github.com/acme/app", target: "app" }],
      env: [{ name: "MODE", value: "ci" }],
      network: { allowlist: [{ domain: "api.acme.dev", headers: [{ name: "Authorization", value: "Bearer t0ken" }] }] },
    },
  },
};

/** The names SendMessageInput gives its fields: the only keys a settings answer may use. */
async function inputNames(): Promise<Set<string>> {
  const res = await gqlText<{ __type: { inputFields: { name: string }[] } }>(
    h.url,
    '{ __type(name: "SendMessageInput") { inputFields(includeDeprecated: true) { name } } }',
  );
  return new Set(res.__type.inputFields.map((f) => f.name));
}

describe("typed conversation settings", () => {
  it("sends transcription and video configs in upstream's shape, keeps them, and answers every setting typed", async () => {
    const first = await h.ok(SendTypedDocument, { input: turn });
    expect(h.emulator.requests.at(-1)?.generation_config).toEqual({
      top_k: 20,
      temperature: 0.3,
      seed: 7,
      stop_sequences: ["###"],
      thinking_level: "low",
      tool_choice: "auto",
      speech_config: [{ voice: "Kore", speaker: "Ann" }],
      transcription_config: {
        mode: { type: "verbatim", diarization_mode: "speaker", timestamp_granularities: ["word"] },
        language_codes: ["en-US", "de-DE"],
        custom_vocabulary: ["Gemini"],
      },
      video_config: { task: "text_to_video" },
    });
    expect(h.emulator.requests.at(-1)?.environment).toEqual({
      type: "remote",
      sources: [{ type: "repository", source: "github.com/acme/app", target: "app" }],
      env: { MODE: "ci" },
      network: { allowlist: [{ domain: "api.acme.dev", transform: { Authorization: "Bearer t0ken" } }] },
    });

    // The conversation keeps them: a turn that names none sends the same.
    const conversationId = first.sendMessage.conversation?.id ?? "";
    await h.ok(SendTypedDocument, { input: { conversationId, text: "and the next one" } });
    expect(h.emulator.requests.at(-1)?.generation_config).toMatchObject({
      transcription_config: { language_codes: ["en-US", "de-DE"] },
      video_config: { task: "text_to_video" },
    });

    const { conversation } = await h.ok(ConversationSettingsDocument, { id: conversationId });
    const settings = conversation?.settings;
    expect(settings).toMatchObject({
      model: MODEL,
      agent: null,
      systemInstruction: "Be exact",
      serviceTier: "FLEX",
      labels: [{ key: "team", value: "growth" }],
      safetySettings: [{ category: "HATE_SPEECH", threshold: "BLOCK_LOW_AND_ABOVE", method: "SEVERITY" }],
      generationConfigJson: { top_k: 20 },
      tools: [
        {
          function: null,
          googleSearch: { searchTypes: ["WEB_SEARCH"] },
          mcpServer: null,
          computerUse: null,
          serverFunction: null,
        },
      ],
      agentSettings: null,
    });
    expect(settings?.generationConfig).toEqual({
      temperature: 0.3,
      topP: null,
      seed: 7,
      maxOutputTokens: null,
      stopSequences: ["###"],
      thinkingLevel: "LOW",
      thinkingSummaries: null,
      toolChoice: { mode: "AUTO", allowedTools: [] },
      speechConfig: [{ voice: "Kore", speaker: "Ann", language: null }],
      imageConfig: null,
      transcriptionConfig: {
        mode: "VERBATIM",
        languageCodes: ["en-US", "de-DE"],
        customVocabulary: ["Gemini"],
        diarization: true,
        wordTimestamps: true,
      },
      videoConfig: { task: "TEXT_TO_VIDEO" },
    });
    // The environment as EnvironmentInput named it; injected headers by name only.
    expect(settings?.environment).toEqual({
      id: null,
      remote: false,
      config: {
        sources: [{ type: "repository", source: "github.com/acme/app", target: "app", content: null, encoding: null }],
        env: [{ name: "MODE", value: "ci", credential: null }],
        network: {
          disabled: false,
          allowlist: [{ domain: "api.acme.dev", credential: null, transformHeaders: ["Authorization"] }],
        },
      },
    });
    expect(JSON.stringify(settings)).not.toContain("t0ken");

    // The deprecated JSON speaks the input's names too: no engine key (`generation`, upstream's environment) shows.
    const json = conversation?.settingsJson as Record<string, unknown>;
    const names = await inputNames();
    expect(Object.keys(json).filter((k) => !names.has(k))).toEqual([]);
    expect(json).toMatchObject({
      generationConfig: { transcriptionConfig: { mode: "verbatim" } },
      generationConfigJson: { top_k: 20 },
      environmentJson: { type: "remote", env: { MODE: "ci" } },
    });
  });

  it("answers a reused or fresh environment by id or remote", async () => {
    const first = await h.ok(SendTypedDocument, { input: { model: MODEL, text: "hi", environment: { remote: true } } });
    const id = first.sendMessage.conversation?.id ?? "";
    expect(h.emulator.requests.at(-1)?.environment).toBe("remote");
    const fresh = await h.ok(ConversationSettingsDocument, { id });
    expect(fresh.conversation?.settings.environment).toEqual({ id: null, remote: true, config: null });

    await h.ok(SendTypedDocument, { input: { conversationId: id, text: "again", environment: { id: "env_42" } } });
    expect(h.emulator.requests.at(-1)?.environment).toBe("env_42");
    const reused = await h.ok(ConversationSettingsDocument, { id });
    expect(reused.conversation?.settings.environment).toEqual({ id: "env_42", remote: false, config: null });
  });
});

describe("typed settings refuse bad input with a typed error", () => {
  it("an unknown transcription mode or video task is GRAPHQL_VALIDATION_FAILED, and nothing is sent", async () => {
    const before = h.emulator.requests.length;
    for (const generationConfig of [
      { transcriptionConfig: { mode: "WHISPER" as never } },
      { videoConfig: { task: "TIME_TRAVEL" as never } },
    ]) {
      const res = await h.gql(SendTypedDocument, { input: { model: MODEL, text: "hi", generationConfig } });
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
    }
    expect(h.emulator.requests.length).toBe(before);
  });

  it("verbatim-only options with SMART transcription are a VALIDATION_ERROR naming the field", async () => {
    const before = h.emulator.requests.length;
    const res = await h.gql(SendTypedDocument, {
      input: {
        model: MODEL,
        text: "hi",
        generationConfig: { transcriptionConfig: { mode: "SMART", diarization: true } },
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_ERROR",
      field: "generationConfig.transcriptionConfig.mode",
    });
    expect(h.emulator.requests.length).toBe(before);
  });
});

describe("a custom agent's base environment", () => {
  const baseAgent = Object.keys(AGENTS)[0] ?? "";

  it("is typed on the way in and out; the JSON it was stays readable as baseEnvironmentJson", async () => {
    const { createAgent } = await h.ok(CreateAgentWithEnvironmentDocument, {
      input: {
        name: "Sandboxed",
        baseAgent,
        baseEnvironment: { config: { env: [{ name: "REGION", value: "eu" }], network: { disabled: true } } },
      },
    });
    expect(createAgent.baseEnvironment).toEqual({
      id: null,
      remote: false,
      config: {
        sources: [],
        env: [{ name: "REGION", value: "eu", credential: null }],
        network: { disabled: true, allowlist: [] },
      },
    });
    expect(createAgent.baseEnvironmentJson).toEqual({ type: "remote", env: { REGION: "eu" }, network: "disabled" });

    const legacy = await h.ok(CreateAgentWithEnvironmentDocument, {
      input: { name: "Old client", baseAgent, baseEnvironmentJson: "remote" },
    });
    expect(legacy.createAgent.baseEnvironment).toEqual({ id: null, remote: true, config: null });
    // The network's JSON (deprecated) still goes as upstream's value.
    const oldNetwork = await h.ok(CreateAgentWithEnvironmentDocument, {
      input: {
        name: "Old network",
        baseAgent,
        baseEnvironment: { config: { networkJson: { allowlist: "disabled" } } },
      },
    });
    expect(oldNetwork.createAgent.baseEnvironment?.config?.network).toEqual({ disabled: true, allowlist: [] });
  });

  it("answers its tools typed, as ToolInput names them, with an MCP server's header values in no answer", async () => {
    const { createAgent } = await h.ok(CreateAgentWithEnvironmentDocument, {
      input: {
        name: "Tooled",
        baseAgent,
        tools: [
          { function: { name: "lookup", parameters: { type: "object" } } },
          { googleSearch: { searchTypes: ["WEB_SEARCH"] } },
          { computerUse: { environment: "BROWSER", disabledSafetyPolicies: ["ACCOUNT_CREATION"] } },
          { mcpServer: { name: "docs", url: "https://mcp.example/sse", headers: { Authorization: "Bearer s3cret" } } },
        ],
      },
    });
    expect(createAgent.tools).toEqual([
      {
        function: { name: "lookup", parameters: { type: "object" } },
        googleSearch: null,
        mcpServer: null,
        computerUse: null,
      },
      { function: null, googleSearch: { searchTypes: ["WEB_SEARCH"] }, mcpServer: null, computerUse: null },
      {
        function: null,
        googleSearch: null,
        mcpServer: null,
        computerUse: { environment: "BROWSER", disabledSafetyPolicies: ["ACCOUNT_CREATION"] },
      },
      {
        function: null,
        googleSearch: null,
        mcpServer: { name: "docs", url: "https://mcp.example/sse", headers: ["Authorization"] },
        computerUse: null,
      },
    ]);
    expect(JSON.stringify(createAgent)).not.toContain("s3cret");
  });

  it("refuses both the typed and the JSON environment (or network) at once", async () => {
    const res = await h.gql(CreateAgentWithEnvironmentDocument, {
      input: { name: "Both", baseAgent, baseEnvironment: { remote: true }, baseEnvironmentJson: "remote" },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "baseEnvironment" });
    const network = await h.gql(CreateAgentWithEnvironmentDocument, {
      input: {
        name: "Both networks",
        baseAgent,
        baseEnvironment: { config: { network: { disabled: true }, networkJson: "disabled" } },
      },
    });
    expect(network.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_ERROR",
      field: "environment.config.network",
    });
  });
});

describe("a step's usage on the stream", () => {
  it("is typed like an interaction's (null, as usageJson, while upstream sends none at a step's stop)", async () => {
    const { results, errors } = await collectWs(h.url, ChatStepUsageDocument, {
      input: { model: MODEL, text: "Count my tokens" },
    });
    expect(errors).toEqual([]);
    const stops = results.flatMap((r) => (r.chat.__typename === "StepStopEvent" ? [r.chat] : []));
    expect(stops.length).toBeGreaterThan(0);
    for (const s of stops) expect(s.usage === null).toBe(s.usageJson === null);
  });

  it("reads upstream's usage at a step's stop into the same fields as an interaction's", () => {
    const usage = stepUsageOf({
      total_input_tokens: 12,
      total_output_tokens: 5,
      total_tool_use_tokens: 3,
      total_tokens: 20,
      input_tokens_by_modality: [
        { modality: "text", tokens: 10 },
        { modality: "image", tokens: 2 },
      ],
      grounding_tool_count: [{ type: "google_search", count: 2 }],
    });
    expect(usage).toMatchObject({ inputTokens: 12, outputTokens: 5, toolUseTokens: 3, groundingToolCount: 2 });
    expect(usage && usageByModality(usage).input).toEqual([
      { modality: "text", tokens: 10 },
      { modality: "image", tokens: 2 },
    ]);
    expect(stepUsageOf(undefined)).toBeNull();
  });
});
