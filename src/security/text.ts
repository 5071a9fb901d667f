import { type DocumentNode, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ValidationError } from "../infra/errors.ts";

/** True when any string in the value (walked without recursion) holds a NUL character. */
function nulIn(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (v.includes("\u0000")) return true;
    } else if (typeof v === "object" && v !== null) stack.push(...Object.values(v));
  }
  return false;
}

/** Yoga's parse cache hands out the same document for the same text: each is walked once. */
const documentAnswers = new WeakMap<DocumentNode, boolean>();

function nulInDocument(document: DocumentNode): boolean {
  const known = documentAnswers.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes("\u0000")) found = true;
    },
  });
  documentAnswers.set(document, found);
  return found;
}

const refusal = () => ({
  errors: [new ValidationError("Text must not contain NUL (\\u0000) characters: they cannot be stored")],
});

/**
 * PostgreSQL stores no NUL character in text or JSON: one in any argument would fail deep in a
 * write as a masked internal error. Refused up front instead, on every transport.
 */
export function useNoNulCharacters(): Plugin {
  const hostile = (args: { document: DocumentNode; variableValues?: unknown }) =>
    nulIn(args.variableValues) || nulInDocument(args.document);
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      if (hostile(args)) setResultAndStopExecution(refusal());
    },
    onSubscribe: ({ args, setResultAndStopExecution }) => {
      if (hostile(args)) setResultAndStopExecution(refusal());
    },
  };
}
