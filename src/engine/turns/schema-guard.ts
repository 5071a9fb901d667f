import { RE2JS } from "re2js";
import { isObj, type Json, type JsonObject } from "../../gemini/types.ts";
import { ValidationError } from "../../infra/errors.ts";

/**
 * Client-supplied JSON Schemas (responseFormat, function parameters) are bounded at input time
 * and their `pattern`s are compiled with RE2 (linear time, no backtracking): a schema cannot
 * make validation block the event loop, whatever the model answers.
 */
export interface SchemaLimits {
  SCHEMA_MAX_BYTES: number;
  SCHEMA_MAX_DEPTH: number;
}

/** Keywords whose value is a map of name → subschema. */
const SCHEMA_MAPS = ["properties", "$defs", "definitions", "dependentSchemas"];
/** Keywords whose value is one subschema. */
const SCHEMA_ONE = [
  "items",
  "additionalProperties",
  "additionalItems",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
];
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = ["anyOf", "oneOf", "allOf", "prefixItems"];

/** Every subschema of `node`, one level down, by keyword (so a property named `pattern` is not a pattern). */
function* children(node: JsonObject): Generator<JsonObject> {
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.includes(key) && isObj(value)) {
      for (const sub of Object.values(value)) if (isObj(sub)) yield sub;
    } else if (SCHEMA_ONE.includes(key)) {
      for (const sub of Array.isArray(value) ? value : [value]) if (isObj(sub)) yield sub;
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      for (const sub of value) if (isObj(sub)) yield sub;
    }
  }
}

/** Nesting depth of a JSON value, without recursion (a deep value cannot overflow the stack here). */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, d] = top;
    if (typeof v !== "object" || v === null) continue;
    max = Math.max(max, d);
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

const compiled = new Map<string, RE2JS>();
/** The pattern compiled by RE2; throws for syntax RE2 does not have (backreferences, lookaround). Cached, bounded. */
function re2(pattern: string): RE2JS {
  let re = compiled.get(pattern);
  if (!re) {
    re = RE2JS.compile(pattern);
    if (compiled.size >= 500) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

/**
 * Refuses, with VALIDATION_ERROR naming `field`, a schema that is too big or too deep, uses
 * `patternProperties`, or has a `pattern` RE2 cannot run in linear time.
 */
export function checkClientSchema(schema: unknown, field: string, limits: SchemaLimits): void {
  if (schema === null || schema === undefined) return;
  const bytes = Buffer.byteLength(JSON.stringify(schema));
  if (bytes > limits.SCHEMA_MAX_BYTES) {
    throw new ValidationError(
      `${field} is ${bytes} bytes as JSON; at most ${limits.SCHEMA_MAX_BYTES} (SCHEMA_MAX_BYTES)`,
      field,
    );
  }
  if (depthOf(schema) > limits.SCHEMA_MAX_DEPTH) {
    throw new ValidationError(`${field} nests deeper than ${limits.SCHEMA_MAX_DEPTH} levels (SCHEMA_MAX_DEPTH)`, field);
  }
  if (!isObj(schema)) return;
  const stack: JsonObject[] = [schema];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.patternProperties !== undefined) {
      throw new ValidationError(`${field}: patternProperties is not supported; list the properties instead`, field);
    }
    if (typeof node.pattern === "string") {
      try {
        re2(node.pattern);
      } catch {
        throw new ValidationError(
          `${field}: pattern ${JSON.stringify(node.pattern.slice(0, 100))} is not supported: patterns run on a ` +
            "linear-time engine (no backreferences or lookaround)",
          field,
        );
      }
    }
    stack.push(...children(node));
  }
}

/** The schema without its `pattern` keywords (they are checked by patternErrors), for a backtracking validator. */
export function withoutPatterns(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(withoutPatterns);
  if (!isObj(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "pattern" && typeof value === "string") continue;
    if (SCHEMA_MAPS.includes(key) && isObj(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutPatterns(v)]));
    } else if (SCHEMA_ONE.includes(key) || SCHEMA_LISTS.includes(key)) out[key] = withoutPatterns(value);
    else out[key] = value;
  }
  return out;
}

/** A local `$ref` (`#`, `#/$defs/x`, `#/definitions/x`) resolved against the root schema. */
function resolveRef(root: JsonObject, ref: string): JsonObject | undefined {
  if (!ref.startsWith("#")) return undefined;
  let node: Json | undefined = root;
  for (const part of ref.slice(1).split("/").filter(Boolean)) {
    node = isObj(node) ? node[decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  }
  return isObj(node) ? node : undefined;
}

/**
 * Where `value` breaks a `pattern` of `schema`, matched by RE2 (linear in the string's length).
 * Follows properties, items, additionalProperties, allOf and local $refs; under anyOf/oneOf a
 * value passes when one branch's patterns pass (the structure is validated separately).
 */
export function patternErrors(schema: JsonObject, value: Json): string[] {
  const errors: string[] = [];
  const seen = new Map<JsonObject, Set<string>>();
  const walk = (node: JsonObject, v: Json, path: string, out: string[]): void => {
    // A $ref cycle that consumes no value would loop: each (subschema, place) is checked once.
    const places = seen.get(node) ?? new Set<string>();
    if (places.has(path)) return;
    seen.set(node, places.add(path));
    if (typeof node.$ref === "string") {
      const target = resolveRef(schema, node.$ref);
      if (target) walk(target, v, path, out);
    }
    if (typeof node.pattern === "string" && typeof v === "string" && !re2(node.pattern).matcher(v).find()) {
      out.push(`${path || "(root)"}: does not match the pattern ${JSON.stringify(node.pattern)}`);
    }
    for (const sub of Array.isArray(node.allOf) ? node.allOf : []) if (isObj(sub)) walk(sub, v, path, out);
    for (const key of ["anyOf", "oneOf"]) {
      const list = node[key];
      const branches = (Array.isArray(list) ? list : []).filter(isObj);
      const passes = (b: JsonObject) => {
        const e: string[] = [];
        walk(b, v, path, e);
        return e.length === 0;
      };
      if (branches.length && !branches.some(passes)) {
        out.push(`${path || "(root)"}: matches no ${key} branch's pattern`);
      }
    }
    if (isObj(v)) {
      const props = isObj(node.properties) ? node.properties : {};
      for (const [k, item] of Object.entries(v)) {
        const sub = props[k] ?? node.additionalProperties;
        if (isObj(sub)) walk(sub, item, path ? `${path}.${k}` : k, out);
      }
    } else if (Array.isArray(v)) {
      const prefix = Array.isArray(node.prefixItems) ? node.prefixItems : Array.isArray(node.items) ? node.items : [];
      v.forEach((item, i) => {
        const sub = prefix[i] ?? (isObj(node.items) ? node.items : undefined);
        if (isObj(sub)) walk(sub, item, `${path}[${i}]`, out);
      });
    }
  };
  walk(schema, value, "", errors);
  return errors;
}
