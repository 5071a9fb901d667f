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
export interface RemoteUsage {
  total_input_tokens?: number;
  total_output_tokens?: number;
  total_thought_tokens?: number;
  total_cached_tokens?: number;
  total_tool_use_tokens?: number;
  total_tokens?: number;
}
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
  /** The sandbox an agent ran in (set when the request had an environment, or the agent needs one). */
  environment_id?: string;
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
  [k: string]: Json | undefined;
}

export const TERMINAL_STATUSES = new Set([
  "completed",
  "failed",
  "cancelled",
  "incomplete",
  "requires_action",
  "budget_exceeded",
]);
