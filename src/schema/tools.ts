import { builder } from "../builder.ts";
import type { ServerFunction as Fn } from "../engine/functions/registry.ts";
import * as tools from "../resolvers/tools.ts";
import { Interaction } from "./interaction.ts";

const ServerFunction = builder.objectRef<Fn>("ServerFunction").implement({
  description: "A function the server runs itself when the model calls it; offer it with ToolInput.serverFunction",
  fields: (t) => ({
    name: t.string({ resolve: (f) => f.name }),
    description: t.string({ resolve: (f) => f.description }),
    parameters: t.field({
      type: "JSON",
      description: "JSON Schema of the arguments",
      resolve: (f, _a, ctx) => tools.parametersOf(ctx, f),
    }),
  }),
});

const FunctionResultInput = builder.inputType("FunctionResultInput", {
  fields: (t) => ({
    callId: t.string({ required: true }),
    name: t.string(),
    result: t.field({ type: "JSON", required: true }),
    isError: t.boolean(),
  }),
});

builder.queryField("serverFunctions", (t) =>
  t.field({
    type: [ServerFunction],
    authScopes: { user: true },
    resolve: (_r, _a, ctx) => tools.listServerFunctions(ctx),
  }),
);

builder.mutationField("submitFunctionResults", (t) =>
  t.field({
    type: Interaction,
    description:
      "Answers the function calls of an interaction in REQUIRES_ACTION; the turn goes on in a new chained interaction",
    authScopes: { user: true },
    args: {
      interactionId: t.arg.id({ required: true }),
      results: t.arg({ type: [FunctionResultInput], required: true }),
    },
    resolve: (_r, { interactionId, results }, ctx) => tools.submitFunctionResults(ctx, String(interactionId), results),
  }),
);
