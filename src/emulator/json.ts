import type { Json, JsonObject } from "./wire.ts";

/** Whether a JSON value is an object (not an array, not null). */
export const isObj = (v: Json | undefined): v is JsonObject => !!v && typeof v === "object" && !Array.isArray(v);
