import { builder } from "../builder.ts";
import type { AgentConfigInput as StoredAgentConfig } from "../engine/turns/agent-config.ts";
import type { ToolInput as StoredTool, TurnSettings } from "../engine/turns/body.ts";
import * as turns from "../resolvers/controls.ts";
import * as settings from "../resolvers/settings.ts";
import { Visualization } from "./agent-config.ts";
import {
  ComputerEnvironment,
  ComputerSafetyPolicy,
  EnvironmentSetting,
  HarmCategory,
  Label,
  SafetyMethod,
  SafetyThreshold,
  ServiceTier,
} from "./controls.ts";
import { GenerationConfig, ThinkingSummaries } from "./generation.ts";
import { GoogleMapsTool, GoogleSearchTool, RetrievalTool } from "./grounding.ts";

// The output twins of the turn inputs (issue 25): what a conversation keeps and re-sends on every turn.

type Sub<T, K extends keyof T> = NonNullable<T[K]>;

const FunctionTool = builder.objectRef<Sub<StoredTool, "function">>("FunctionTool").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.string({ nullable: true, resolve: (f) => f.description }),
    parameters: t.field({
      type: "JSON",
      nullable: true,
      description: "JSON Schema of the arguments",
      resolve: (f) => f.parameters,
    }),
  }),
});

const ComputerUse = builder.objectRef<Sub<StoredTool, "computerUse">>("ComputerUse").implement({
  fields: (t) => ({
    environment: t.field({
      type: ComputerEnvironment,
      nullable: true,
      resolve: (c) => settings.wireOf(turns.COMPUTER_ENVIRONMENTS, c.environment),
    }),
    excludedPredefinedFunctions: t.stringList({ resolve: (c) => c.excludedPredefinedFunctions ?? [] }),
    disabledSafetyPolicies: t.field({
      type: [ComputerSafetyPolicy],
      resolve: (c) =>
        settings.known((c.disabledSafetyPolicies ?? []).map((p) => settings.wireOf(turns.DISABLED_SAFETY_POLICIES, p))),
    }),
    enablePromptInjectionDetection: t.boolean({ nullable: true, resolve: (c) => c.enablePromptInjectionDetection }),
  }),
});

const json = (v: unknown) => v ?? null;
const DEPRECATED_JSON_OUTPUT = "Goes with the deprecated JSON input: use the typed field";

export const Tool = builder.objectRef<StoredTool>("Tool").implement({
  description:
    "A tool the turns offer, as ToolInput gave it: exactly one field is set. JSON values are upstream's tool config (snake_case); an MCP server's headers show by name only",
  fields: (t) => {
    const deprecatedJson = (resolve: (x: StoredTool) => unknown) =>
      t.field({ type: "JSON", nullable: true, deprecationReason: DEPRECATED_JSON_OUTPUT, resolve });
    return {
      function: t.field({ type: FunctionTool, nullable: true, resolve: (x) => x.function }),
      googleSearch: t.field({
        type: GoogleSearchTool,
        nullable: true,
        resolve: (x) => settings.googleSearchOf(x.googleSearch),
      }),
      googleSearchJson: deprecatedJson((x) => json(x.googleSearch)),
      codeExecution: t.field({ type: "JSON", nullable: true, resolve: (x) => json(x.codeExecution) }),
      urlContext: t.field({ type: "JSON", nullable: true, resolve: (x) => json(x.urlContext) }),
      googleMaps: t.field({
        type: GoogleMapsTool,
        nullable: true,
        resolve: (x) => settings.googleMapsOf(x.googleMaps),
      }),
      googleMapsJson: deprecatedJson((x) => json(x.googleMaps)),
      fileSearch: t.field({ type: "JSON", nullable: true, resolve: (x) => json(x.fileSearch) }),
      mcpServer: t.field({ type: "JSON", nullable: true, resolve: (x) => json(x.mcpServer) }),
      retrieval: t.field({ type: RetrievalTool, nullable: true, resolve: (x) => settings.retrievalOf(x.retrieval) }),
      retrievalJson: deprecatedJson((x) => settings.retrievalJsonOf(x.retrieval)),
      computerUse: t.field({ type: ComputerUse, nullable: true, resolve: (x) => x.computerUse }),
      serverFunction: t.string({ nullable: true, resolve: (x) => x.serverFunction }),
    };
  },
});

const DeepResearchConfig = builder.objectRef<Sub<StoredAgentConfig, "deepResearch">>("DeepResearchConfig").implement({
  fields: (t) => ({
    visualization: t.field({
      type: Visualization,
      nullable: true,
      resolve: (d) => settings.wireOf(turns.VISUALIZATIONS, d.visualization),
    }),
    collaborativePlanning: t.boolean({ nullable: true, resolve: (d) => d.collaborativePlanning }),
    enableBigqueryTool: t.boolean({ nullable: true, resolve: (d) => d.enableBigqueryTool }),
    thinkingSummaries: t.field({
      type: ThinkingSummaries,
      nullable: true,
      resolve: (d) => settings.wireOf(turns.THINKING_SUMMARIES, d.thinkingSummaries),
    }),
  }),
});

const AntigravityConfig = builder.objectRef<Sub<StoredAgentConfig, "antigravity">>("AntigravityConfig").implement({
  fields: (t) => ({
    model: t.string({ nullable: true, resolve: (a) => a.model }),
    maxTotalTokens: t.int({ nullable: true, resolve: (a) => a.maxTotalTokens }),
  }),
});

const CodeMenderConfig = builder.objectRef<Sub<StoredAgentConfig, "codeMender">>("CodeMenderConfig").implement({
  fields: (t) => ({
    model: t.string({ nullable: true, resolve: (c) => c.model }),
    sessionId: t.string({ nullable: true, resolve: (c) => c.sessionId }),
  }),
});

const AgentConfig = builder.objectRef<StoredAgentConfig>("AgentConfig").implement({
  description: "An agent's config as AgentConfigInput gave it: exactly one field is set",
  fields: (t) => ({
    deepResearch: t.field({ type: DeepResearchConfig, nullable: true, resolve: (a) => a.deepResearch }),
    antigravity: t.field({ type: AntigravityConfig, nullable: true, resolve: (a) => a.antigravity }),
    codeMender: t.field({ type: CodeMenderConfig, nullable: true, resolve: (a) => a.codeMender }),
    dynamic: t.field({ type: "JSON", nullable: true, resolve: (a) => json(a.dynamic) }),
  }),
});

type StoredSafety = Sub<TurnSettings, "safetySettings">[number];
const SafetySetting = builder.objectRef<StoredSafety>("SafetySetting").implement({
  description: "A per-category safety filter, as SafetySettingInput gave it",
  fields: (t) => ({
    category: t.field({
      type: HarmCategory,
      nullable: true,
      resolve: (s) => settings.wireOf(turns.HARM_CATEGORIES, s.category),
    }),
    threshold: t.field({
      type: SafetyThreshold,
      nullable: true,
      resolve: (s) => settings.wireOf(turns.SAFETY_THRESHOLDS, s.threshold),
    }),
    method: t.field({
      type: SafetyMethod,
      nullable: true,
      resolve: (s) => settings.wireOf(turns.SAFETY_METHODS, s.method),
    }),
  }),
});

export const ConversationSettings = builder.objectRef<TurnSettings>("ConversationSettings").implement({
  description:
    "The turn settings a conversation keeps and re-sends on every turn (what sendMessage set, each under its input's name); a turn's own settings are laid over them",
  fields: (t) => ({
    model: t.string({ nullable: true, resolve: (s) => s.model }),
    agent: t.string({ nullable: true, resolve: (s) => s.agent }),
    systemInstruction: t.string({ nullable: true, resolve: (s) => s.systemInstruction }),
    generationConfig: t.field({ type: GenerationConfig, nullable: true, resolve: (s) => s.generation }),
    generationConfigJson: t.field({
      type: "JSON",
      nullable: true,
      description: "The untyped generation_config sent with the generationConfigJson input",
      deprecationReason: "Goes with the deprecated generationConfigJson input: use generationConfig",
      resolve: (s) => json(s.generationConfig),
    }),
    responseFormat: t.field({
      type: "JSON",
      nullable: true,
      description: "A JSON schema or upstream's format entries (user-defined JSON by nature)",
      resolve: (s) => json(s.responseFormat),
    }),
    tools: t.field({ type: [Tool], resolve: (s) => s.tools ?? [] }),
    agentConfig: t.field({
      type: "JSON",
      nullable: true,
      description: "The untyped agentConfig input",
      resolve: (s) => json(s.agentConfig),
    }),
    agentSettings: t.field({ type: AgentConfig, nullable: true, resolve: (s) => s.agentSettings }),
    environment: t.field({
      type: EnvironmentSetting,
      nullable: true,
      resolve: (s) => settings.environmentOf(s.environment),
    }),
    background: t.boolean({ nullable: true, resolve: (s) => s.background }),
    store: t.boolean({ nullable: true, resolve: (s) => s.store }),
    serviceTier: t.field({ type: ServiceTier, nullable: true, resolve: (s) => s.serviceTier }),
    labels: t.field({ type: [Label], resolve: (s) => s.labels ?? [] }),
    safetySettings: t.field({ type: [SafetySetting], resolve: (s) => s.safetySettings ?? [] }),
  }),
});
