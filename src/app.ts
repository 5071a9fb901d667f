import type { IncomingMessage, Server } from "node:http";
import { join } from "node:path";
import type { YogaServerInstance } from "graphql-yoga";
import type { Redis } from "ioredis";
import type { Context } from "./context.ts";
import { ensureLocalUser } from "./engine/access/identity.ts";
import type { Topics } from "./engine/events/types.ts";
import { Files } from "./engine/files/index.ts";
import { uploadGate } from "./engine/files/rate.ts";
import { signingKey, UrlSigner } from "./engine/files/signing.ts";
import { createEngine, type Engine, startEngine } from "./engine/index.ts";
import type { JobOptions } from "./engine/jobs/index.ts";
import type { PollOptions } from "./engine/runs/poll.ts";
import { engineOptions } from "./engine-options.ts";
import type { UpstreamClient } from "./gemini/client.ts";
import { catalogue } from "./gemini/models.ts";
import { createContextFactory } from "./http/context.ts";
import { createGraphql } from "./http/graphql.ts";
import { createMediaRoutes } from "./http/media.ts";
import { createHttpHandler, createHttpServer } from "./http/router.ts";
import { createRoutes } from "./http/routes.ts";
import { ShutdownPhases, stopServing } from "./http/shutdown.ts";
import { createSseGate } from "./http/sse-gate.ts";
import { createViewers } from "./http/viewers.ts";
import { geminiReceiverFor } from "./http/webhooks.ts";
import { clientAddress } from "./infra/client-address.ts";
import type { Config } from "./infra/config.ts";
import type { Database } from "./infra/db.ts";
import type { Logger } from "./infra/logger.ts";
import { setJobCounts, setKnownModels } from "./infra/metrics.ts";
import { isDatabaseUnavailable } from "./infra/outage.ts";
import { createBus } from "./infra/pubsub.ts";
import type { RedisClients } from "./infra/redis.ts";
import { createStorage } from "./infra/storage.ts";
import { serveGraphqlWs } from "./ws/server.ts";

export interface AppDeps {
  config: Config;
  database: Database;
  upstream: UpstreamClient;
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

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, database, logger, redis } = deps;
  const db = database.prisma;
  await ensureLocalUser(db);
  const pubsub = createBus<Topics>(redis && { publish: redis.main, subscribe: redis.subscriber }, logger);
  const files = filesOf(db, config, redis?.main);
  const signer = new UrlSigner(await signingKey(db, config.MEDIA_SIGNING_KEY), config.MEDIA_URL_TTL_S);
  const engine = createEngine(engineOptions(deps, { db, files, pubsub }));
  const phases = new ShutdownPhases();
  const { viewerOf, streams, streamLimits, stopRevocations } = createViewers({ ...deps, db, engine, pubsub });

  const yoga = createGraphql({
    config,
    logger,
    ending: phases.ending.signal,
    streams,
    context: createContextFactory({ config, db, engine, signer, logger, viewerOf }),
  });

  watchGauges(db);
  // The byte routes check a bearer key like GraphQL does (a bad one: 401).
  const requestViewer = (req: IncomingMessage) => viewerOf(req.headers.authorization, req);
  const server = createHttpServer(
    config,
    logger,
    createHttpHandler({
      config,
      logger,
      media: createMediaRoutes({
        config,
        db,
        files,
        signer,
        viewerOf: requestViewer,
        environments: engine.environments,
      }),
      webhooks: geminiReceiverFor({ config, db, logger, submit: engine.jobs.submit, push: engine.pushed }),
      routes: createRoutes({
        config,
        database,
        logger,
        redis,
        viewerOf: requestViewer,
        draining: () => phases.draining,
      }),
      graphql: (req, res) => yoga(req, res, { req }),
      sseGate: createSseGate({ limits: streamLimits, viewerOf: requestViewer }),
      refusing: () => phases.refusing,
      clientAddress: (req) => clientAddress(req, streamLimits.trusted),
    }),
  );
  const { wss, dispose: disposeWs } = serveGraphqlWs({
    ...{ server, yoga, limits: config, logger, streams, streamLimits, viewerOf },
    refusing: () => phases.refusing,
    initTimeoutMs: deps.wsInitTimeoutMs ?? 3_000,
  });

  return {
    yoga,
    engine,
    server,
    start: async () => {
      // Embedded: the day's and month's usage and the unfinished runs, before the first turn is admitted.
      await engine.admission.restore();
      const url = await listen(server, config.PORT, config.HOST);
      await startEngine(engine, { all: !redis });
      // Maintenance, not readiness: the first sweep runs behind the start (its errors are logged).
      void sweepBlobs(files, config, logger);
      return url;
    },
    stop: ({ graceMs = config.SHUTDOWN_GRACE_MS } = {}) => {
      files.close();
      return stopServing(
        { phases, server, wss, engine, logger, drainMs: config.SHUTDOWN_DRAIN_MS, stopRevocations, disposeWs },
        graceMs,
      );
    },
  };
}

/** Users' files over the configured storage (the database, or a directory). */
function filesOf(db: Database["prisma"], config: Config, redis?: Redis): Files {
  const storage = createStorage(db, {
    kind: config.FILE_STORAGE,
    dir: config.FILE_STORAGE_DIR ?? join(config.DATA_DIR, "files"),
  });
  return new Files(db, storage, {
    maxBytes: config.FILE_MAX_BYTES,
    allowed: config.FILE_ALLOWED_TYPES,
    storageQuotaBytes: config.STORAGE_QUOTA_BYTES_PER_USER,
    uploadGate: uploadGate(config.UPLOAD_RATE_PER_MINUTE, { redis, keyPrefix: config.QUOTA_KEY_PREFIX }),
  });
}

/** Unused blobs removed now and every BLOB_SWEEP_INTERVAL_MS (stopped with the app). */
function sweepBlobs(files: Files, config: Config, logger: Logger): Promise<void> {
  // The database away: the next sweep tries again (an outage is logged once, where noticed).
  return files.sweepEvery(config.BLOB_SWEEP_INTERVAL_MS, (err) =>
    logger[isDatabaseUnavailable(err) ? "debug" : "warn"]("removing unused blobs failed", { err }),
  );
}

/** The gauges /metrics reads on each scrape: the known models and the jobs by status. */
function watchGauges(db: Database["prisma"]) {
  setKnownModels(catalogue().map((m) => m.id));
  setJobCounts(async () => {
    const rows = await db.job.groupBy({ by: ["status"], _count: { _all: true } });
    return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
  });
}

/** Listens on host:port (port 0 picks a free one); resolves with the base URL. */
function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : port;
      resolve(`http://${host.includes(":") ? `[${host}]` : host}:${bound}`);
    });
  });
}
