import {
  createCounter,
  createHistogram,
  type FillLabelsFnParams,
  usePrometheus,
} from "@graphql-yoga/plugin-prometheus";
import type { Span } from "@opentelemetry/api";
import { GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "./logger.ts";
import { activeSubscriptions, codeLabel, eventsDelivered, operationLabel, operations, registry } from "./metrics.ts";
import { isDatabaseUnavailable } from "./outage.ts";
import { noteOperation } from "./request-log.ts";
import { failSpan, inSpan, startSpan, tracingEnabled } from "./tracing.ts";

type Ctx = { logger?: Logger; req?: object };

/** The outcome label of a result: "ok", or the first error's code (bounded). */
function outcomeOf(errors: readonly GraphQLError[] | undefined): string {
  const first = errors?.[0];
  return first ? codeLabel(first.extensions?.code) : "ok";
}

/**
 * Upstream failures and unexpected errors are logged once, with their stack,
 * on the request's logger (request id, viewer, operation). Expected client
 * errors (validation, not found...) are the client's business and only counted.
 */
/** A stream's or subscription's failure as a GraphQLError (a plain Error becomes its originalError). */
const asGraphQLError = (err: unknown) =>
  err instanceof GraphQLError
    ? err
    : new GraphQLError(err instanceof Error ? err.message : String(err), {
        originalError: err instanceof Error ? err : undefined,
      });

function logErrors(logger: Logger | undefined, errors: readonly GraphQLError[] | undefined): void {
  if (!logger || !errors) return;
  for (const e of errors) {
    const code = e.extensions?.code;
    const cause = e.originalError ?? e;
    // The database away: logged once per outage where it is noticed (infra/outage.ts), not once per request.
    if (isDatabaseUnavailable(cause)) continue;
    if (typeof code === "string" && code.startsWith("UPSTREAM_"))
      logger.warn("upstream error", { code, err: cause, path: e.path });
    else if (!code || code === "INTERNAL_SERVER_ERROR") logger.error("unexpected error", { err: cause, path: e.path });
  }
}

/**
 * Wraps a subscription's event stream: counts what is delivered, runs each
 * `next()` inside the operation's span (so work done on demand nests under
 * it), and reports the end once, however the stream ends.
 */
function tap<T>(
  source: AsyncIterable<T>,
  span: Span | undefined,
  onEvent: () => void,
  onEnd: (err?: unknown) => void,
): AsyncIterableIterator<T> {
  const it = source[Symbol.asyncIterator]();
  let ended = false;
  const end = (err?: unknown) => {
    if (ended) return;
    ended = true;
    onEnd(err);
  };
  const settle = (p: Promise<IteratorResult<T>>) =>
    p.then(
      (r) => {
        if (r.done) end();
        else onEvent();
        return r;
      },
      (err: unknown) => {
        end(err);
        throw err;
      },
    );
  return {
    next: () => settle(span ? inSpan(span, () => it.next()) : it.next()),
    return: async (value?: unknown) => {
      end();
      return it.return ? it.return(value) : { done: true, value: undefined };
    },
    throw: async (err?: unknown) => {
      end(err);
      if (it.throw) return it.throw(err);
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * One plugin for what an operator sees of each GraphQL operation, on HTTP,
 * SSE and WebSocket alike: operation counts by name and outcome, open
 * subscriptions and delivered events, a span per operation (when tracing is
 * on) that resolvers, the engine, upstream calls and queries nest under, and
 * error logs with stacks.
 */
export function useObservability(): Plugin<Ctx> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const op = getOperationAST(args.document, args.operationName);
      const name = operationLabel(op?.name?.value ?? args.operationName);
      const type = op?.operation ?? "query";
      const ctx = args.contextValue;
      if (ctx.req) noteOperation(ctx.req, name);
      const span = tracingEnabled()
        ? startSpan(`graphql.${type} ${name}`, { "graphql.operation.name": name, "graphql.operation.type": type })
        : undefined;
      if (span) setExecuteFn((a) => inSpan(span, () => executeFn(a)));
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return; // @defer/@stream: not used by this schema
          const errors = result.errors;
          operations.inc({ operation: name, type, outcome: outcomeOf(errors) });
          logErrors(ctx.logger, errors);
          if (span) {
            if (errors?.length) failSpan(span, errors[0]);
            span.end();
          }
        },
      };
    },
    onSubscribe({ args, subscribeFn, setSubscribeFn }) {
      const op = getOperationAST(args.document, args.operationName);
      const name = operationLabel(op?.name?.value ?? args.operationName);
      const ctx = args.contextValue;
      if (ctx.req) noteOperation(ctx.req, name);
      const span = tracingEnabled()
        ? startSpan(`graphql.subscription ${name}`, {
            "graphql.operation.name": name,
            "graphql.operation.type": "subscription",
          })
        : undefined;
      if (span) setSubscribeFn((a) => inSpan(span, () => subscribeFn(a)));
      const finish = (outcome: string, err?: unknown) => {
        operations.inc({ operation: name, type: "subscription", outcome });
        if (span) {
          if (err) failSpan(span, err);
          span.end();
        }
      };
      return {
        onSubscribeResult({ result, setResult }) {
          if (!(Symbol.asyncIterator in result)) {
            const errors = result.errors;
            logErrors(ctx.logger, errors);
            finish(outcomeOf(errors), errors?.[0]);
            return;
          }
          activeSubscriptions.inc();
          const delivered = eventsDelivered.labels(name);
          setResult(
            tap(
              result,
              span,
              () => delivered.inc(),
              (err) => {
                activeSubscriptions.dec();
                if (!err) return finish("ok");
                const error = asGraphQLError(err);
                logErrors(ctx.logger, [error]);
                finish(codeLabel(error.extensions.code), err);
              },
            ),
          );
        },
        onSubscribeError({ error }) {
          const e = asGraphQLError(error);
          logErrors(ctx.logger, [e]);
          finish(codeLabel(e.extensions.code), error);
        },
      };
    },
  };
}

const phaseBuckets = [0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const opLabels = (p: FillLabelsFnParams) => ({
  operationName: operationLabel(p.operationName),
  operationType: p.operationType ?? "unknown",
});
const labelNames = ["operationType", "operationName"];
function phase<P>(name: string, help: string, phases: [P, ...P[]]) {
  return createHistogram<P, string>({
    registry,
    histogram: { name, help, labelNames, buckets: phaseBuckets },
    fillLabelsFn: opLabels,
    phases,
  });
}

/**
 * Yoga's Prometheus plugin for the GraphQL phases (parse, validate, context,
 * execute, subscribe) and errors, on our registry, with operation
 * names bounded like every other label. /metrics itself is served by the
 * server (admin key or a private port), not by the plugin.
 */
export function usePrometheusPhases(): Plugin {
  return usePrometheus({
    registry,
    endpoint: false,
    skipIntrospection: true,
    metrics: {
      // Operations are counted once, by gig_graphql_operations_total (with their outcome).
      graphql_envelop_request: false,
      graphql_envelop_request_duration: phase(
        "graphql_envelop_request_duration",
        "Time to execute or set up an operation",
        ["execute", "subscribe"],
      ),
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: phase("graphql_envelop_phase_parse", "Time to parse", ["parse"]),
      graphql_envelop_phase_validate: phase("graphql_envelop_phase_validate", "Time to validate", ["validate"]),
      graphql_envelop_phase_context: phase("graphql_envelop_phase_context", "Time to build the context", ["context"]),
      graphql_envelop_phase_execute: phase("graphql_envelop_phase_execute", "Time to execute", ["execute"]),
      graphql_envelop_phase_subscribe: phase("graphql_envelop_phase_subscribe", "Time to set up a subscription", [
        "subscribe",
      ]),
      graphql_envelop_error_result: createCounter<"parse" | "validate" | "context" | "execute" | "subscribe", string>({
        registry,
        counter: {
          name: "graphql_envelop_error_result",
          help: "GraphQL results with errors, by phase",
          labelNames: [...labelNames, "phase"],
        },
        fillLabelsFn: (p) => ({ ...opLabels(p), phase: p.errorPhase ?? "unknown" }),
        phases: ["parse", "validate", "context", "execute", "subscribe"],
      }),
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: false,
    },
  });
}
