// The GraphQL phase histograms under the metric names of Yoga's Prometheus plugin (the operator-facing
// counters, spans and logs are observe-plugin.ts).
import { type DocumentNode, type ExecutionResult, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { Counter, Histogram } from "prom-client";
import { operationLabel, registry } from "./metrics.ts";

const phaseBuckets = [0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
// In the order Yoga's plugin wrote them (a series is named by its labels in this order).
const labelNames = ["operationName", "operationType"] as const;
const phaseHistogram = (name: string, help: string) =>
  new Histogram({ name, help, labelNames, buckets: phaseBuckets, registers: [registry] });
const phases = {
  parse: phaseHistogram("graphql_envelop_phase_parse", "Time to parse"),
  validate: phaseHistogram("graphql_envelop_phase_validate", "Time to validate"),
  context: phaseHistogram("graphql_envelop_phase_context", "Time to build the context"),
  execute: phaseHistogram("graphql_envelop_phase_execute", "Time to execute"),
  subscribe: phaseHistogram("graphql_envelop_phase_subscribe", "Time to set up a subscription"),
  request: phaseHistogram("graphql_envelop_request_duration", "Time to execute or set up an operation"),
};
const errorResults = new Counter({
  name: "graphql_envelop_error_result",
  help: "GraphQL results with errors, by phase",
  labelNames: [...labelNames, "phase"] as const,
  registers: [registry],
});
type Phase = "parse" | "validate" | "context" | "execute" | "subscribe";

/** One operation's series, each bound once (a request then observes without hashing labels). */
class OperationSeries {
  private readonly bound = new Map<string, Histogram.Internal<(typeof labelNames)[number]>>();
  constructor(
    readonly type: string,
    readonly name: string,
  ) {}
  observe(phase: keyof typeof phases, startedAt: number): void {
    let child = this.bound.get(phase);
    if (!child) {
      child = phases[phase].labels(this.name, this.type);
      this.bound.set(phase, child);
    }
    child.observe((performance.now() - startedAt) / 1000);
  }
  errors(phase: Phase, n = 1): void {
    errorResults.labels(this.name, this.type, phase).inc(n);
  }
  /** Execution or subscription set-up is over: its time, the request's, and a single result's errors. */
  done(phase: "execute" | "subscribe", startedAt: number, result: ExecutionResult | AsyncIterable<unknown>): void {
    this.observe(phase, startedAt);
    this.observe("request", startedAt);
    if (!(Symbol.asyncIterator in result) && result.errors?.length) this.errors(phase, result.errors.length);
  }
}
const seriesByKey = new Map<string, OperationSeries>();
function seriesOf(type: string, name: string): OperationSeries {
  const key = `${type} ${name}`;
  let series = seriesByKey.get(key);
  if (!series) {
    series = new OperationSeries(type, name);
    seriesByKey.set(key, series);
  }
  return series;
}
/** A document's series by operation name (Yoga's parser cache hands out one document per text). */
const byDocument = new WeakMap<DocumentNode, Map<string, OperationSeries>>();
function seriesOfDocument(document: DocumentNode, operationName: string | null | undefined): OperationSeries {
  let named = byDocument.get(document);
  if (!named) {
    named = new Map();
    byDocument.set(document, named);
  }
  const key = operationName ?? "";
  let series = named.get(key);
  if (!series) {
    const op = getOperationAST(document, operationName);
    series = seriesOf(op?.operation ?? "unknown", operationLabel(op?.name?.value ?? operationName));
    named.set(key, series);
  }
  return series;
}
const operations_ = new WeakMap<object, OperationSeries>();
/** The series of the operation a context runs (set once its document is parsed). */
export const operationSeries = (context: object) => operations_.get(context);

/**
 * The GraphQL phases (parse, validate, context, execute, subscribe) as Prometheus histograms,
 * and results with errors by phase, under the metric names of Yoga's Prometheus plugin, with
 * operation names bounded like every other label. Each operation's series are bound once; a
 * subscription's per-event errors are counted by useObservability's tap (no extra layer per
 * event). Introspection is not measured. /metrics itself is served by the server.
 */
export function usePrometheusPhases(): Plugin {
  return {
    onParse({ context, params }) {
      const source = typeof params.source === "string" ? params.source : params.source.body;
      if (source.includes("__schema")) return;
      const startedAt = performance.now();
      const named = (context as { params?: { operationName?: string | null } }).params?.operationName;
      return ({ result }) => {
        if (!result || result instanceof Error) {
          seriesOf("unknown", "anonymous").errors("parse");
          return;
        }
        const series = seriesOfDocument(result, named);
        operations_.set(context, series);
        series.observe("parse", startedAt);
      };
    },
    onValidate({ context }) {
      const series = operations_.get(context);
      if (!series) return;
      const startedAt = performance.now();
      return ({ valid }) => {
        series.observe("validate", startedAt);
        if (!valid) series.errors("validate");
      };
    },
    onContextBuilding({ context }) {
      const series = operations_.get(context);
      if (!series) return;
      const startedAt = performance.now();
      return () => series.observe("context", startedAt);
    },
    onExecute({ args }) {
      const series = operations_.get(args.contextValue);
      if (!series) return;
      const startedAt = performance.now();
      return { onExecuteDone: ({ result }) => series.done("execute", startedAt, result) };
    },
    onSubscribe({ args }) {
      const series = operations_.get(args.contextValue);
      if (!series) return;
      const startedAt = performance.now();
      // A stream's failure is counted where it is seen (observe-plugin's Tapped): an onSubscribeError
      // hook here would make envelop wrap every stream in one more iterator.
      return { onSubscribeResult: ({ result }) => series.done("subscribe", startedAt, result) };
    },
  };
}
