import { builder } from "../builder.ts";
import type { CatalogueEntry } from "../gemini/models.ts";
import * as usage from "../resolvers/usage.ts";
import { ServiceTier } from "./controls.ts";
import { User } from "./user.ts";

const ModelKind = builder.enumType("ModelKind", { values: ["MODEL", "AGENT"] as const });

const ModelCapability = builder.enumType("ModelCapability", {
  description:
    "TEXT in and out; *_INPUT: media it reads; IMAGE_OUTPUT: makes images; THINKING: reasoning summaries; FUNCTION_CALLING and BUILT_IN_TOOLS: tools; BACKGROUND: runs as a Job; RESEARCH/SANDBOX: agent kinds",
  values: usage.CAPABILITIES,
});

const ModelInfo = builder.objectRef<CatalogueEntry & { isDefault: boolean }>("ModelInfo").implement({
  description: "A model or agent the server offers",
  fields: (t) => ({
    id: t.exposeString("id", { description: "The name to pass as `model` or `agent`" }),
    kind: t.field({ type: ModelKind, resolve: (m) => m.kind }),
    description: t.exposeString("description"),
    capabilities: t.field({
      type: [ModelCapability],
      description: "What it can do: check these rather than model names",
      resolve: (m) => m.capabilities,
    }),
    backgroundOnly: t.exposeBoolean("backgroundOnly", { description: "Runs only with background: true (as a Job)" }),
    isDefault: t.exposeBoolean("isDefault", { description: "Used when a request names no model" }),
  }),
});

const UsageGroupBy = builder.enumType("UsageGroupBy", {
  description: "DAY (UTC, YYYY-MM-DD), MODEL (model or agent), USER (admins), SERVICE_TIER (none sent: STANDARD)",
  values: ["DAY", "MODEL", "USER", "SERVICE_TIER"] as const,
});

const UsageRow = builder.objectRef<usage.UsageRow>("UsageRow").implement({
  description: "Usage summed over one group (one combination of the groupBy keys)",
  fields: (t) => ({
    key: t.exposeString("key", {
      description:
        'The group\'s values in DAY, MODEL, USER, SERVICE_TIER order joined with " / " (one value for one key)',
    }),
    day: t.exposeString("day", { nullable: true, description: "YYYY-MM-DD (UTC) when grouped by DAY" }),
    model: t.exposeString("model", { nullable: true, description: "The model or agent when grouped by MODEL" }),
    userId: t.exposeID("userId", { nullable: true, description: "When grouped by USER" }),
    user: t.field({
      type: User,
      nullable: true,
      description: "When grouped by USER",
      resolve: (r, _a, ctx) => usage.userOfRow(ctx, r),
    }),
    serviceTier: t.field({
      type: ServiceTier,
      nullable: true,
      description: "When grouped by SERVICE_TIER",
      resolve: (r) => r.serviceTier,
    }),
    interactions: t.exposeInt("interactions", { description: "Requests (interactions started)" }),
    errors: t.exposeInt("errors", { description: "Interactions that failed or ended with an error" }),
    inputTokens: t.exposeInt("inputTokens"),
    outputTokens: t.exposeInt("outputTokens"),
    thoughtTokens: t.exposeInt("thoughtTokens"),
    cachedTokens: t.exposeInt("cachedTokens"),
    totalTokens: t.exposeInt("totalTokens"),
    toolUseTokens: t.exposeInt("toolUseTokens", { description: "Tokens of tool results the model read" }),
    ttftP50Ms: t.exposeFloat("ttftP50Ms", {
      nullable: true,
      description: "Median time to first token (ms), over interactions that recorded one",
    }),
    ttftP95Ms: t.exposeFloat("ttftP95Ms", { nullable: true, description: "95th percentile time to first token (ms)" }),
    latencyP50Ms: t.exposeFloat("latencyP50Ms", {
      nullable: true,
      description: "Median total latency (ms) from the upstream request to the run's end",
    }),
    latencyP95Ms: t.exposeFloat("latencyP95Ms", { nullable: true, description: "95th percentile total latency (ms)" }),
    costUsd: t.exposeFloat("costUsd", {
      description:
        "Estimated cost in USD from the PRICES table: (input − cached) × input + cached × cached + (output + thought) × output + tool use × input, per million tokens, each modality at its own price where PRICES gives one, times the service tier's factor (SERVICE_TIER_PRICE_FACTORS)",
    }),
  }),
});

builder.queryFields((t) => ({
  models: t.field({
    type: [ModelInfo],
    description: "Models and agents the server offers, with capabilities",
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => usage.models(ctx),
  }),
  usage: t.field({
    type: [UsageRow],
    description:
      "Own usage; admins: everyone's, or one user's with userId. Grouped by any of DAY (default), MODEL, USER (admins) at once; a single value is accepted as a one-item list",
    authScopes: { user: true },
    args: {
      from: t.arg({ type: "DateTime", description: "Inclusive" }),
      to: t.arg({ type: "DateTime", description: "Exclusive" }),
      groupBy: t.arg({ type: [UsageGroupBy] }),
      userId: t.arg.id({ description: "Admins: one user's usage" }),
    },
    resolve: (_r, args, ctx) =>
      usage.usage(ctx, {
        ...args,
        userId: args.userId === null || args.userId === undefined ? null : String(args.userId),
      }),
  }),
}));
