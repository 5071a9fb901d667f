import type { IncomingMessage } from "node:http";
import { createFetch } from "@whatwg-node/fetch";
import { createYoga, maskError } from "graphql-yoga";
import type { Context } from "../context.ts";
import type { Config } from "../infra/config.ts";
import type { Logger } from "../infra/logger.ts";
import { useObservability } from "../infra/observe-plugin.ts";
import { databaseUnavailable, isDatabaseUnavailable } from "../infra/outage.ts";
import { usePrometheusPhases } from "../infra/phase-metrics.ts";
import { schema } from "../schema/index.ts";
import { useBodyLimit } from "../security/body-limit.ts";
import { useCsrfPrevention } from "../security/csrf.ts";
import { useResultLimits } from "../security/deadline.ts";
import { useOperationLimits } from "../security/limits.ts";
import { corsFor } from "../security/origin.ts";
import { useSafeText } from "../security/text.ts";
import { type StreamRegistry, useStreamRegistry } from "../ws/streams.ts";
import type { OperationSource } from "./context.ts";
import { type MaskError, useSharedExecution } from "./shared-execution.ts";
import { useVariableErrorCodes } from "./validation-codes.ts";

/** Yoga's own log lines, on the server's logger. */
const yogaLogging = (logger: Logger) => ({
  debug: (...a: unknown[]) => logger.debug(String(a[0]), { args: a.slice(1) }),
  info: (...a: unknown[]) => logger.info(String(a[0]), { args: a.slice(1) }),
  warn: (...a: unknown[]) => logger.warn(String(a[0]), { args: a.slice(1) }),
  error: (...a: unknown[]) => logger.error(String(a[0]), { args: a.slice(1) }),
});

const UNEXPECTED = "Unexpected error.";
/** What a client sees of an error: ours as they are; the database away typed and retryable; the rest masked. */
export const maskUnexpected = (error: unknown, message: string, isDev?: boolean) =>
  isDatabaseUnavailable(error) ? databaseUnavailable() : maskError(error, message, isDev);

/**
 * The same rule for a subscription's events (the shared execution masks them; see useSharedExecution),
 * and, as Yoga does for what it masks, the original logged (the database away is logged once per outage).
 */
export const maskingEvents =
  (logger: Logger): MaskError =>
  (error) => {
    const masked = maskUnexpected(error, UNEXPECTED);
    if (masked !== error && !isDatabaseUnavailable(error)) logger.error("unexpected error", { err: error });
    return masked;
  };

/** The GraphQL endpoint (HTTP and SSE; WebSocket goes through its getEnveloped) with the one plugins list. */
export function createGraphql(deps: {
  config: Config;
  logger: Logger;
  /** Aborted when the server ends its subscriptions (shutdown). */
  ending: AbortSignal;
  /** Where each subscription is registered under its credential, so a revocation ends it. */
  streams: StreamRegistry;
  context: (source: OperationSource) => Promise<Context>;
}) {
  const { config } = deps;
  return createYoga<{ req?: IncomingMessage; connectionParams?: Record<string, unknown> }, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    // GraphiQL's bundle is 30 MB of strings once imported: loaded on the first page view, not at every start.
    renderGraphiQL: async (opts) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(opts),
    graphiql: { title: "Gemini Interactions GraphQL", subscriptionsProtocol: "WS" },
    // The only plugins list: limits and CSRF prevention apply to HTTP, SSE and (through getEnveloped) WebSocket.
    plugins: [
      useCsrfPrevention(),
      useBodyLimit(),
      ...useOperationLimits(config),
      useSafeText(),
      useVariableErrorCodes(),
      useResultLimits(config),
      // Before the plugins that wrap the subscribe function: they wrap the shared one.
      useSharedExecution(maskingEvents(deps.logger)),
      usePrometheusPhases(),
      useObservability(),
      useStreamRegistry(deps.streams, deps.ending),
    ],
    cors: corsFor(config),
    batching: false,
    // useBodyLimit above, in place of Yoga's (which streams every body through a counter).
    maxRequestBodySize: false,
    // Multipart parsing stops reading a file part at the limit (busboy's fileSize): an over-size
    // upload is refused with 413 without being read whole.
    fetchAPI: createFetch({
      formDataLimits: { fileSize: config.FILE_MAX_BYTES, files: 10, fieldSize: 1024 * 1024 },
    }),
    logging: yogaLogging(deps.logger),
    // The database away answers typed and retryable (logged once per outage by the database layer), not masked.
    maskedErrors: { maskError: maskUnexpected, errorMessage: UNEXPECTED },
    context: deps.context,
  });
}
