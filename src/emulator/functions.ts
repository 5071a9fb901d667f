import { isObj } from "./json.ts";
import { Quotes, sampleValue } from "./schema.ts";
import type { Json, JsonObject, WireStep } from "./wire.ts";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Declared client-side functions, in declaration order. */
export function functionTools(tools: JsonObject[]): (JsonObject & { name: string })[] {
  return tools.filter((t): t is JsonObject & { name: string } => t.type === "function" && typeof t.name === "string");
}

/** Whether `text` names `name` as a whole word (case-sensitive; `_` and digits are word characters). */
export const mentions = (text: string, name: string) =>
  new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(name)}($|[^A-Za-z0-9_])`).test(text);

/** The functions the model calls for this text under `tool_choice` (see the contract in model.ts). */
export function chooseFunctions<F extends JsonObject & { name: string }>(
  functions: F[],
  text: string,
  toolChoice: Json | undefined,
): F[] {
  let mode = typeof toolChoice === "string" ? toolChoice : "auto";
  let allowed = functions;
  if (isObj(toolChoice) && isObj(toolChoice.allowed_tools)) {
    const { mode: m, tools } = toolChoice.allowed_tools;
    if (typeof m === "string") mode = m;
    if (Array.isArray(tools)) allowed = functions.filter((f) => tools.includes(f.name));
  }
  if (mode === "none") return [];
  const named = allowed.filter((f) => mentions(text, f.name));
  if (named.length || mode !== "any") return named;
  return allowed.slice(0, 1);
}

/** One function_call step per chosen function, arguments built from its parameters schema. */
export function callSteps(functions: JsonObject[], text: string, nextId: () => string): WireStep[] {
  const quotes = Quotes.from(text);
  return functions.map((f) => ({
    type: "function_call",
    id: nextId(),
    name: String(f.name),
    arguments: isObj(f.parameters) ? sampleValue({ type: "object", ...f.parameters }, quotes) : {},
  }));
}

/** The model's answer to function results: one sentence per result, in input order. */
export function answerResults(results: JsonObject[], callNames: Map<string, string>): string {
  return results
    .map((r) => {
      const name = callNames.get(String(r.call_id)) ?? (typeof r.name === "string" ? r.name : "unknown");
      return `The function ${name} returned: ${JSON.stringify(r.result ?? null)}.`;
    })
    .join(" ");
}
