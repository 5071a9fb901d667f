import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { RUN_OUTCOMES } from "./statuses.ts";

/**
 * Every Prometheus metric of the server, in one registry. Call sites use the
 * one-line helpers below; label values are always drawn from bounded sets
 * (catalogue models, capped operation names, error codes, fixed states), so
 * a client can never grow the number of series.
 *
 * The per-event path only increments pre-bound children (a few ns each).
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];
const longSeconds = [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600];

// --- label bounds ---------------------------------------------------------

const OTHER = "other";
let knownModels = new Set<string>();
/** The catalogue's model and agent ids: anything else is reported as "other". */
export function setKnownModels(ids: Iterable<string>): void {
  knownModels = new Set(ids);
}
export const modelLabel = (model: string | null | undefined) =>
  model && knownModels.has(model) ? model : model ? OTHER : "none";

/** Operation names seen first keep their name, up to a cap; later ones are "other". */
const MAX_OPERATION_NAMES = 100;
const operationNames = new Set<string>();
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES || !/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return OTHER;
  operationNames.add(name);
  return name;
}

/** Error codes are ours (a fixed set in src/infra/errors.ts and the engine); anything else is "INTERNAL". */
export const codeLabel = (code: unknown) =>
  typeof code === "string" && /^[A-Z][A-Z0-9_]{0,40}$/.test(code) ? code : "INTERNAL";

// --- HTTP and GraphQL -----------------------------------------------------

export const httpRequests = new Counter({
  name: "gig_http_requests_total",
  help: "HTTP requests by route, method and status class",
  labelNames: ["route", "method", "status"] as const,
  registers: [registry],
});
export const httpDuration = new Histogram({
  name: "gig_http_request_duration_seconds",
  help: "HTTP request duration by route (SSE and long requests included)",
  labelNames: ["route"] as const,
  buckets: seconds,
  registers: [registry],
});
/** The route label: a fixed set, never the raw path. */
export function routeLabel(path: string): string {
  if (path === "/graphql" || path === "/healthz" || path === "/readyz" || path === "/metrics") return path;
  if (path.startsWith("/files/")) return "/files";
  if (path.startsWith("/media/")) return "/media";
  return OTHER;
}

export const operations = new Counter({
  name: "gig_graphql_operations_total",
  help: "GraphQL operations by (capped) name, type and outcome (ok, or the first error's code)",
  labelNames: ["operation", "type", "outcome"] as const,
  registers: [registry],
});
export const activeSubscriptions = new Gauge({
  name: "gig_subscriptions_active",
  help: "Subscriptions open now (WebSocket and SSE)",
  registers: [registry],
});
export const eventsDelivered = new Counter({
  name: "gig_subscription_events_total",
  help: "Events delivered to subscribers, by operation",
  labelNames: ["operation"] as const,
  registers: [registry],
});
export const subscriptionExecutions = new Counter({
  name: "gig_subscription_executions_total",
  help: "Per-event executions of run-event subscriptions: shared=yes reused another subscriber's result",
  labelNames: ["shared"] as const,
  registers: [registry],
});
export const wsConnections = new Gauge({
  name: "gig_websocket_connections",
  help: "WebSocket connections open now",
  registers: [registry],
});

// --- runs -----------------------------------------------------------------

export const activeRuns = new Gauge({
  name: "gig_runs_active",
  help: "Runs of interactions this process follows now",
  registers: [registry],
});
const runs = new Counter({
  name: "gig_runs_total",
  help: "Runs ended, by model and final status",
  labelNames: ["model", "status"] as const,
  registers: [registry],
});
const firstToken = new Histogram({
  name: "gig_run_first_token_seconds",
  help: "Time from the start of a run to its first output delta, by model",
  labelNames: ["model"] as const,
  buckets: seconds,
  registers: [registry],
});
const runDuration = new Histogram({
  name: "gig_run_duration_seconds",
  help: "Total run time, by model and final status",
  labelNames: ["model", "status"] as const,
  buckets: longSeconds,
  registers: [registry],
});

/** Times one run: `delta()` on each output delta (cheap after the first), `end()` once. */
export interface RunMeter {
  /** The model, when it is known only after the run began (a run picked up from the database). */
  model(model: string | null | undefined): void;
  delta(): void;
  end(status: string): void;
}
export function meterRun(model: string | null | undefined): RunMeter {
  let label = modelLabel(model);
  const started = performance.now();
  let first = true;
  let ended = false;
  activeRuns.inc();
  return {
    model(m) {
      label = modelLabel(m);
    },
    delta() {
      if (!first) return;
      first = false;
      firstToken.observe({ model: label }, (performance.now() - started) / 1000);
    },
    end(status) {
      if (ended) return;
      ended = true;
      activeRuns.dec();
      const s = statusLabel(status);
      runs.inc({ model: label, status: s });
      runDuration.observe({ model: label, status: s }, (performance.now() - started) / 1000);
    },
  };
}
const statusLabel = (s: string) => (RUN_OUTCOMES.has(s) ? s : OTHER);

// --- jobs -----------------------------------------------------------------

export const jobTransitions = new Counter({
  name: "gig_job_transitions_total",
  help: "Jobs entering each state",
  labelNames: ["state"] as const,
  registers: [registry],
});
export const jobQueueWait = new Histogram({
  name: "gig_job_queue_wait_seconds",
  help: "Time a job waited between being queued and a worker starting an attempt",
  buckets: longSeconds,
  registers: [registry],
});
let jobCounts: (() => Promise<Record<string, number>>) | undefined;
/** Where the jobs-by-state gauge reads from at scrape time (the database: the one truth across processes). */
export function setJobCounts(fn: (() => Promise<Record<string, number>>) | undefined): void {
  jobCounts = fn;
}
new Gauge({
  name: "gig_jobs",
  help: "Jobs by state, read from the database at scrape time (the same for every process)",
  labelNames: ["state"] as const,
  registers: [registry],
  async collect() {
    if (!jobCounts) return;
    this.reset();
    const counts = await jobCounts().catch(() => undefined);
    for (const [state, n] of Object.entries(counts ?? {})) this.set({ state }, n);
  },
});

// --- upstream -------------------------------------------------------------

export const upstreamRequests = new Counter({
  name: "gig_upstream_requests_total",
  help: "Calls to the Interactions API by operation and outcome (ok, or the error code after the SDK's retries)",
  labelNames: ["op", "outcome"] as const,
  registers: [registry],
});
export const upstreamRetries = new Counter({
  name: "gig_upstream_retries_total",
  help: "Retries against the Interactions API: SDK HTTP retries, stream resumes, job attempts",
  labelNames: ["kind"] as const,
  registers: [registry],
});
export const upstreamErrors = new Counter({
  name: "gig_upstream_errors_total",
  help: "Upstream calls that failed, by operation and error code",
  labelNames: ["op", "code"] as const,
  registers: [registry],
});

// --- quotas, storage ------------------------------------------------------

const quotaRefusals = new Counter({
  name: "gig_quota_refusals_total",
  help: "Requests refused by a quota, by reason",
  labelNames: ["reason"] as const,
  registers: [registry],
});
/** One line at the refusal site; `reason` must come from a fixed set (e.g. "requests", "tokens"). */
export const countQuotaRefusal = (reason: string) => quotaRefusals.inc({ reason: codeLabel(reason.toUpperCase()) });

export const dbErrors = new Counter({
  name: "gig_db_errors_total",
  help: "Database errors by kind (driver error kinds; constraint violations included)",
  labelNames: ["kind"] as const,
  registers: [registry],
});
export const redisErrors = new Counter({
  name: "gig_redis_errors_total",
  help: "Redis connection errors by client",
  labelNames: ["client"] as const,
  registers: [registry],
});
/** Unhandled rejections and exceptions caught by the process guard (issue 12's guard calls this). */
export const unhandledErrors = new Counter({
  name: "gig_unhandled_errors_total",
  help: "Unhandled rejections and exceptions caught by the process-level guard",
  labelNames: ["kind"] as const,
  registers: [registry],
});

/** The exposition text for a scrape. */
export const scrape = async () => ({ contentType: registry.contentType, body: await registry.metrics() });
