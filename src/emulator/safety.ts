import { isObj } from "./json.ts";
import type { JsonObject, WireStep } from "./wire.ts";

/**
 * The emulated safety filter. A prompt is rated harmful only when it says so:
 * `unsafe:<category>` (e.g. `unsafe:harassment`) rates that category HIGH,
 * `unsafe:<category>:<low|medium|high>` at that probability. The request's
 * `safety_settings` entry for the category decides: `block_low_and_above`
 * blocks LOW and up, `block_medium_and_above` MEDIUM and up, `block_only_high`
 * HIGH only; `block_none`, `off` and no entry (current models' default) let it
 * through.
 *
 * A blocked prompt ends the interaction `failed`, with no output: one
 * `model_output` step whose `error` is a google.rpc Status (code 3,
 * INVALID_ARGUMENT) carrying an ErrorInfo with reason `SAFETY` and the
 * ratings (`{category, probability, blocked}`) in its details, and an
 * `error` event / `errors[]` entry with code `safety`. (Upstream's exact
 * shape for the Interactions API is not in the 2.32 types beyond
 * `ModelOutputStep.error: Status`; this mirrors generateContent's
 * `blockReason: SAFETY` and `safetyRatings`.)
 */
const TRIGGER = /\bunsafe:([a-z_]+)(?::(low|medium|high))?\b/g;
const LEVEL = { negligible: 0, low: 1, medium: 2, high: 3 } as const;
type Probability = keyof typeof LEVEL;
/** The lowest probability each threshold blocks. */
const BLOCKS_FROM: Record<string, number> = {
  block_low_and_above: LEVEL.low,
  block_medium_and_above: LEVEL.medium,
  block_only_high: LEVEL.high,
};

export interface SafetyBlock {
  step: WireStep;
  code: string;
  message: string;
}

interface Rating {
  category: string;
  probability: Probability;
  blocked: boolean;
}

/** The block a prompt earns under the request's safety settings, if any. */
export function safetyBlock(request: JsonObject, prompt: string): SafetyBlock | undefined {
  const settings = (Array.isArray(request.safety_settings) ? request.safety_settings : []).filter(isObj);
  const ratings: Rating[] = [...prompt.matchAll(TRIGGER)].map(([, category = "", level]) => {
    const probability: Probability = level === "low" || level === "medium" ? level : "high";
    const threshold = settings.find((s) => s.type === category)?.threshold;
    const from = typeof threshold === "string" ? BLOCKS_FROM[threshold] : undefined;
    return { category, probability, blocked: from !== undefined && LEVEL[probability] >= from };
  });
  const hit = ratings.find((r) => r.blocked);
  if (!hit) return undefined;
  const message = `The prompt was blocked for safety reasons: ${hit.category} (probability ${hit.probability}).`;
  const error: JsonObject = {
    code: 3,
    message,
    details: [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        reason: "SAFETY",
        domain: "generativelanguage.googleapis.com",
        metadata: { block_reason: "safety", category: hit.category },
      },
      {
        "@type": "type.googleapis.com/google.ai.generativelanguage.v1beta.SafetyRatings",
        safety_ratings: ratings.map((r) => ({ ...r })),
      },
    ],
  };
  return { step: { type: "model_output", content: [], error }, code: "safety", message };
}
