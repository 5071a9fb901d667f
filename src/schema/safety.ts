import { builder } from "../builder.ts";
import * as turns from "../resolvers/controls.ts";
import { HarmCategory } from "./controls.ts";
import { Interaction } from "./interaction.ts";

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
