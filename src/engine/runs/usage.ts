import {
  MODALITY_BREAKDOWNS,
  type ModalityBreakdown,
  type ModalityTokens,
  type RemoteUsage,
  USAGE_TOTALS,
} from "../../gemini/types.ts";

/** Two breakdowns by modality as one: tokens of the same modality add up, in first-seen order. */
function sumModalities(a: ModalityTokens[] = [], b: ModalityTokens[] = []): ModalityTokens[] {
  const out = new Map<string, number>();
  for (const m of [...a, ...b]) {
    const key = m.modality ?? "unknown";
    out.set(key, (out.get(key) ?? 0) + (m.tokens ?? 0));
  }
  return [...out].map(([modality, tokens]) => ({ modality, tokens }));
}

/** Continuation hops each report their own usage; the interaction's is the sum (totals, breakdowns, tool counts). */
export function sumUsage(a: RemoteUsage | undefined, b: RemoteUsage): RemoteUsage {
  if (!a) return b;
  const out: RemoteUsage = { ...a };
  for (const k of USAGE_TOTALS) if (a[k] !== undefined || b[k] !== undefined) out[k] = (a[k] ?? 0) + (b[k] ?? 0);
  for (const k of MODALITY_BREAKDOWNS) if (a[k] || b[k]) out[k] = sumModalities(a[k], b[k]);
  if (a.grounding_tool_count || b.grounding_tool_count) {
    const counts = sumModalities(
      a.grounding_tool_count?.map((g) => ({ modality: g.type, tokens: g.count })),
      b.grounding_tool_count?.map((g) => ({ modality: g.type, tokens: g.count })),
    );
    out.grounding_tool_count = counts.map((c) => ({ type: c.modality, count: c.tokens }));
  }
  return out;
}

/** The usage breakdowns as the `usageByModality` column keeps them (wire names; a missing one is empty). */
export type UsageByModality = Record<ModalityBreakdown, ModalityTokens[]>;

/** The interaction row's usage columns from upstream's usage. */
export const usageColumns = (u: RemoteUsage | undefined) => ({
  inputTokens: u?.total_input_tokens ?? 0,
  outputTokens: u?.total_output_tokens ?? 0,
  thoughtTokens: u?.total_thought_tokens ?? 0,
  cachedTokens: u?.total_cached_tokens ?? 0,
  toolUseTokens: u?.total_tool_use_tokens ?? 0,
  totalTokens: u?.total_tokens ?? 0,
  groundingToolCount: (u?.grounding_tool_count ?? []).reduce((n, g) => n + (g.count ?? 0), 0),
  usageByModality: {
    input_tokens_by_modality: sumModalities(u?.input_tokens_by_modality),
    output_tokens_by_modality: sumModalities(u?.output_tokens_by_modality),
    cached_tokens_by_modality: sumModalities(u?.cached_tokens_by_modality),
    tool_use_tokens_by_modality: sumModalities(u?.tool_use_tokens_by_modality),
  } satisfies UsageByModality,
});
