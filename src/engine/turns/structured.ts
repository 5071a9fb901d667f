import { z } from "zod";
import type { Json, JsonObject } from "../../gemini/types.ts";
import { readRequest } from "../store/columns.ts";
import { patternErrors, withoutPatterns } from "./schema-guard.ts";

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

/** The JSON schema of a stored request's structured output (Interaction.request), if it asked for one. */
export function requestedSchema(request: unknown): JsonObject | undefined {
  const formats = readRequest(request ?? {}).response_format;
  for (const f of Array.isArray(formats) ? formats : [formats]) {
    if (isObject(f) && f.mime_type === "application/json" && isObject(f.schema)) return f.schema;
  }
  return undefined;
}

/** A schema object or boolean, as zod reads it: its keywords were bounded by schema-guard at input time. */
const isJsonSchema = (v: unknown): v is z.core.JSONSchema.JSONSchema | boolean =>
  typeof v === "boolean" || (typeof v === "object" && v !== null && !Array.isArray(v));

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Parses and validates the model's JSON answer against the requested schema.
 * Upstream constrains decoding, but a truncated or drifting answer still
 * happens; the caller keeps the raw text either way.
 */
export function parseStructured(schema: JsonObject, text: string | null): { json: Json } | { error: string } {
  if (!text) return { error: "The model returned no text to parse as JSON" };
  let value: Json;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `The reply is not valid JSON: ${messageOf(err)}` };
  }
  let validator: z.ZodType;
  try {
    // zod would compile `pattern` into a backtracking RegExp: patterns are checked by RE2 below.
    const lenient = withoutPatterns(schema);
    if (!isJsonSchema(lenient)) throw new Error("a schema is an object");
    validator = z.fromJSONSchema(lenient);
  } catch (err) {
    return { error: `The response schema could not be used for validation: ${messageOf(err)}` };
  }
  const result = validator.safeParse(value);
  if (result.success) {
    const broken = patternErrors(schema, value);
    return broken.length ? { error: `The reply does not match the schema: ${broken.join("; ")}` } : { json: value };
  }
  return {
    error: `The reply does not match the schema: ${result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
  };
}
