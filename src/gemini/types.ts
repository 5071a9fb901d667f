/**
 * The upstream wire shapes this project reads, as plain JSON (snake_case, as on
 * the wire). Kept loose on purpose: upstream adds step and event types over
 * time, and unknown ones must pass through untouched.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

/** A JSON object (not null, not an array): the one test for it outside the emulator, which owns its own wire types. */
export const isObj = (v: unknown): v is JsonObject => !!v && typeof v === "object" && !Array.isArray(v);

export interface RemoteContent extends JsonObject {
  type: string;
}
export interface RemoteStep extends JsonObject {
  type: string;
}
/** Tokens of one modality (`text`, `image`, `audio`, `video`, `document`) in a usage breakdown. */
export interface ModalityTokens {
  modality?: string;
  tokens?: number;
}
/** The usage breakdowns by modality, by their wire names. */
export const MODALITY_BREAKDOWNS = [
  "input_tokens_by_modality",
  "output_tokens_by_modality",
  "cached_tokens_by_modality",
  "tool_use_tokens_by_modality",
] as const;
export type ModalityBreakdown = (typeof MODALITY_BREAKDOWNS)[number];
export const USAGE_TOTALS = [
  "total_input_tokens",
  "total_output_tokens",
  "total_thought_tokens",
  "total_cached_tokens",
  "total_tool_use_tokens",
  "total_tokens",
] as const;
export type RemoteUsage = { [K in (typeof USAGE_TOTALS)[number]]?: number } & {
  [K in ModalityBreakdown]?: ModalityTokens[];
} & {
  grounding_tool_count?: { type?: string; count?: number }[];
};
export interface RemoteInteraction {
  id: string;
  status: string;
  model?: string;
  agent?: string;
  steps?: RemoteStep[];
  usage?: RemoteUsage;
  errors?: { code?: string; message?: string }[];
  continuation_token?: string;
  previous_interaction_id?: string;
  /** The sandbox an agent ran in: a later request may name it to reuse it. */
  environment_id?: string;
  service_tier?: string;
}
export interface RemoteEvent {
  event_type: string;
  event_id?: string;
  interaction?: RemoteInteraction;
  interaction_id?: string;
  status?: string;
  index?: number;
  step?: RemoteStep;
  delta?: JsonObject & { type: string };
  usage?: RemoteUsage;
  error?: { code?: string; message?: string };
}

/** The create request body, as sent upstream (snake_case). */
export interface CreateBody {
  model?: string;
  agent?: string;
  input?: Json;
  previous_interaction_id?: string;
  system_instruction?: string;
  tools?: JsonObject[];
  generation_config?: JsonObject;
  response_format?: Json;
  agent_config?: JsonObject;
  environment?: Json;
  background?: boolean;
  store?: boolean;
  service_tier?: string;
  labels?: Record<string, string>;
  safety_settings?: JsonObject[];
  [k: string]: Json | undefined;
}

export { TERMINAL_STATUSES } from "../infra/statuses.ts";
