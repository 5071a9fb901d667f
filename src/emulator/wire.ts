/**
 * The emulator's own wire types, written from the upstream spec
 * (shared/spec/interactions-api.md §3-§7, upstream-additions.md), never
 * imported from the server's client (src/gemini): a drift between the two
 * then shows up in the conformance suite instead of compiling away.
 * Loose on purpose, as the wire is: steps and content are open sets.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/** One step of a timeline (§6): `user_input`, `thought`, `model_output`, a tool call or result, … */
export interface WireStep extends JsonObject {
  type: string;
}

/** `{modality, tokens}` in a usage breakdown (§4.1). */
export interface WireModalityTokens extends JsonObject {
  modality: string;
  tokens: number;
}

/** An interaction's `usage` (§4.1 and upstream-additions "Output"). */
export interface WireUsage {
  total_input_tokens?: number;
  total_output_tokens?: number;
  total_thought_tokens?: number;
  total_cached_tokens?: number;
  total_tool_use_tokens?: number;
  total_tokens?: number;
  input_tokens_by_modality?: WireModalityTokens[];
  output_tokens_by_modality?: WireModalityTokens[];
  cached_tokens_by_modality?: WireModalityTokens[];
  tool_use_tokens_by_modality?: WireModalityTokens[];
  grounding_tool_count?: { type: string; count: number }[];
}

/** `service_tier` (upstream-additions "Create parameters"); `standard` when omitted. */
export const SERVICE_TIERS = ["flex", "standard", "priority", "deferred"] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];
