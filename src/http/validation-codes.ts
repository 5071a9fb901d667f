import type { ExecutionResult, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ErrorCode } from "../infra/error-codes.ts";

const VALIDATION: ErrorCode = "GRAPHQL_VALIDATION_FAILED";

/**
 * Yoga codes the errors of document validation GRAPHQL_VALIDATION_FAILED
 * (a bad enum literal among them), but a bad variable value (an unknown enum
 * value in `$input`, a missing required field) fails later, while graphql-js
 * coerces the variables, and comes back without a code over HTTP and as
 * BAD_USER_INPUT over WebSocket (graphql-tools' executor). Those get the
 * validation code on every transport, so a client tells every "the request
 * does not fit the schema" error apart by one `extensions.code`.
 */
export function useVariableErrorCodes(): Plugin {
  const code = (result: ExecutionResult) => {
    // Variable coercion fails before any field runs: the result has no data at all.
    if (result.data !== undefined || !result.errors) return;
    for (const error of result.errors) if (isVariableError(error)) error.extensions.code = VALIDATION;
  };
  const onResult = ({ result }: { result: unknown }) => {
    if (isExecutionResult(result)) code(result);
  };
  return {
    onExecute: () => ({ onExecuteDone: onResult }),
    onSubscribe: () => ({ onSubscribeResult: onResult }),
  };
}

const isVariableError = (e: GraphQLError) => e.message.startsWith('Variable "$') && !e.path;
const isExecutionResult = (r: unknown): r is ExecutionResult =>
  typeof r === "object" && r !== null && "errors" in r && Array.isArray(r.errors);
