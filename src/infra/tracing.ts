import {
  type Attributes,
  context,
  type Link,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanStatusCode,
  trace,
} from "@opentelemetry/api";
import type { SpanExporter } from "@opentelemetry/sdk-trace-node";

/**
 * OpenTelemetry traces. Off unless started (OTLP export when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set, or an exporter a test passes): while
 * off, `withSpan` calls its function directly and nothing else runs, so the
 * hot path pays one boolean check.
 *
 * Attributes carry ids, model names, statuses and token counts; never prompt
 * or output text, never keys.
 */
let enabled = false;
/** The span handed out while tracing is off: records nothing, allocated once. */
const NOOP = trace.wrapSpanContext({
  traceId: "00000000000000000000000000000000",
  spanId: "0000000000000000",
  traceFlags: 0,
});
const tracer = () => trace.getTracer("gemini-interactions-graphql");

export const tracingEnabled = () => enabled;

export interface Tracing {
  /** Flushes what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Registers the global tracer provider (once per process) and Prisma's query spans. The SDK is
 * imported here, not at start: a server that does not trace never loads it (about 4 MB of heap).
 */
export async function startTracing(opts: {
  serviceName: string;
  /** OTLP/HTTP endpoint (…/v1/traces is appended by the exporter when given a base URL through the env). */
  otlpEndpoint?: string;
  /** Tests: spans go here, synchronously. */
  exporter?: SpanExporter;
}): Promise<Tracing> {
  const [{ OTLPTraceExporter }, { resourceFromAttributes }, sdk, { PrismaInstrumentation }] = await Promise.all([
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-trace-node"),
    import("@prisma/instrumentation"),
  ]);
  const { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor } = sdk;
  const processors = [];
  if (opts.exporter) processors.push(new SimpleSpanProcessor(opts.exporter));
  if (opts.otlpEndpoint) processors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": opts.serviceName }),
    spanProcessors: processors,
  });
  // The default propagator is W3C trace context: what a stored `traceparent` needs.
  provider.register();
  const prisma = new PrismaInstrumentation();
  prisma.setTracerProvider(provider);
  prisma.enable();
  enabled = true;
  return {
    shutdown: async () => {
      enabled = false;
      prisma.disable();
      await provider.shutdown();
    },
  };
}

export interface SpanOptions {
  attributes?: Attributes;
  /** Start a new trace instead of a child of the active span (jobs: they link to their request instead). */
  root?: boolean;
  links?: Link[];
}

/**
 * Runs `fn` inside a span that ends when it settles (errors are recorded with
 * their type and code, not their message). Off: `fn` runs as is with a
 * span that records nothing.
 */
export function withSpan<T>(name: string, opts: SpanOptions, fn: (span: Span) => Promise<T>): Promise<T> {
  if (!enabled) return fn(NOOP);
  const parent = opts.root ? ROOT_CONTEXT : context.active();
  return tracer().startActiveSpan(
    name,
    { attributes: opts.attributes, links: opts.links, root: opts.root },
    parent,
    async (span) => {
      try {
        return await fn(span);
      } catch (err) {
        failSpan(span, err);
        throw err;
      } finally {
        span.end();
      }
    },
  );
}

/** Starts a span that the caller ends (long-lived: a subscription, a run). */
export function startSpan(name: string, attributes?: Attributes): Span {
  if (!enabled) return NOOP;
  return tracer().startSpan(name, { attributes });
}

/** Runs `fn` with `span` as the active span (so DB and upstream spans nest under it). */
export function inSpan<T>(span: Span, fn: () => T): T {
  if (!enabled) return fn();
  return context.with(trace.setSpan(context.active(), span), fn);
}

/** Sets attributes on the active span, if any (engine code that has no span handle). */
export function annotate(attributes: Attributes): void {
  if (enabled) trace.getActiveSpan()?.setAttributes(attributes);
}

export function failSpan(span: Span, err: unknown): void {
  const code = (err as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === "string" ? code : undefined });
  span.setAttribute("error.type", typeof code === "string" ? code : err instanceof Error ? err.name : "Error");
}

/** The active trace as a W3C `traceparent`, to store with a job; null when tracing is off. */
export function currentTraceParent(): string | null {
  if (!enabled) return null;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** A link to the trace a job was queued in (stored `traceparent`), for the job's own trace. */
export function linkTo(traceParent: string | null | undefined): Link[] {
  if (!enabled || !traceParent) return [];
  const ctx = propagation.extract(ROOT_CONTEXT, { traceparent: traceParent });
  const spanContext = trace.getSpanContext(ctx);
  return spanContext ? [{ context: spanContext }] : [];
}
