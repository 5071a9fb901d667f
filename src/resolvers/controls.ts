import { readRequest, readSteps, readUsageByModality } from "../engine/store/columns.ts";
import { HARM_CATEGORIES, MODALITIES, member, SERVICE_TIERS, type ServiceTier } from "../engine/turns/controls.ts";

export { VISUALIZATIONS } from "../engine/turns/agent-config.ts";
export { requiresConfirmation, type SafetyDecision, safetyDecisionOf } from "../engine/turns/computer.ts";
export {
  THINKING_LEVELS,
  THINKING_SUMMARIES,
  TOOL_CHOICE_MODES,
  TRANSCRIPTION_MODES,
  VIDEO_TASKS,
} from "../engine/turns/generation.ts";
export { RETRIEVAL_TYPES, SEARCH_TYPES } from "../engine/turns/grounding.ts";

import { usageColumns } from "../engine/runs/usage.ts";
import { isObj, type JsonObject, type RemoteUsage } from "../gemini/types.ts";
import type { Interaction } from "../generated/prisma/client.ts";

/** Reads for the request controls of issue 25 (service tier, labels, usage by modality) and the enums' values. */

export {
  COMPUTER_ENVIRONMENTS,
  DISABLED_SAFETY_POLICIES,
  HARM_CATEGORIES,
  MODALITIES,
  SAFETY_METHODS,
  SAFETY_THRESHOLDS,
  SERVICE_TIERS,
} from "../engine/turns/controls.ts";

/**
 * A GraphQL enum's values over upstream's wire values: `flex` is FLEX, and
 * the resolver receives `flex` (what the engine sends).
 */
export function wireEnum<const T extends string>(values: readonly T[]): { [K in T as Uppercase<K>]: { value: K } } {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }])) as {
    [K in T as Uppercase<K>]: { value: K };
  };
}

const isModality = member(MODALITIES);
const toModality = (m: string | undefined): (typeof MODALITIES)[number] | "unknown" => (isModality(m) ? m : "unknown");

/** An interaction's usage breakdowns by modality, with modalities upstream added later as UNKNOWN. */
/** A turn's usage is shown once it has ended (counts grow while it runs). */
export const usageOf = (i: Interaction) => (i.completedAt ? i : null);

/** The usage columns of an interaction row, which a step's usage fills too (GraphQL's `Usage`). */
export type UsageSource = Pick<
  Interaction,
  | "inputTokens"
  | "outputTokens"
  | "thoughtTokens"
  | "cachedTokens"
  | "totalTokens"
  | "toolUseTokens"
  | "groundingToolCount"
> & { usageByModality: unknown };

/** Upstream's usage at a step's stop, read like an interaction's. */
export const stepUsageOf = (u: RemoteUsage | undefined): UsageSource | null => (u ? usageColumns(u) : null);

export function usageByModality(i: Pick<UsageSource, "usageByModality">) {
  const stored = readUsageByModality(i.usageByModality);
  const typed = (list: { modality?: string; tokens?: number }[]) =>
    list.map((m) => ({ modality: toModality(m.modality), tokens: m.tokens ?? 0 }));
  return {
    input: typed(stored.input_tokens_by_modality),
    output: typed(stored.output_tokens_by_modality),
    cached: typed(stored.cached_tokens_by_modality),
    toolUse: typed(stored.tool_use_tokens_by_modality),
  };
}

const isTier = member(SERVICE_TIERS);
/** The service tier the interaction asked for (null: upstream's default). */
export function serviceTierOf(i: Interaction): ServiceTier | null {
  const tier = readRequest(i.request).service_tier;
  return isTier(tier) ? tier : null;
}

/** The interaction's labels, in the order they were sent. */
export const labelsOf = (i: Interaction) =>
  Object.entries(readRequest(i.request).labels ?? {}).map(([key, value]) => ({ key, value }));

/** Why upstream blocked a turn (generateContent's BlockedReason, lower-cased). */
export const BLOCK_REASONS = [
  "safety",
  "other",
  "blocklist",
  "prohibited_content",
  "image_safety",
  "jailbreak",
] as const;
export const HARM_PROBABILITIES = ["negligible", "low", "medium", "high"] as const;
const isBlockReason = member(BLOCK_REASONS);
const isProbability = member(HARM_PROBABILITIES);
const isCategory = member(HARM_CATEGORIES);

export interface SafetyRating {
  category: (typeof HARM_CATEGORIES)[number];
  probability: (typeof HARM_PROBABILITIES)[number];
  blocked: boolean;
}

/** The google.rpc Status details of the model_output errors of an interaction's steps. */
function errorDetails(i: Interaction): JsonObject[] {
  return readSteps(i.steps).flatMap((s) =>
    s.type === "model_output" && isObj(s.error) && Array.isArray(s.error.details) ? s.error.details.filter(isObj) : [],
  );
}

/** The reason upstream's safety filter gave for blocking the turn (null: not blocked). */
export function blockReasonOf(i: Interaction): (typeof BLOCK_REASONS)[number] | null {
  for (const d of errorDetails(i)) {
    const reason = typeof d.reason === "string" ? d.reason.toLowerCase() : undefined;
    if (isBlockReason(reason)) return reason;
  }
  return null;
}

/** The per-category ratings upstream reported with a block (categories this server does not know are left out). */
export function safetyRatingsOf(i: Interaction): SafetyRating[] {
  return errorDetails(i).flatMap((d) =>
    (Array.isArray(d.safety_ratings) ? d.safety_ratings.filter(isObj) : []).flatMap((r) => {
      const category = String(r.category ?? "");
      const probability = String(r.probability ?? "").toLowerCase();
      return isCategory(category) && isProbability(probability)
        ? [{ category, probability, blocked: r.blocked === true }]
        : [];
    }),
  );
}
