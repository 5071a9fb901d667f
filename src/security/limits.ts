import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../infra/config.ts";
import { LimitExceededError } from "../infra/errors.ts";
import { useCostLimit } from "./cost.ts";

export type OperationLimits = Pick<
  Config,
  | "GRAPHQL_MAX_DEPTH"
  | "GRAPHQL_MAX_ALIASES"
  | "GRAPHQL_MAX_TOKENS"
  | "GRAPHQL_MAX_DIRECTIVES"
  | "GRAPHQL_MAX_COST"
  | "MAX_RUNS_PER_REQUEST"
>;

/**
 * Root fields that start a run or call upstream. Each is the expensive part of the cost model:
 * one request may hold at most MAX_RUNS_PER_REQUEST of them, aliases and fragments counted.
 * (test/limits.test.ts checks that every name here is a field of the schema.)
 */
export const UPSTREAM_FIELDS: ReadonlySet<string> = new Set([
  "Mutation.createInteraction",
  "Mutation.sendMessage",
  "Mutation.editMessage",
  "Mutation.regenerate",
  "Mutation.retryJob",
  "Mutation.submitFunctionResults",
  "Mutation.cancelInteraction",
  "Mutation.deleteConversation",
  "Subscription.chat",
]);

/** The typed code each armor protection's refusal gets, and the limit variable it names. */
const CODES = {
  depth: ["QUERY_TOO_DEEP", "GRAPHQL_MAX_DEPTH"],
  aliases: ["TOO_MANY_ALIASES", "GRAPHQL_MAX_ALIASES"],
  tokens: ["TOO_MANY_TOKENS", "GRAPHQL_MAX_TOKENS"],
  directives: ["TOO_MANY_DIRECTIVES", "GRAPHQL_MAX_DIRECTIVES"],
} as const;

function typed(kind: keyof typeof CODES, err: GraphQLError, max: number): LimitExceededError {
  const [code, variable] = CODES[kind];
  return new LimitExceededError(code, `${err.message.replace(/^Syntax Error: /, "")} (${variable})`, variable, max);
}

/** Armor's validation-rule protections report a typed error instead of throwing its untyped one. */
const report = (kind: keyof typeof CODES, max: number) => ({
  n: max,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(typed(kind, err, max))],
});

/** Counts the upstream fields an operation selects at its root, through fragments and aliases. */
function countUpstream(
  selections: SelectionSetNode,
  root: string,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  seen: Set<string>,
): number {
  let n = 0;
  for (const s of selections.selections) {
    if (s.kind === Kind.FIELD) n += UPSTREAM_FIELDS.has(`${root}.${s.name.value}`) ? 1 : 0;
    else if (s.kind === Kind.INLINE_FRAGMENT) n += countUpstream(s.selectionSet, root, fragment, seen);
    else if (!seen.has(s.name.value)) {
      const def = fragment(s.name.value);
      // A fragment spread twice counts twice; a cycle (invalid anyway) stops here.
      if (def) n += countUpstream(def.selectionSet, root, fragment, new Set([...seen, s.name.value]));
    }
  }
  return n;
}

function runsRule(max: number) {
  return (ctx: ValidationContext): ASTVisitor => ({
    OperationDefinition(op) {
      const root = ctx.getSchema().getRootType(op.operation)?.name;
      if (!root) return;
      const n = countUpstream(op.selectionSet, root, (name) => ctx.getFragment(name), new Set());
      if (n > max) {
        ctx.reportError(
          new LimitExceededError(
            "TOO_MANY_RUNS",
            `This operation starts ${n} runs or upstream calls; at most ${max} per request (MAX_RUNS_PER_REQUEST)`,
            "MAX_RUNS_PER_REQUEST",
            max,
          ),
        );
      }
    },
  });
}

/**
 * Operation limits, checked while parsing and validating: an operation over any of them is refused
 * with a typed code before any resolver runs or anything goes upstream. Shared by HTTP, SSE and
 * graphql-ws (which validates through Yoga's envelop).
 */
export function useOperationLimits(limits: OperationLimits): Plugin[] {
  const armor = EnvelopArmorPlugin({
    // Suggestions help people writing queries; the schema is introspectable anyway.
    blockFieldSuggestion: { enabled: false },
    // Fragments count as what they select, not as a level of their own (a fragment-heavy client is not deeper).
    maxDepth: { ...report("depth", limits.GRAPHQL_MAX_DEPTH), flattenFragments: true },
    maxAliases: report("aliases", limits.GRAPHQL_MAX_ALIASES),
    maxDirectives: report("directives", limits.GRAPHQL_MAX_DIRECTIVES),
    // Armor's cost neither multiplies by lists without `first` nor reads variables: useCostLimit (cost.ts) instead.
    costLimit: { enabled: false },
    // The token count is taken while parsing (no validation context to report to): the typed error is thrown.
    maxTokens: {
      n: limits.GRAPHQL_MAX_TOKENS,
      onReject: [
        (_ctx: ValidationContext | null, err: GraphQLError) => {
          throw typed("tokens", err, limits.GRAPHQL_MAX_TOKENS);
        },
      ],
    },
  }) as Plugin;
  const runs: Plugin = {
    onValidate: ({ addValidationRule }) => addValidationRule(runsRule(limits.MAX_RUNS_PER_REQUEST)),
  };
  return [armor, runs, useCostLimit(limits.GRAPHQL_MAX_COST)];
}
