import { builder } from "../builder.ts";
import type { CatalogueEntry } from "../gemini/models.ts";
import * as usage from "../resolvers/usage.ts";

const ModelKind = builder.enumType("ModelKind", { values: ["MODEL", "AGENT"] as const });

const ModelInfo = builder.objectRef<CatalogueEntry & { isDefault: boolean }>("ModelInfo").implement({
  description: "A model or agent the server offers",
  fields: (t) => ({
    id: t.exposeString("id", { description: "The name to pass as `model` or `agent`" }),
    kind: t.field({ type: ModelKind, resolve: (m) => m.kind }),
    description: t.exposeString("description"),
    capabilities: t.stringList({
      description: "TEXT, STREAMING, FUNCTION_CALLING, STRUCTURED_OUTPUT, THINKING, IMAGE_OUTPUT...",
      resolve: (m) => m.capabilities,
    }),
    backgroundOnly: t.exposeBoolean("backgroundOnly", { description: "Runs only with background: true (as a Job)" }),
    isDefault: t.exposeBoolean("isDefault", { description: "Used when a request names no model" }),
  }),
});

const UsageGroupBy = builder.enumType("UsageGroupBy", { values: ["DAY", "MODEL", "USER"] as const });

const UsageRow = builder.objectRef<usage.UsageRow>("UsageRow").implement({
  description: "Token usage summed over one group",
  fields: (t) => ({
    key: t.exposeString("key", { description: "The day (YYYY-MM-DD), the model or agent, or the user id" }),
    interactions: t.exposeInt("interactions"),
    inputTokens: t.exposeInt("inputTokens"),
    outputTokens: t.exposeInt("outputTokens"),
    thoughtTokens: t.exposeInt("thoughtTokens"),
    cachedTokens: t.exposeInt("cachedTokens"),
    totalTokens: t.exposeInt("totalTokens"),
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
    description: "Own usage; admins: everyone's. Grouped by DAY (default), MODEL or USER (admins)",
    authScopes: { user: true },
    args: {
      from: t.arg({ type: "DateTime" }),
      to: t.arg({ type: "DateTime" }),
      groupBy: t.arg({ type: UsageGroupBy }),
    },
    resolve: (_r, args, ctx) => usage.usage(ctx, args),
  }),
}));
