import { isObj } from "./json.ts";
import type { Json, JsonObject } from "./wire.ts";

/** The strings a value may draw on: the user's quoted words, handed out in order. */
export class Quotes {
  private next = 0;
  constructor(private readonly words: string[]) {}

  static from(text: string): Quotes {
    return new Quotes([...text.matchAll(/"([^"]+)"/g)].flatMap((m) => (m[1] ? [m[1]] : [])));
  }

  take(): string {
    const word = this.words[this.next];
    this.next += 1;
    return word ?? "example";
  }
}

const FORMATS: Record<string, string> = {
  "date-time": "2026-01-01T00:00:00Z",
  date: "2026-01-01",
  time: "00:00:00Z",
  email: "user@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/** The schema's own type (lower-cased, first non-null of a union), or one implied by its keywords. */
function typeOf(schema: JsonObject): string {
  const t = schema.type;
  const pick = Array.isArray(t) ? t.find((x) => typeof x === "string" && x.toLowerCase() !== "null") : t;
  if (typeof pick === "string") return pick.toLowerCase();
  if (isObj(schema.properties) || Array.isArray(schema.required)) return "object";
  if (schema.items !== undefined) return "array";
  return "string";
}

function alternative(schema: JsonObject): JsonObject | undefined {
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const options = schema[key];
    if (Array.isArray(options)) {
      const first = options.find((o) => isObj(o) && o.type !== "null");
      if (isObj(first)) return first;
    }
  }
  return undefined;
}

function sampleNumber(schema: JsonObject, integer: boolean): number {
  let n = 1;
  if (typeof schema.minimum === "number") n = Math.max(n, schema.minimum);
  if (typeof schema.exclusiveMinimum === "number" && n <= schema.exclusiveMinimum) n = schema.exclusiveMinimum + 1;
  if (typeof schema.maximum === "number") n = Math.min(n, schema.maximum);
  if (typeof schema.exclusiveMaximum === "number" && n >= schema.exclusiveMaximum) n = schema.exclusiveMaximum - 1;
  return integer ? Math.ceil(n) : n;
}

function sampleString(schema: JsonObject, quotes: Quotes): string {
  let s = (typeof schema.format === "string" && FORMATS[schema.format]) || quotes.take();
  if (typeof schema.minLength === "number" && s.length < schema.minLength) s = s.padEnd(schema.minLength, "x");
  if (typeof schema.maxLength === "number") s = s.slice(0, schema.maxLength);
  return s;
}

/**
 * A deterministic value that satisfies `schema`: every required property,
 * strings from the user's quoted words (else "example"), numbers 1 (clamped
 * to the bounds), booleans true, enums their first value, arrays of one item
 * (or `minItems`). Used for function-call arguments and structured output.
 */
export function sampleValue(schema: Json | undefined, quotes: Quotes): Json {
  if (!isObj(schema)) return {};
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0] as Json;
  const alt = alternative(schema);
  if (alt && schema.type === undefined) return sampleValue(alt, quotes);
  switch (typeOf(schema)) {
    case "object": {
      const props = isObj(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === "string") : [];
      const out: JsonObject = {};
      for (const name of required)
        out[name] = props[name] === undefined ? quotes.take() : sampleValue(props[name], quotes);
      return out;
    }
    case "array": {
      const count = Math.max(typeof schema.minItems === "number" ? schema.minItems : 1, 0);
      const max = typeof schema.maxItems === "number" ? schema.maxItems : count;
      return Array.from({ length: Math.min(count, max) }, () => sampleValue(schema.items ?? {}, quotes));
    }
    case "number":
      return sampleNumber(schema, false);
    case "integer":
      return sampleNumber(schema, true);
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return sampleString(schema, quotes);
  }
}

/** A value that does NOT satisfy `schema` (a required property missing, or the wrong type), for validation tests. */
export function invalidValue(schema: Json | undefined, quotes: Quotes): Json {
  if (!isObj(schema)) return "not an object";
  if (Array.isArray(schema.enum) && schema.enum.length) return "not-one-of-the-enum-values";
  const t = typeOf(schema);
  if (t === "object") {
    const valid = sampleValue(schema, quotes);
    const required = Array.isArray(schema.required) ? schema.required : [];
    if (isObj(valid) && typeof required[0] === "string") {
      const { [required[0]]: _dropped, ...rest } = valid;
      return rest;
    }
    return "not an object";
  }
  if (t === "string") return 12345;
  return "not a valid value";
}
