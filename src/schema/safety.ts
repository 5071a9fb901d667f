import { builder } from "../builder.ts";
import * as turns from "../resolvers/controls.ts";
import { HarmCategory } from "./controls.ts";
import { Interaction } from "./interaction.ts";
import { FunctionCallStep } from "./steps.ts";

// A turn upstream's safety filter blocked: why, and how each category was rated (issue 25).

const BlockReason = builder.enumType("BlockReason", {
  description: "Why upstream blocked a turn (SAFETY: a safety setting's threshold was reached)",
  values: turns.wireEnum(turns.BLOCK_REASONS),
});

const HarmProbability = builder.enumType("HarmProbability", {
  description: "How likely upstream judged content to be harmful in one category",
  values: turns.wireEnum(turns.HARM_PROBABILITIES),
});

const SafetyRating = builder.objectRef<turns.SafetyRating>("SafetyRating").implement({
  description: "Upstream's rating of the prompt in one harm category",
  fields: (t) => ({
    category: t.field({ type: HarmCategory, resolve: (r) => r.category }),
    probability: t.field({ type: HarmProbability, resolve: (r) => r.probability }),
    blocked: t.exposeBoolean("blocked", { description: "This rating reached its threshold and blocked the turn" }),
  }),
});

builder.objectFields(Interaction, (t) => ({
  blockReason: t.field({
    type: BlockReason,
    nullable: true,
    description: "Set when upstream blocked the turn (status FAILED, error.code SAFETY_BLOCKED); null otherwise",
    resolve: (i) => turns.blockReasonOf(i),
  }),
  safetyRatings: t.field({
    type: [SafetyRating],
    description: "The ratings upstream reported with a block (empty when nothing was blocked)",
    resolve: (i) => turns.safetyRatingsOf(i),
  }),
}));

const SafetyDecision = builder.objectRef<turns.SafetyDecision>("SafetyDecision").implement({
  description: "Upstream's safety verdict on a computer-use action",
  fields: (t) => ({
    decision: t.exposeString("decision", {
      description: "Upstream's decision, e.g. require_confirmation (then answer with `confirmed`)",
    }),
    explanation: t.exposeString("explanation", { nullable: true, description: "Why, to show the person" }),
  }),
});

builder.objectFields(FunctionCallStep, (t) => ({
  safetyDecision: t.field({
    type: SafetyDecision,
    nullable: true,
    description: "A computer-use action's safety decision (upstream's `safety_decision` argument)",
    resolve: (s) => turns.safetyDecisionOf(s.arguments),
  }),
  requiresConfirmation: t.boolean({
    description: "The answer to this call must say whether the person confirmed it (FunctionResultInput.confirmed)",
    resolve: (s) => turns.requiresConfirmation(s.arguments),
  }),
}));
