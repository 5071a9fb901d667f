import { z } from "zod";
import type { Json, JsonObject } from "../../gemini/types.ts";

/** Any JSON value: what upstream may put in a field we do not read. */
export const json: z.ZodType<Json> = z.json();
export const jsonObject: z.ZodType<JsonObject> = z.record(z.string(), json);

export const isJsonObject = (v: Json | undefined): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A value typed `unknown` (a GraphQL JSON scalar, a setting read back) as JSON,
 * checked rather than cast; undefined when it is not JSON (a function, a cycle).
 */
export function asJson(value: unknown): Json | undefined {
  const parsed = json.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
export function asJsonObject(value: unknown): JsonObject | undefined {
  const parsed = jsonObject.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
