import { isObj, type Json, type JsonObject } from "../../gemini/types.ts";
import { ValidationError } from "../../infra/errors.ts";
import { asJson, asJsonObject } from "../store/json.ts";
import type { ClientResult } from "./types.ts";

/**
 * Computer use: the model's UI actions are function calls the client
 * performs. A risky one carries `safety_decision: {decision:
 * "require_confirmation", explanation}` in its arguments; its answer needs
 * the person's explicit `confirmed` (true: the action ran, upstream gets
 * `safety_acknowledgement: "true"`; false: it did not, upstream gets an error
 * result and the model stops). The page URL and the screenshot after the
 * action go upstream as generateContent's function response does it: the
 * JSON of `{url, safety_acknowledgement}` as a text item, then the image.
 */
export interface SafetyDecision {
  decision: string;
  explanation: string | null;
}

/** The safety decision a call's arguments carry, if any. */
export function safetyDecisionOf(args: Json | undefined): SafetyDecision | null {
  const d = isObj(args) ? args.safety_decision : undefined;
  if (!isObj(d) || typeof d.decision !== "string") return null;
  return { decision: d.decision, explanation: typeof d.explanation === "string" ? d.explanation : null };
}

export const requiresConfirmation = (args: Json | undefined) =>
  safetyDecisionOf(args)?.decision === "require_confirmation";

/** The client's answer to one call as upstream's function_result fields (`result`, `is_error`). */
export function resultFor(
  call: { id: string; arguments: Json },
  r: ClientResult,
  i: number,
): { result: Json; is_error?: true } {
  const confirm = requiresConfirmation(call.arguments);
  if (confirm && typeof r.confirmed !== "boolean")
    throw new ValidationError(
      `results[${i}].confirmed is required: call ${call.id} asks for the person's confirmation`,
      `results.${i}.confirmed`,
    );
  if (confirm && r.confirmed === false) return { result: { error: "The user declined this action." }, is_error: true };
  const acknowledged = confirm && r.confirmed === true;
  if (!r.url && !r.screenshot && !acknowledged) {
    if (r.result === undefined || r.result === null)
      throw new ValidationError(`results[${i}] needs a result (or a url and screenshot)`, `results.${i}.result`);
    return { result: asJson(r.result) ?? null, ...(r.isError ? { is_error: true } : {}) };
  }
  const given =
    asJsonObject(r.result) ?? (r.result === undefined || r.result === null ? {} : { output: asJson(r.result) ?? null });
  const response: JsonObject = {
    ...given,
    ...(r.url ? { url: r.url } : {}),
    ...(acknowledged ? { safety_acknowledgement: "true" } : {}),
  };
  return {
    result: [{ type: "text", text: JSON.stringify(response) }, ...(r.screenshot ? [r.screenshot] : [])],
    ...(r.isError ? { is_error: true } : {}),
  };
}
