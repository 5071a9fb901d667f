import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { createFetch } from "@whatwg-node/fetch";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Context } from "./context.ts";
import { followRevocations, ViewerCache } from "./engine/access/credentials.ts";
import { ensureLocalUser, resolveViewer } from "./engine/access/identity.ts";
import type { Topics } from "./engine/events/types.ts";
import { Files } from "./engine/files/index.ts";
import { signingKey, UrlSigner } from "./engine/files/signing.ts";
import { mediaUrls } from "./engine/files/urls.ts";
import { createEngine, type Engine } from "./engine/index.ts";
import type { JobOptions } from "./engine/jobs/index.ts";
import type { PollOptions } from "./engine/runs/poll.ts";
import { createLoaders } from "./engine/store/loaders.ts";
import type { Upstream } from "./gemini/client.ts";
import { catalogue } from "./gemini/models.ts";
import { createMediaRoutes } from "./http/media.ts";
import { createRoutes } from "./http/routes.ts";
import { JOB_RETRY } from "./infra/backoff.ts";
import type { Config } from "./infra/config.ts";
import type { Database } from "./infra/db.ts";
import type { Logger } from "./infra/logger.ts";
import { setJobCounts, setKnownModels } from "./infra/metrics.ts";
import { useObservability, usePrometheusPhases } from "./infra/observe-plugin.ts";
import { createBus } from "./infra/pubsub.ts";
import type { RedisClients } from "./infra/redis.ts";
import { observeRequest, requestIdOf } from "./infra/request-log.ts";
import { closeSockets, sleep, useGracefulEnd, within } from "./infra/shutdown.ts";
import { createStorage } from "./infra/storage.ts";
import { schema } from "./schema/index.ts";
import { useBodyLimit } from "./security/body-limit.ts";
import { useOperationLimits } from "./security/limits.ts";
import { CSRF_HEADERS, corsFor, guardGraphqlRequest, refuse } from "./security/origin.ts";
import { useNoNulCharacters } from "./security/text.ts";
import { serveGraphqlWs } from "./ws/server.ts";
import { SocketRegistry } from "./ws/sockets.ts";

export interface AppDeps {
  config: Config;
  database: Database;
  upstream: Upstream;
  logger: Logger;
  /** Scale-out mode: pub/sub and the event log over Redis, shared with other processes. */
  redis?: RedisClients;
  /** graphql-ws: how long a socket may wait before `connection_init` (ms). */
  wsInitTimeoutMs?: number;
  /** Background job settings beyond the config (tests: shorter backoff). */
  jobs?: Partial<JobOptions>;
  /** How background runs are polled when their stream cannot be followed. */
  poll?: PollOptions;
  /** The server console credential (admin.token): an admin, accepted only from loopback. */
  consoleToken?: string;
  /** Redis namespace of the quota counters (tests sharing a Redis keep theirs apart). */
  quotaKeyPrefix?: string;
}

export interface App {
  yoga: YogaServerInstance<{ req?: IncomingMessage; connectionParams?: Record<string, unknown> }, Context>;
  engine: Engine;
  server: Server;
  /** Listens on config.HOST:PORT (PORT 0 picks a free port); resolves with the base URL. */
  start(): Promise<string>;
  /**
   * Graceful stop within `graceMs` (default SHUTDOWN_GRACE_MS): /readyz turns 503, new operations
   * are refused, jobs go back to the queue, runs are handed to other processes (scale-out) or left
   * resumable (embedded), subscribers get what is on its way and then SERVER_STOPPING, WebSockets
   * close with 1012.
   */
  stop(opts?: { graceMs?: number }): Promise<void>;
}

function originOf(url: string | undefined, host: string | undefined): string {
  if (url) return new URL(url).origin;
  return `http://${host ?? "localhost"}`;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, database, upstream, logger } = deps;
  const db = database.prisma;
  await ensureLocalUser(db);
  const { redis } = deps;
  const pubsub = createBus<Topics>(redis && { publish: redis.main, subscribe: redis.subscriber }, logger);
  const storage = createStorage(db, {
    kind: config.FILE_STORAGE,
    dir: config.FILE_STORAGE_DIR ?? join(config.DATA_DIR, "files"),
  });
  const files = new Files(db, storage, { maxBytes: config.FILE_MAX_BYTES, allowed: config.FILE_ALLOWED_TYPES });
  const signer = new UrlSigner(await signingKey(db, config.MEDIA_SIGNING_KEY), config.MEDIA_URL_TTL_S);
  const engine = createEngine({
    files,
    db,
    upstream,
    pubsub,
    logger,
    redis: redis?.main,
    maxToolRounds: config.MAX_TOOL_ROUNDS,
    defaultModel: config.DEFAULT_MODEL,
    jobs: {
      concurrency: config.JOB_CONCURRENCY,
      timeoutMs: config.JOB_TIMEOUT_MS,
      maxAttempts: config.JOB_MAX_ATTEMPTS,
      retry: JOB_RETRY,
      ...deps.jobs,
    },
    bull: redis && {
      queueName: config.JOB_QUEUE,
      lockDurationMs: config.JOB_LOCK_MS,
      stalledIntervalMs: config.JOB_STALLED_INTERVAL_MS,
      connect: redis.bullConnection,
    },
    poll: deps.poll,
    leases: { leaseMs: config.RUN_LEASE_MS, reconcileMs: config.RECONCILE_INTERVAL_MS },
    quota: {
      defaults: {
        requestsPerMinute: config.QUOTA_REQUESTS_PER_MINUTE,
        tokensPerDay: config.QUOTA_TOKENS_PER_DAY,
        tokensPerMonth: config.QUOTA_TOKENS_PER_MONTH,
        concurrentRuns: config.QUOTA_CONCURRENT_RUNS,
      },
      outputEstimate: config.QUOTA_OUTPUT_ESTIMATE,
      keyPrefix: deps.quotaKeyPrefix ?? config.QUOTA_KEY_PREFIX,
      cacheTtlMs: config.AUTH_CACHE_TTL_MS,
    },
  });

  // Shutdown phases: `draining` turns readiness off; `refusing` turns new work away; `ending` ends subscriptions.
  let draining = false;
  let refusing = false;
  const ending = new AbortController();
  // One credential check for HTTP, WebSocket and the byte routes.
  const viewers = new ViewerCache(db, { ttlMs: config.AUTH_CACHE_TTL_MS, max: 10_000 });
  const viewerOf = (authorization: string | null | undefined, req: IncomingMessage | undefined) =>
    resolveViewer((secret) => viewers.authenticate(secret), authorization, {
      allowAnonymous: config.ALLOW_ANONYMOUS,
      consoleToken: deps.consoleToken,
      remoteAddress: req?.socket.remoteAddress,
      host: req?.headers.host,
    });
  const sockets = new SocketRegistry();
  const stopRevocations = followRevocations(pubsub, logger, (change) => {
    viewers.forget(change);
    if (change.userId) engine.admission.forget(change.userId);
    const closed = change.widened ? 0 : sockets.close(change, "Your credential was revoked");
    if (closed) logger.info("closed sockets of a revoked credential", { closed });
  });

  const yoga = createYoga<{ req?: IncomingMessage; connectionParams?: Record<string, unknown> }, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    // GraphiQL's bundle is 30 MB of strings once imported: loaded on the first page view, not at every start.
    renderGraphiQL: async (opts) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(opts),
    graphiql: { title: "Gemini Interactions GraphQL", subscriptionsProtocol: "WS" },
    // The only plugins list: limits and CSRF prevention apply to HTTP, SSE and (through getEnveloped) WebSocket.
    plugins: [
      useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
      useBodyLimit(),
      ...useOperationLimits(config),
      useNoNulCharacters(),
      usePrometheusPhases(),
      useObservability(),
      useGracefulEnd(ending.signal),
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
    logging: {
      debug: (...a) => logger.debug(String(a[0]), { args: a.slice(1) }),
      info: (...a) => logger.info(String(a[0]), { args: a.slice(1) }),
      warn: (...a) => logger.warn(String(a[0]), { args: a.slice(1) }),
      error: (...a) => logger.error(String(a[0]), { args: a.slice(1) }),
    },
    context: async ({ request, connectionParams, req, params }) => {
      const header = request?.headers.get("authorization") ?? (connectionParams?.authorization as string | undefined);
      // Throws UNAUTHENTICATED (HTTP 401) for a bad key before any field runs.
      const viewer = await viewerOf(header, req);
      // Media URLs are absolute: PUBLIC_URL, else the origin this request reached (HTTP or WebSocket).
      const base = config.PUBLIC_URL?.replace(/\/$/, "") ?? originOf(request?.url, req?.headers.host);
      // Every line logged for this operation carries who asked and what, under the request's id.
      const requestId = req ? requestIdOf(req) : (request?.headers.get("x-request-id") ?? randomUUID());
      const requestLogger = logger.child({
        requestId,
        ...(viewer ? { viewerId: viewer.id } : {}),
        ...(params?.operationName ? { operationName: params.operationName } : {}),
      });
      return {
        viewer,
        media: mediaUrls(signer, viewer, base),
        db,
        engine,
        config,
        logger: requestLogger,
        loaders: createLoaders({ db, runs: engine.runs }),
      };
    },
  });

  setKnownModels(catalogue().map((m) => m.id));
  setJobCounts(async () => {
    const rows = await db.job.groupBy({ by: ["status"], _count: { _all: true } });
    return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
  });
  // The byte routes check a bearer key like GraphQL does (a bad one: 401).
  const requestViewer = (req: IncomingMessage) => viewerOf(req.headers.authorization, req);
  const routes = createRoutes({ config, database, logger, redis, viewerOf: requestViewer, draining: () => draining });
  const media = createMediaRoutes({ config, db, files, signer, viewerOf: requestViewer });
  const server = createServer(async (req, res) => {
    observeRequest(req, res, logger);
    try {
      // Media first: the web app answers every path it does not know.
      if ((await media(req, res)) || (await routes(req, res))) return;
    } catch (err) {
      logger.error("HTTP route failed", { url: req.url, err });
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end('{"error":"internal"}');
      return;
    }
    if (guardGraphqlRequest(config, req, res)) return;
    if (refusing) {
      refuse(res, "SERVER_STOPPING", "The server is shutting down", {
        headers: { connection: "close", "retry-after": "1" },
      });
      return;
    }
    return yoga(req, res, { req });
  });

  // A client that drops or garbles its connection is normal life: one line (no stack for EPIPE/ECONNRESET).
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    logger.info("client connection error", { err });
    if (err.code !== "ECONNRESET" && socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
    else socket.destroy();
  });

  const { wss, dispose: disposeWs } = serveGraphqlWs({
    server,
    yoga,
    limits: config,
    logger,
    sockets,
    viewerOf,
    refusing: () => refusing,
    initTimeoutMs: deps.wsInitTimeoutMs ?? 3_000,
  });

  return {
    yoga,
    engine,
    server,
    start: async () => {
      const url = await new Promise<string>((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.PORT, config.HOST, () => {
          const { port } = server.address() as AddressInfo;
          const host = config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
          resolve(`http://${host}:${port}`);
        });
      });
      // Once serving: unfinished jobs (a restart, a crash) are picked up again from their last event.
      await engine.jobs.start();
      // In every mode: runs a dead process left are taken over (without Redis there is one process per database: every unfinished run is a previous one's).
      await engine.reconciler.start({ all: !redis });
      return url;
    },
    stop: async ({ graceMs = config.SHUTDOWN_GRACE_MS } = {}) => {
      const deadline = Date.now() + graceMs;
      const left = (margin = 0) => Math.max(0, deadline - Date.now() - margin);
      draining = true;
      // A load balancer polling /readyz stops sending work before it is refused.
      if (config.SHUTDOWN_DRAIN_MS) await sleep(Math.min(config.SHUTDOWN_DRAIN_MS, left() / 2));
      refusing = true;
      stopRevocations();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // Job runs detach first (nothing recorded): BullMQ hands the jobs to another worker; embedded, a restart resumes them.
      engine.reconciler.close();
      await engine.jobs.close();
      // Scale-out: foreground runs go to another process now, so subscribers who move there see them finish.
      if (engine.handoff) await engine.handoff.handOver(left(1_000) / 2);
      ending.abort();
      await closeSockets(wss, Math.min(1_000, left(500)));
      // Embedded: runs finish if they can; those still going at the deadline are left resumable for the next start.
      await within(engine.runs.drain(), left(500));
      await engine.runs.detachAll();
      server.closeAllConnections();
      await closed;
      await disposeWs();
      await engine.runs.close();
      logger.info("stopped", { graceMs, tookMs: graceMs - left() });
    },
  };
}
