import type { Json, JsonObject } from "../../gemini/types.ts";
import { ValidationError } from "../../infra/errors.ts";
import { asJson } from "../store/json.ts";

/** A test that a stored or received value is one of `list`'s wire values. */
export function member<T extends string>(list: readonly T[]) {
  const set = new Set<string>(list);
  return (v: string | undefined): v is T => v !== undefined && set.has(v);
}

/**
 * The request controls upstream added to the Interactions API (service tier,
 * labels, safety settings, computer use), as their wire values. GraphQL's
 * enums map onto these lists (FLEX -> "flex"), so a value reaching the engine
 * is already upstream's spelling.
 */
export const SERVICE_TIERS = ["flex", "standard", "priority", "deferred"] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];

export const HARM_CATEGORIES = [
  "harassment",
  "hate_speech",
  "sexually_explicit",
  "dangerous_content",
  "civic_integrity",
  "image_hate",
  "image_dangerous_content",
  "image_harassment",
  "image_sexually_explicit",
  "jailbreak",
] as const;
export const SAFETY_THRESHOLDS = [
  "block_low_and_above",
  "block_medium_and_above",
  "block_only_high",
  "block_none",
  "off",
] as const;
export const SAFETY_METHODS = ["severity", "probability"] as const;

export const COMPUTER_ENVIRONMENTS = ["browser", "mobile", "desktop"] as const;
export const DISABLED_SAFETY_POLICIES = [
  "financial_transactions",
  "sensitive_data_modification",
  "communication_tool",
  "account_creation",
  "data_modification",
  "user_consent_management",
  "legal_terms_and_agreements",
] as const;

/** Upstream's modalities in usage breakdowns. */
export const MODALITIES = ["text", "image", "audio", "video", "document"] as const;

export interface LabelInput {
  key: string;
  value: string;
}
export interface SafetySettingInput {
  category: string;
  threshold: string;
  method?: string | null;
}
export interface ComputerUseInput {
  environment: string;
  excludedPredefinedFunctions?: string[] | null;
  disabledSafetyPolicies?: string[] | null;
  enablePromptInjectionDetection?: boolean | null;
}

// Upstream's label rule: at most 63 code points of lowercase letters (international ones too),
// digits, `_` and `-`; a key starts with a letter; a value may be empty.
const LABEL_VALUE = /^[\p{Ll}\p{Lo}0-9_-]{0,63}$/u;
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}0-9_-]{0,62}$/u;
/** Upstream allows at most 64 labels on a request. */
export const MAX_LABELS = 64;

/** Labels as upstream's map; a label breaking upstream's rules is a ValidationError naming it. */
export function upstreamLabels(labels: readonly LabelInput[] | null | undefined): Record<string, string> | undefined {
  if (!labels?.length) return undefined;
  if (labels.length > MAX_LABELS) throw new ValidationError(`At most ${MAX_LABELS} labels`, "labels");
  const out: Record<string, string> = {};
  for (const [i, { key, value }] of labels.entries()) {
    if (!LABEL_KEY.test(key))
      throw new ValidationError(
        `labels[${i}].key must start with a lowercase letter and hold at most 63 lowercase letters, digits, _ or -`,
        `labels.${i}.key`,
      );
    if (!LABEL_VALUE.test(value))
      throw new ValidationError(
        `labels[${i}].value must hold at most 63 lowercase letters, digits, _ or -`,
        `labels.${i}.value`,
      );
    if (key in out) throw new ValidationError(`labels[${i}].key "${key}" is given twice`, `labels.${i}.key`);
    out[key] = value;
  }
  return out;
}

/** Safety settings as upstream's list (`category` is upstream's `type`). */
export function upstreamSafety(settings: readonly SafetySettingInput[] | null | undefined): JsonObject[] | undefined {
  if (!settings?.length) return undefined;
  const seen = new Set<string>();
  return settings.map((s, i) => {
    if (seen.has(s.category))
      throw new ValidationError(`safetySettings[${i}] repeats category ${s.category}`, `safetySettings.${i}.category`);
    seen.add(s.category);
    return { type: s.category, threshold: s.threshold, ...(s.method ? { method: s.method } : {}) };
  });
}

/** A computer-use tool as upstream's `tools[]` entry. */
export function upstreamComputerUse(c: ComputerUseInput): JsonObject {
  return {
    type: "computer_use",
    environment: c.environment,
    ...(c.excludedPredefinedFunctions?.length ? { excluded_predefined_functions: c.excludedPredefinedFunctions } : {}),
    ...(c.disabledSafetyPolicies?.length ? { disabled_safety_policies: c.disabledSafetyPolicies } : {}),
    ...(typeof c.enablePromptInjectionDetection === "boolean"
      ? { enable_prompt_injection_detection: c.enablePromptInjectionDetection }
      : {}),
  };
}

/** GraphQL's EnvironmentInput (@oneOf): an environment to reuse, a fresh remote one, or a configured one. */
export interface EnvironmentInput {
  id?: string | null;
  remote?: boolean | null;
  config?: {
    sources?: EnvironmentSourceInput[] | null;
    env?: { name: string; value: string }[] | null;
    network?: NetworkInput | null;
    /** Deprecated: upstream's network value as JSON. */
    networkJson?: unknown;
  } | null;
}

/** GraphQL's EnvironmentNetworkInput (@oneOf). */
export interface NetworkInput {
  disabled?: boolean | null;
  allowlist?:
    | { domain: string; credential?: string | null; headers?: { name: string; value: string }[] | null }[]
    | null;
}

/** The typed network as upstream's: "disabled", or `{allowlist: [{domain, credential?, transform?}]}`. */
function upstreamNetwork(n: NetworkInput): Json {
  if (n.disabled === true) return "disabled";
  if (!n.allowlist)
    throw new ValidationError(
      "network names no egress: give disabled: true or allowlist",
      "environment.config.network",
    );
  return {
    allowlist: n.allowlist.map(({ domain, credential, headers }) => ({
      domain,
      ...(credential ? { credential } : {}),
      ...(headers?.length ? { transform: Object.fromEntries(headers.map((h) => [h.name, h.value])) } : {}),
    })),
  };
}

/** Something mounted into a sandbox (upstream's Source). */
export interface EnvironmentSourceInput {
  type: string;
  source?: string | null;
  target?: string | null;
  content?: string | null;
  encoding?: string | null;
}

const sourceOf = (s: EnvironmentSourceInput): JsonObject => {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(s)) if (typeof v === "string") out[k] = v;
  return out;
};

/** The typed environment as upstream's `environment`: `"remote"`, an id, or `{type: "remote", sources, env, network}`. */
export function upstreamEnvironment(e: EnvironmentInput): Json {
  if (e.id) return e.id;
  if (e.remote === true) return "remote";
  if (!e.config)
    throw new ValidationError("environment names no environment: give id, remote: true or config", "environment");
  const { sources, env, network: typed, networkJson } = e.config;
  if (typed && networkJson !== undefined && networkJson !== null)
    throw new ValidationError("Give network or networkJson, not both", "environment.config.network");
  const network = typed ? upstreamNetwork(typed) : networkJson;
  return {
    type: "remote",
    ...(sources ? { sources: sources.map(sourceOf) } : {}),
    ...(env?.length ? { env: Object.fromEntries(env.map((v) => [v.name, v.value])) } : {}),
    ...(network !== undefined && network !== null ? { network: asJson(network) ?? null } : {}),
  };
}
