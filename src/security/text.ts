import { type DocumentNode, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ValidationError } from "../infra/errors.ts";

/**
 * Deepest nesting of objects and arrays in a request's variables. A JSON value nested 100,000 deep
 * parses (V8's JSON parser does not recurse) but overflows the stack later, in the SDK's JSON
 * replacer while a turn is sent: refused here, before anything goes upstream.
 */
export const MAX_VARIABLE_DEPTH = 64;

// A surrogate half not part of a pair: JSON allows it ("\ud800"), UTF-8 cannot encode it, and
// upstream bills the turn before failing on it.
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a string cannot be stored or sent, or null when it can. */
function badText(s: string): string | null {
  if (s.includes("\u0000")) return "Text must not contain NUL (\\u0000) characters: they cannot be stored";
  if (LONE_SURROGATE.test(s))
    return "Text must not contain a lone surrogate (e.g. \\ud800 without its pair): it is not valid Unicode";
  return null;
}

/** The first problem in the variables, walked without recursion (so a deep value cannot overflow the stack). */
function badValue(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() ?? [null, 0];
    if (typeof v === "string") {
      const bad = badText(v);
      if (bad) return bad;
    } else if (typeof v === "object" && v !== null) {
      if (depth > MAX_VARIABLE_DEPTH)
        return `Variables must not nest objects and arrays more than ${MAX_VARIABLE_DEPTH} deep`;
      for (const [k, item] of Object.entries(v)) {
        const bad = badText(k);
        if (bad) return bad;
        stack.push([item, depth + 1]);
      }
    }
  }
  return null;
}

/** Yoga's parse cache hands out the same document for the same text: each is walked once. */
const documentAnswers = new WeakMap<DocumentNode, string | null>();

function badDocument(document: DocumentNode): string | null {
  const known = documentAnswers.get(document);
  if (known !== undefined) return known;
  let found: string | null = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      found ??= badText(node.value);
    },
  });
  documentAnswers.set(document, found);
  return found;
}

/**
 * PostgreSQL stores no NUL character, upstream takes no lone surrogate, and the SDK cannot
 * serialise a value nested past the stack: each would fail deep in a write or after a billed
 * upstream call as a masked internal error. Refused up front instead (VALIDATION_ERROR), on every
 * transport, before any resolver runs.
 */
export function useSafeText(): Plugin {
  const refusal = (args: { document: DocumentNode; variableValues?: unknown }) => {
    const bad = badValue(args.variableValues) ?? badDocument(args.document);
    return bad ? { errors: [new ValidationError(bad)] } : null;
  };
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution(refused);
    },
    onSubscribe: ({ args, setResultAndStopExecution }) => {
      const refused = refusal(args);
      if (refused) setResultAndStopExecution(refused);
    },
  };
}
