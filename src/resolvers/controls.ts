import { readRequest, readUsageByModality } from "../engine/store/columns.ts";
import { MODALITIES, SERVICE_TIERS, type ServiceTier } from "../engine/turns/controls.ts";
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

/** A test that a wire value is one of `list`'s. */
function member<T extends string>(list: readonly T[]) {
  const set = new Set<string>(list);
  return (v: string | undefined): v is T => v !== undefined && set.has(v);
}
const isModality = member(MODALITIES);
const toModality = (m: string | undefined): (typeof MODALITIES)[number] | "unknown" => (isModality(m) ? m : "unknown");

/** An interaction's usage breakdowns by modality, with modalities upstream added later as UNKNOWN. */
export function usageByModality(i: Interaction) {
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
