import { createServer, type Server } from "node:http";
import { isAgentPath } from "./agent-resources.ts";
import { type ApiState, type LogEntry, serveApi } from "./api.ts";
import { type Stats, serveControl, stats } from "./control.ts";
import { DEFAULT_DELIVERY, type DeliveryOptions, WebhookHub } from "./deliveries.ts";
import { isEnvironmentPath, serveEnvironments } from "./environments.ts";
import { Faults } from "./faults.ts";
import { HttpError, sendError } from "./http.ts";
import type { Pacing } from "./runner.ts";
import { DEFAULT_RETENTION, type Retention, Store } from "./store.ts";
import { isWebhookPath } from "./webhooks.ts";
import type { JsonObject } from "./wire.ts";

export type { LogEntry } from "./api.ts";
export type { Stats } from "./control.ts";
export type { DeliveryAttempt } from "./deliveries.ts";
export type { Fault, FaultOp } from "./faults.ts";

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** Pause before each streamed delta, to make streaming observable (ms). */
  deltaDelayMs?: number;
  /** Pause between steps of background runs and agents (ms). */
  backgroundStepDelayMs?: number;
  /** What it remembers (finished interactions, request logs); default: generous, for tests. */
  retention?: Partial<Retention>;
  /** How webhook events are delivered (retry pace, attempts); default: fast, for tests. */
  webhooks?: Partial<DeliveryOptions>;
}

export interface Emulator {
  url: string;
  store: Store;
  faults: Faults;
  /** Create request bodies in arrival order (for tests: what upstream received); faulted attempts are not in it. */
  requests: JsonObject[];
  /** Every REST request in arrival order, faulted ones included (to observe SDK retries). */
  log: LogEntry[];
  /** Current pacing; change it at any time. */
  pacing: Pacing;
  /** Upstream's webhooks: the registered ones (`hooks`), every delivery attempt (`attempts`). */
  webhooks: WebhookHub;
  /** Where the keys that sign per-request (JWT) webhooks are published. */
  jwksUrl: string;
  stats(): Stats;
  close(): Promise<void>;
}

/**
 * An emulator of the Gemini Interactions REST API (see
 * shared/spec/interactions-api.md) for the real `@google/genai` SDK, with a
 * deterministic model (model.ts), agents, background runs and fault injection.
 */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const retention = { ...DEFAULT_RETENTION, ...opts.retention };
  const state: ApiState = {
    store: new Store(retention),
    faults: new Faults(),
    requests: [],
    log: [],
    stats: { creates: 0 },
    pacing: { deltaDelayMs: opts.deltaDelayMs ?? 0, backgroundStepDelayMs: opts.backgroundStepDelayMs ?? 20 },
  };

  const webhooks = new WebhookHub(state.faults, { ...DEFAULT_DELIVERY, ...opts.webhooks });
  state.store.onFinish.add((rec) => webhooks.onFinish(rec));

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://emulator");
    const serve = (() => {
      const path = url.pathname;
      if (isWebhookPath(path) || path === "/_emulator/jwks.json") return webhooks.serve(req, res, url);
      if (path.startsWith("/_emulator/")) return serveControl(state, req, res, path);
      if (isEnvironmentPath(path))
        return Promise.resolve().then(() => serveEnvironments(state.store.environments, req, res, url));
      if (isAgentPath(path)) return state.store.agents.serve(req, res, url);
      return serveApi(state, req, res, url);
    })();
    serve.catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return void res.destroy();
      sendError(res, err instanceof HttpError ? err : new HttpError(500, "Internal error", "INTERNAL"));
    });
  });
  // An idle emulator forgets too: age-based retention does not wait for the next run to end.
  const sweeper = setInterval(() => state.store.sweep(), Math.min(retention.maxAgeMs / 4, 60_000)).unref();
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", resolve));
  const address = server.address();
  // Listening on a host and port (never a pipe): the address is an AddressInfo.
  if (!address || typeof address === "string") throw new Error("the emulator is not listening on a port");
  const { port } = address;
  const host = opts.host && opts.host !== "0.0.0.0" && opts.host !== "::" ? opts.host : "127.0.0.1";
  const base = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url: base,
    webhooks,
    jwksUrl: `${base}/_emulator/jwks.json`,
    store: state.store,
    faults: state.faults,
    requests: state.requests,
    log: state.log,
    pacing: state.pacing,
    stats: () => stats(state),
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweeper);
        webhooks.close();
        for (const rec of state.store.live) {
          rec.abort.abort();
          state.store.finish(rec);
        }
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
