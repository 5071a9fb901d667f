import { z } from "zod";
import type { Json, JsonObject } from "../../gemini/types.ts";
import { patternErrors, withoutPatterns } from "./schema-guard.ts";

/** The JSON schema of a request's structured output, if it asked for one. */
export function requestedSchema(request: unknown): JsonObject | undefined {
  const formats = (request as { response_format?: Json } | null)?.response_format;
  for (const f of Array.isArray(formats) ? formats : [formats]) {
    if (
      f &&
      typeof f === "object" &&
      !Array.isArray(f) &&
      f.mime_type === "application/json" &&
      f.schema &&
      typeof f.schema === "object"
    ) {
      return f.schema as JsonObject;
    }
  }
  return undefined;
}

/**
 * Parses and validates the model's JSON answer against the requested schema.
 * Upstream constrains decoding, but a truncated or drifting answer still
 * happens; the caller keeps the raw text either way.
 */
export function parseStructured(schema: JsonObject, text: string | null): { json: Json } | { error: string } {
  if (!text) return { error: "The model returned no text to parse as JSON" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `The reply is not valid JSON: ${(err as Error).message}` };
  }
  let validator: z.ZodType;
  try {
    // zod would compile `pattern` into a backtracking RegExp: patterns are checked by RE2 below.
    validator = z.fromJSONSchema(withoutPatterns(schema) as never);
  } catch (err) {
    return { error: `The response schema could not be used for validation: ${(err as Error).message}` };
  }
  const result = validator.safeParse(value);
  if (result.success) {
    const broken = patternErrors(schema, value as Json);
    return broken.length
      ? { error: `The reply does not match the schema: ${broken.join("; ")}` }
      : { json: value as Json };
  }
  return {
    error: `The reply does not match the schema: ${result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
  };
}
