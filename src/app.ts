import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { ExecutionArgs } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { WebSocketServer } from "ws";
import type { Context } from "./context.ts";
import type { Topics } from "./engine/events.ts";
import { createEngine, type Engine } from "./engine/index.ts";
import type { JobOptions } from "./engine/jobs/index.ts";
import type { PollOptions } from "./engine/poll.ts";
import { recoverForegroundRuns } from "./engine/recovery.ts";
import type { Upstream } from "./gemini/client.ts";
import { catalogue } from "./gemini/models.ts";
import type { Config } from "./infra/config.ts";
import type { Database } from "./infra/db.ts";
import type { Logger } from "./infra/logger.ts";
import { setJobCounts, setKnownModels, wsConnections } from "./infra/metrics.ts";
import { useObservability, usePrometheusPhases } from "./infra/observe-plugin.ts";
import { createBus } from "./infra/pubsub.ts";
import type { RedisClients } from "./infra/redis.ts";
import { observeRequest, requestIdOf } from "./infra/request-log.ts";
import { ensureLocalUser, resolveViewer } from "./resolvers/auth.ts";
import { createLoaders } from "./resolvers/loaders.ts";
import { createRoutes } from "./routes.ts";
import { schema } from "./schema/index.ts";

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
}

export interface App {
  yoga: YogaServerInstance<{ req?: IncomingMessage; connectionParams?: Record<string, unknown> }, Context>;
  engine: Engine;
  server: Server;
  /** Listens on config.HOST:PORT (PORT 0 picks a free port); resolves with the base URL. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, database, upstream, logger } = deps;
  const db = database.prisma;
  await ensureLocalUser(db);
  const { redis } = deps;
  const pubsub = createBus<Topics>(redis && { publish: redis.main, subscribe: redis.subscriber });
  const engine = createEngine({
    db,
    upstream,
    pubsub,
    logger,
    redis: redis?.main,
    maxToolRounds: config.MAX_TOOL_ROUNDS,
    jobs: {
      concurrency: config.JOB_CONCURRENCY,
      timeoutMs: config.JOB_TIMEOUT_MS,
      maxAttempts: config.JOB_MAX_ATTEMPTS,
      ...deps.jobs,
    },
    bull: redis && {
      queueName: config.JOB_QUEUE,
      lockDurationMs: config.JOB_LOCK_MS,
      stalledIntervalMs: config.JOB_STALLED_INTERVAL_MS,
      connect: redis.bullConnection,
    },
    poll: deps.poll,
  });

  const yoga = createYoga<{ req?: IncomingMessage; connectionParams?: Record<string, unknown> }, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    renderGraphiQL,
    graphiql: { title: "Gemini Interactions GraphQL", subscriptionsProtocol: "WS" },
    plugins: [usePrometheusPhases(), useObservability()],
    logging: {
      debug: (...a) => logger.debug(String(a[0]), { args: a.slice(1) }),
      info: (...a) => logger.info(String(a[0]), { args: a.slice(1) }),
      warn: (...a) => logger.warn(String(a[0]), { args: a.slice(1) }),
      error: (...a) => logger.error(String(a[0]), { args: a.slice(1) }),
    },
    context: async ({ request, connectionParams, req, params }) => {
      const header = request?.headers.get("authorization") ?? (connectionParams?.authorization as string | undefined);
      const viewer = await resolveViewer(db, header, config.ALLOW_ANONYMOUS);
      // Every line logged for this operation carries who asked and what, under the request's id.
      const requestId = req ? requestIdOf(req) : (request?.headers.get("x-request-id") ?? randomUUID());
      const requestLogger = logger.child({
        requestId,
        ...(viewer ? { viewerId: viewer.id } : {}),
        ...(params?.operationName ? { operationName: params.operationName } : {}),
      });
      return { viewer, db, engine, config, logger: requestLogger, loaders: createLoaders(db) };
    },
  });

  setKnownModels(catalogue().map((m) => m.id));
  setJobCounts(async () => {
    const rows = await db.job.groupBy({ by: ["status"], _count: { _all: true } });
    return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
  });
  const routes = createRoutes({ config, database, logger, redis });
  const server = createServer(async (req, res) => {
    observeRequest(req, res, logger);
    try {
      if (await routes(req, res)) return;
    } catch (err) {
      logger.error("HTTP route failed", { url: req.url, err });
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end('{"error":"internal"}');
      return;
    }
    return yoga(req, res, { req });
  });

  // graphql-ws on the same port and path; operations go through Yoga's envelop,
  // so WebSocket gets the same plugins, context and error masking as HTTP.
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  wss.on("connection", (socket, req) => {
    wsConnections.inc();
    const opened = performance.now();
    socket.once("close", (code) => {
      wsConnections.dec();
      const durationMs = Math.round(performance.now() - opened);
      logger.info("websocket closed", { requestId: requestIdOf(req), code, durationMs });
    });
  });
  const wsServer = useServer(
    {
      connectionInitWaitTimeout: deps.wsInitTimeoutMs ?? 3_000,
      execute: (args) => (args.rootValue as { execute: (a: ExecutionArgs) => never }).execute(args),
      subscribe: (args) => (args.rootValue as { subscribe: (a: ExecutionArgs) => never }).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const {
          schema: s,
          execute,
          subscribe,
          contextFactory,
          parse,
          validate,
        } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
          connectionParams: ctx.connectionParams,
        });
        const args = {
          schema: s,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
    },
    wss,
  );

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
      if (!redis) await recoverForegroundRuns(db, engine.runs, logger);
      return url;
    },
    stop: async () => {
      await wsServer.dispose();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      // Job runs detach first (nothing recorded), so a restart or another worker resumes them.
      await engine.jobs.close();
      await engine.runs.close();
    },
  };
}
