import { createApp } from "./app.ts";
import { createUpstream } from "./gemini/client.ts";
import { ConfigError, loadConfig } from "./infra/config.ts";
import { newConsoleToken, removeConsoleToken, writeConsoleToken } from "./infra/console-token.ts";
import { DataDirLockedError } from "./infra/datalock.ts";
import { openDatabase } from "./infra/db.ts";
import { guardUnhandledRejections } from "./infra/guard.ts";
import { collectWhenIdle } from "./infra/idle-gc.ts";
import { createLogger } from "./infra/logger.ts";
import { serveMetricsPort } from "./infra/metrics-server.ts";
import { configuredTemplate } from "./infra/pglite-template.ts";
import { startTracing } from "./infra/tracing.ts";

try {
  process.loadEnvFile();
} catch {
  // no .env: the environment alone configures the server
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
    process.exit(1);
  }
  throw err;
}

// Before anything opens a connection: Prisma's spans need the provider registered first.
const tracing = config.OTEL_EXPORTER_OTLP_ENDPOINT
  ? await startTracing({ serviceName: config.OTEL_SERVICE_NAME, otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT })
  : undefined;
const logger = createLogger({ level: config.LOG_LEVEL, secrets: config.GEMINI_API_KEY ? [config.GEMINI_API_KEY] : [] });
guardUnhandledRejections(logger);
// Imported only when it runs: a server with an API key never loads the emulator (nor its JWT and webhook signing).
const emulator = config.GEMINI_API_KEY
  ? null
  : await (await import("./emulator/server.ts")).startEmulator({
      deltaDelayMs: 30,
      retention: { maxInteractions: config.EMULATOR_MAX_INTERACTIONS, maxAgeMs: config.EMULATOR_RETENTION_MS },
    });
const upstream = createUpstream({
  ...(emulator
    ? { apiKey: "emulator", baseUrl: emulator.url, emulated: true }
    : { apiKey: config.GEMINI_API_KEY ?? "", baseUrl: config.GEMINI_BASE_URL }),
  headersTimeoutMs: config.UPSTREAM_HEADERS_TIMEOUT_MS,
  idleTimeoutMs: config.UPSTREAM_IDLE_TIMEOUT_MS,
  maxRetryWaitMs: config.UPSTREAM_MAX_RETRY_WAIT_MS,
});
const database = await openDatabase({
  url: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  sharedBuffers: config.PGLITE_SHARED_BUFFERS,
  template: config.DATABASE_URL ? undefined : await configuredTemplate(config),
  owner: "server",
  logger,
}).catch(async (err: unknown) => {
  if (!(err instanceof DataDirLockedError)) throw err;
  // The other server keeps the directory; this one never touched it.
  process.stderr.write(`${err.message}\n`);
  await emulator?.close();
  process.exit(1);
});
// Imported in scale-out mode only: an embedded server never loads the Redis client.
const redis = config.REDIS_URL
  ? await (await import("./infra/redis.ts")).connectRedis(config.REDIS_URL, logger)
  : undefined;
// Embedded mode: the keys CLI cannot open the directory while we hold it, so it goes through us with this.
const consoleToken = config.DATABASE_URL ? undefined : newConsoleToken();
const app = await createApp({ config, database, upstream, logger, redis, consoleToken });
const url = await app.start();
const metricsServer = config.METRICS_PORT === undefined ? undefined : await serveMetricsPort(config);
if (consoleToken) await writeConsoleToken(config.DATA_DIR, { token: consoleToken, url, pid: process.pid });
// `npm start` runs node with --expose-gc for this: memory a burst left behind goes back once it is quiet.
const stopIdleGc = collectWhenIdle({ gc: globalThis.gc });

// Before the banner: a process manager may stop the server as soon as it reads that it is up.
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  stopIdleGc();
  logger.info("shutting down", { signal, graceMs: config.SHUTDOWN_GRACE_MS });
  // Whatever hangs (an upstream stream that ignores its abort), the process is gone within the grace period.
  setTimeout(() => {
    logger.warn("grace period over; exiting", { graceMs: config.SHUTDOWN_GRACE_MS });
    process.exit(1);
  }, config.SHUTDOWN_GRACE_MS).unref();
  await app.stop({ graceMs: Math.max(100, config.SHUTDOWN_GRACE_MS - 500) });
  await metricsServer?.close();
  if (consoleToken) await removeConsoleToken(config.DATA_DIR, consoleToken).catch(() => undefined);
  await database.close();
  await redis?.close();
  await emulator?.close();
  await tracing?.shutdown();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

const needsAdmin = !config.ALLOW_ANONYMOUS && !(await hasUsableAdmin());
const where = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.DATA_DIR}`;
process.stdout.write(
  [
    "",
    `  GraphQL API and GraphiQL: ${url}/graphql`,
    `  WebSocket subscriptions:  ${url.replace(/^http/, "ws")}/graphql`,
    `  Database:                 ${where}`,
    `  Pub/sub and event log:    ${config.REDIS_URL ? "Redis (REDIS_URL)" : "in-process memory"}`,
    `  Background jobs:          ${config.REDIS_URL ? `BullMQ queue "${config.JOB_QUEUE}" (REDIS_URL)` : "in-process runner, resumed at start"}, ${config.JOB_CONCURRENCY} at once`,
    emulator
      ? `  Model backend:            the built-in offline emulator at ${emulator.url} (set GEMINI_API_KEY to use the real Gemini API)`
      : "  Model backend:            the Gemini Interactions API (GEMINI_API_KEY)",
    metricsServer
      ? `  Metrics (no key needed):  ${metricsServer.url}/metrics`
      : "  Metrics:                  /metrics with an admin API key",
    "",
    ...(needsAdmin
      ? [
          "  Authentication is on (ALLOW_ANONYMOUS=false) and no admin has a working API key yet. Make one:",
          "      npm run keys -- create --user <your name> --admin",
          "  (it prints the key once; send it as `authorization: Bearer <key>`).",
          "",
        ]
      : []),
  ].join("\n"),
);
logger.info("ready", { url, startupMs: Math.round(performance.now()) });
/** An enabled admin with at least one unrevoked key (the server console does not count: it is per start). */
async function hasUsableAdmin(): Promise<boolean> {
  const admin = await database.prisma.user.findFirst({
    where: { role: "ADMIN", disabledAt: null, apiKeys: { some: { revokedAt: null } } },
    select: { id: true },
  });
  return admin !== null;
}
