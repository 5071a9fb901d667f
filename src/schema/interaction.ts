import { builder, type Types } from "../builder.ts";
import { LIST_DEFAULT, LIST_MAX } from "../context.ts";
import type { Interaction as Row } from "../generated/prisma/client.ts";
import * as turns from "../resolvers/controls.ts";
import * as conversations from "../resolvers/conversations.ts";
import * as interactions from "../resolvers/interactions.ts";
import { inputSteps, interactionInput, interactionSteps } from "../resolvers/steps.ts";
import { AgentConfigInput } from "./agent-config.ts";
import { Content, ContentInput } from "./content.ts";
import {
  ComputerUseInput,
  EnvironmentInput,
  Label,
  LabelInput,
  ModalityTokens,
  SafetySettingInput,
  ServiceTier,
} from "./controls.ts";
import { GenerationConfigInput } from "./generation.ts";
import { GoogleMapsInput, GoogleSearchInput, RetrievalInput } from "./grounding.ts";
import { Node } from "./node.ts";
import { Step } from "./steps.ts";

export const InteractionStatus = builder.enumType("InteractionStatus", {
  description: "Upstream statuses (in_progress -> IN_PROGRESS); UNKNOWN for a status upstream added later",
  values: interactions.INTERACTION_STATUSES,
});

export const Usage = builder.objectRef<turns.UsageSource>("Usage").implement({
  description: "Token counts of one interaction (or, on StepStopEvent, of the interaction so far)",
  fields: (t) => ({
    inputTokens: t.exposeInt("inputTokens"),
    outputTokens: t.exposeInt("outputTokens"),
    thoughtTokens: t.exposeInt("thoughtTokens"),
    cachedTokens: t.exposeInt("cachedTokens"),
    totalTokens: t.exposeInt("totalTokens"),
    toolUseTokens: t.exposeInt("toolUseTokens", { description: "Tokens of tool results the model read" }),
    groundingToolCount: t.exposeInt("groundingToolCount", {
      description: "Grounding tool calls upstream counted (search, maps, retrieval), summed over tools",
    }),
    inputTokensByModality: t.field({ type: [ModalityTokens], resolve: (i) => turns.usageByModality(i).input }),
    outputTokensByModality: t.field({ type: [ModalityTokens], resolve: (i) => turns.usageByModality(i).output }),
    cachedTokensByModality: t.field({ type: [ModalityTokens], resolve: (i) => turns.usageByModality(i).cached }),
    toolUseTokensByModality: t.field({ type: [ModalityTokens], resolve: (i) => turns.usageByModality(i).toolUse }),
  }),
});

export const InteractionError = builder.objectRef<{ code: string; message: string }>("InteractionError").implement({
  description: "Why an interaction failed",
  fields: (t) => ({ code: t.exposeString("code"), message: t.exposeString("message") }),
});

export const Interaction = builder.objectRef<Row>("Interaction");
builder.objectType(Interaction, {
  description: "One model or agent turn, stored next to its upstream interaction id",
  interfaces: [Node],
  fields: (t) => ({
    id: t.exposeID("id"),
    remoteId: t.exposeString("remoteId", { nullable: true, description: "The upstream interaction id" }),
    parent: t.field({ type: Interaction, nullable: true, resolve: (i, _a, ctx) => interactions.parentOf(ctx, i) }),
    children: t.field({
      type: [Interaction],
      description: `The interactions chained after this one in creation order (oldest first, ties by id): the first \`first\` (at most ${LIST_MAX})`,
      args: { first: t.arg.int({ defaultValue: LIST_DEFAULT }) },
      resolve: (i, a, ctx) => interactions.childrenOf(ctx, i, a.first),
    }),
    latestLeaf: t.field({
      type: Interaction,
      description:
        "The newest leaf under this one (itself when nothing follows): where this version last went. `setActiveHead(..., toLatestLeaf: true)` shows it",
      resolve: (i, _a, ctx) => conversations.latestLeafOf(ctx, i),
    }),
    model: t.exposeString("model", { nullable: true }),
    agent: t.exposeString("agent", { nullable: true }),
    status: t.field({ type: InteractionStatus, resolve: (i) => interactions.statusOf(i) }),
    input: t.field({ type: [Content], description: "The user's turn", resolve: (i) => interactionInput(i) }),
    steps: t.field({
      type: [Step],
      description: "What this turn produced, in order",
      resolve: (i) => interactionSteps(i),
    }),
    inputSteps: t.field({
      type: [Step],
      description: "The user side of this turn as steps: a UserInputStep, or the FunctionResultSteps of a tool round",
      resolve: (i) => inputSteps(i.input),
    }),
    outputText: t.exposeString("outputText", { nullable: true }),
    json: t.field({
      type: "JSON",
      nullable: true,
      description: "Parsed structured output, when responseFormat was set",
      resolve: (i) => i.json,
    }),
    usage: t.field({ type: Usage, nullable: true, resolve: (i) => turns.usageOf(i) }),
    serviceTier: t.field({
      type: ServiceTier,
      nullable: true,
      description: "The service tier the request asked for (null: upstream's default, STANDARD)",
      resolve: (i) => turns.serviceTierOf(i),
    }),
    labels: t.field({
      type: [Label],
      description: "The labels the request carried",
      resolve: (i) => turns.labelsOf(i),
    }),
    environmentId: t.exposeString("environmentId", {
      nullable: true,
      description: "The sandbox an agent ran in: pass it as `environment: { id }` to reuse it",
    }),
    error: t.field({ type: InteractionError, nullable: true, resolve: (i) => interactions.errorOf(i) }),
    createdAt: t.field({ type: "DateTime", resolve: (i) => i.createdAt }),
    completedAt: t.field({ type: "DateTime", nullable: true, resolve: (i) => i.completedAt }),
  }),
});

const FunctionToolInput = builder.inputType("FunctionToolInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    description: t.string(),
    parameters: t.field({ type: "JSON", description: "JSON Schema of the arguments" }),
  }),
});

const DEPRECATED_TOOL_JSON = "Use the typed field of the same name without Json; this JSON stays for one release";

export const ToolInput = builder.inputType("ToolInput", {
  description: "A tool the model may use: exactly one field. JSON values are upstream's tool config (snake_case).",
  isOneOf: true,
  fields: (t) => ({
    function: t.field({ type: FunctionToolInput }),
    googleSearch: t.field({ type: GoogleSearchInput }),
    googleSearchJson: t.field({ type: "JSON", deprecationReason: DEPRECATED_TOOL_JSON }),
    codeExecution: t.field({ type: "JSON" }),
    urlContext: t.field({ type: "JSON" }),
    googleMaps: t.field({ type: GoogleMapsInput }),
    googleMapsJson: t.field({ type: "JSON", deprecationReason: DEPRECATED_TOOL_JSON }),
    fileSearch: t.field({ type: "JSON" }),
    mcpServer: t.field({ type: "JSON" }),
    retrieval: t.field({ type: RetrievalInput }),
    retrievalJson: t.field({
      type: "JSON",
      description: "upstream's retrieval config: {retrieval_types, vertex_ai_search_config, rag_store_config, ...}",
      deprecationReason: DEPRECATED_TOOL_JSON,
    }),
    computerUse: t.field({ type: ComputerUseInput }),
    serverFunction: t.string({ description: "A function this server runs itself (see Query.serverFunctions)" }),
  }),
});

export const RESPONSE_FORMAT =
  'A JSON schema for structured output, or upstream\'s format entry ({"type": "image", "aspect_ratio": "16:9"}), or a list of them (several outputs at once)';

const DEPRECATED_GENERATION_CONFIG = "Use generationConfig (typed); this JSON stays for one release";

/** The request controls a one-off interaction and a conversation's turns share. */
export const controlInputs = (t: PothosSchemaTypes.InputFieldBuilder<Types, "InputObject">) => ({
  serviceTier: t.field({ type: ServiceTier }),
  labels: t.field({ type: [LabelInput], description: "Billing labels upstream keeps with the request" }),
  safetySettings: t.field({ type: [SafetySettingInput], description: "Per-category safety filters" }),
  generationConfig: t.field({ type: GenerationConfigInput, description: "How the model generates, typed" }),
  generationConfigJson: t.field({
    type: "JSON",
    description: "upstream's generation_config as JSON (snake_case keys); generationConfig is laid over it",
    deprecationReason: DEPRECATED_GENERATION_CONFIG,
  }),
  environment: t.field({
    type: EnvironmentInput,
    description: "Where an agent runs (a sandbox to reuse, or a new one)",
  }),
  environmentJson: t.field({
    type: "JSON",
    description: 'upstream\'s environment value: "remote", an id, or a config',
    deprecationReason: "Use environment (typed); this JSON stays for one release",
  }),
  agentSettings: t.field({ type: AgentConfigInput, description: "The agent's config, typed per agent kind" }),
});

export const CreateInteractionInput = builder.inputType("CreateInteractionInput", {
  fields: (t) => ({
    model: t.string({ description: "Exactly one of model / agent" }),
    agent: t.string(),
    text: t.string({ description: "The user turn: text, or parts, or both (text first)" }),
    parts: t.field({ type: [ContentInput] }),
    systemInstruction: t.string(),
    responseFormat: t.field({ type: "JSON", description: RESPONSE_FORMAT }),
    tools: t.field({ type: [ToolInput] }),
    agentConfig: t.field({ type: "JSON" }),
    background: t.boolean({ description: "Run as a background job" }),
    store: t.boolean({ description: "Keep upstream server-side state (default true)" }),
    ...controlInputs(t),
    previousInteractionId: t.id({ description: "Our id; the server maps it to the upstream id" }),
    clientMessageId: t.id({
      description: "Your id for this send, unique per user: a retry with it attaches to the turn it started",
    }),
  }),
});

builder.queryField("interaction", (t) =>
  t.field({
    type: Interaction,
    nullable: true,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => interactions.findInteraction(ctx, String(id)),
  }),
);

builder.mutationField("cancelInteraction", (t) =>
  t.field({
    type: Interaction,
    description: "Stops a running interaction (upstream too, for background runs); subscribers see CANCELLED",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => interactions.cancelInteraction(ctx, String(id)),
  }),
);

builder.mutationField("createInteraction", (t) =>
  t.field({
    type: Interaction,
    description: "A one-off interaction outside a conversation; answers when the run ends",
    authScopes: { user: true },
    args: { input: t.arg({ type: CreateInteractionInput, required: true }) },
    resolve: (_r, { input }, ctx) => interactions.createInteraction(ctx, input),
  }),
);
