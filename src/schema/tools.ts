import { builder } from "../builder.ts";
import type { ServerFunction as Fn } from "../engine/functions/registry.ts";
import * as tools from "../resolvers/tools.ts";
import { ContentInput } from "./content.ts";
import { CLIENT_MESSAGE_ID } from "./conversation.ts";
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
  description:
    "The answer to one function call: `result`, or for a computer-use action the `url` and `screenshot` after it",
  fields: (t) => ({
    callId: t.string({ required: true }),
    name: t.string(),
    result: t.field({ type: "JSON", description: "Required unless url, screenshot or confirmed is given" }),
    isError: t.boolean(),
    url: t.string({ description: "Computer use: the page URL after the action" }),
    screenshot: t.field({ type: ContentInput, description: "Computer use: the screen after the action (an image)" }),
    confirmed: t.boolean({
      description:
        "Required for a call whose safetyDecision requires confirmation: true when the person confirmed (and the action ran), false when they declined (the model stops)",
    }),
  }),
});

export const SubmitFunctionResultsInput = builder.inputType("SubmitFunctionResultsInput", {
  description: "Answers to the function calls of an interaction in REQUIRES_ACTION",
  fields: (t) => ({
    interactionId: t.id({ required: true }),
    results: t.field({ type: [FunctionResultInput], required: true }),
    clientMessageId: t.id({
      description: "Your id for this send, unique per user: a retry with it attaches to the turn it started",
    }),
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
      clientMessageId: t.arg.id(CLIENT_MESSAGE_ID),
    },
    resolve: (_r, a, ctx) => tools.submitFunctionResults(ctx, { ...a, interactionId: String(a.interactionId) }),
  }),
);
