import { z } from "zod";
import { isAddressOrCidr } from "./client-address.ts";
import { isLoopback } from "./net.ts";

const logLevels = ["debug", "info", "warn", "error", "silent"] as const;

/** A modality's own prices (upstream prices audio input and image output apart); a missing one is the model's. */
const modalityPrice = z.object({
  input: z.number().min(0).optional(),
  output: z.number().min(0).optional(),
  cached: z.number().min(0).optional(),
});
/** USD per million tokens, per model: what usage reports multiply token counts by. */
const price = z.object({
  input: z.number().min(0),
  output: z.number().min(0),
  /** Cached input tokens; default: the input price. */
  cached: z.number().min(0).optional(),
  /** By upstream's modality name (text, image, audio, video, document). */
  modalities: z.record(z.string(), modalityPrice).optional(),
});
const priceTable = z.record(z.string(), price);
export type PriceTable = z.infer<typeof priceTable>;
// Shapes after ai.google.dev/gemini-api/docs/pricing (2026-12-04): audio input costs more than text, image output more than text.
const DEFAULT_PRICES = JSON.stringify({
  "gemini-3.5-flash": { input: 0.3, output: 2.5, cached: 0.075, modalities: { audio: { input: 1, cached: 0.25 } } },
  "gemini-3.5-pro": { input: 1.25, output: 10, cached: 0.31 },
  "gemini-3.1-flash-image": { input: 0.3, output: 30, cached: 0.075, modalities: { text: { output: 2.5 } } },
});
/**
 * Price factor per service tier. Flex and priority after ai.google.dev/gemini-api/docs/optimization
 * (2026-12-04): flex 50% off, priority "75% to 100% more" (the low end here); deferred is an
 * assumption (priced like batch, 50% off).
 */
const DEFAULT_TIER_FACTORS = JSON.stringify({ flex: 0.5, standard: 1, priority: 1.75, deferred: 0.5 });
/** A JSON setting parsed by `shape`; `example` is what the error shows. */
const jsonSetting = <T extends z.ZodType>(shape: T, fallback: string, example: string) =>
  z
    .string()
    .default(fallback)
    .transform((raw, ctx): z.infer<T> => {
      try {
        return shape.parse(JSON.parse(raw));
      } catch {
        ctx.addIssue({ code: "custom", message: `must be JSON like ${example}` });
        return z.NEVER;
      }
    });
/** A comma-separated list; blanks dropped. */
const list = z.string().transform((v) =>
  v
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean),
);

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  /** Embedded PGlite's buffer pool, resident in full from the start (see pgliteStart in db.ts). */
  PGLITE_SHARED_BUFFERS: z
    .string()
    .regex(/^\d+(kB|MB|GB)$/, "must be a size such as 4MB")
    .default("4MB"),
  /** Where a new data directory's migrated template is looked for (default: dist/, written by `npm run build`). */
  PGLITE_TEMPLATE_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  /** One URL, or a comma-separated list of a Redis Cluster's nodes (see src/infra/redis.ts). */
  REDIS_URL: z
    .string()
    .regex(
      /^rediss?:\/\/[^,]+(,\s*rediss?:\/\/[^,]+)*$/,
      "must be a redis:// or rediss:// URL, or a comma-separated list of them",
    )
    .optional(),
  GEMINI_API_KEY: z.string().min(1).optional(),
  GEMINI_BASE_URL: z.url().optional(),
  /**
   * Upstream: longest wait for an answer's headers (ms). A create past it fails UPSTREAM_CREATE_UNCONFIRMED
   * and is never sent again (it may have reached upstream); other calls are retried.
   */
  UPSTREAM_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Upstream: longest silence inside a stream (ms); the stream is then resumed from its last event, or fails UPSTREAM_IDLE_TIMEOUT. */
  UPSTREAM_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).default(90_000),
  /**
   * Upstream: longest Retry-After a refused create waits out before it is sent again (ms); a longer one is
   * answered at once (UPSTREAM_RATE_LIMITED for a 429, with `retryAfter` in seconds).
   */
  UPSTREAM_MAX_RETRY_WAIT_MS: z.coerce.number().int().min(0).default(10_000),
  DEFAULT_MODEL: z.string().min(1).default("gemini-3.5-flash"),
  LOG_LEVEL: z.enum(logLevels).default("info"),
  /** How long an API key's lookup is remembered (ms); revocations take effect at once anyway. 0 turns the cache off. */
  AUTH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
  /**
   * Requests without an API key act as the built-in local user (single-user mode). Only on a
   * loopback HOST: with any other bind the server refuses to start while this is true.
   */
  ALLOW_ANONYMOUS: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).default(4),
  /** Background jobs: how long one attempt may follow its interaction before the job fails (ms). */
  JOB_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_600_000),
  /** Attempts per job, counting retries after transient upstream errors and restarts after a crash. */
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  /** BullMQ queue name; processes that share REDIS_URL and a queue share the work. */
  JOB_QUEUE: z.string().min(1).default("gig-jobs"),
  /** BullMQ: a job whose worker stops renewing its lock for this long goes to another worker (ms). */
  JOB_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  /** BullMQ: how often workers look for jobs whose lock expired (ms). */
  JOB_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).default(30_000),
  /** Schedules: a cron rule whose occurrences come closer than this is refused (ms). */
  SCHEDULE_MIN_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** Schedules: failed ticks in a row (refused, or a failed job) after which a schedule pauses, when it sets none. */
  SCHEDULE_MAX_CONSECUTIVE_FAILURES: z.coerce.number().int().min(1).max(100).default(3),
  /** Run ownership: a process that stops renewing its lease on a run for this long loses it to another (ms). */
  RUN_LEASE_MS: z.coerce.number().int().min(500).default(15_000),
  /**
   * How often every process sweeps for runs whose owner's lease lapsed (and takes them over), and, with
   * Redis, re-enqueues jobs whose queue entry vanished (ms).
   */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(200).default(10_000),
  /** The built web app (chat at `/`, dashboard at `/admin`), made by `npm run build:web`. */
  WEB_DIST_DIR: z.string().min(1).default("./web/dist"),
  MAX_TOOL_ROUNDS: z.coerce.number().int().min(1).max(50).default(5),
  /**
   * Serve /metrics on a port of its own (no key needed there; bind it to a private address).
   * Unset: /metrics is served on PORT, to admin keys only.
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** The address the separate metrics port binds to. */
  METRICS_HOST: z.string().min(1).default("127.0.0.1"),
  /** OpenTelemetry: traces are exported over OTLP/HTTP to this endpoint; unset, tracing is off (and costs nothing). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** OpenTelemetry: the service.name of this server's spans. */
  OTEL_SERVICE_NAME: z.string().min(1).default("gemini-interactions-graphql"),
  /**
   * On SIGTERM: how long the server may take to stop (readiness off, sockets told to reconnect,
   * runs handed over or left resumable) before it exits anyway (ms).
   */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(100).default(10_000),
  /** On SIGTERM: how long /readyz answers 503 before new work is refused, so a load balancer stops sending it (ms). */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(0),
  /** Per-user default: turns started per minute (0: no limit). Admins override per user with setUserQuota. */
  QUOTA_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).default(300),
  /** Per-user default: tokens per UTC day (0: no limit). */
  QUOTA_TOKENS_PER_DAY: z.coerce.number().int().min(0).default(5_000_000),
  /** Per-user default: tokens per UTC month (0: no limit). */
  QUOTA_TOKENS_PER_MONTH: z.coerce.number().int().min(0).default(100_000_000),
  /** Per-user default: runs in progress at once, background jobs included (0: no limit). */
  QUOTA_CONCURRENT_RUNS: z.coerce.number().int().min(0).default(20),
  /** Output tokens reserved before a run that sets no max_output_tokens; settled from real usage after. */
  QUOTA_OUTPUT_ESTIMATE: z.coerce.number().int().min(0).default(1_024),
  /** Redis key prefix of the quota counters: deployments (or test runs) sharing one Redis keep apart with their own. */
  QUOTA_KEY_PREFIX: z.string().min(1).default("gig:quota"),
  /**
   * Estimated cost per model, USD per million tokens, as JSON:
   * {"<model>": {"input": 0.3, "output": 2.5, "cached": 0.075, "modalities": {"audio": {"input": 1}}}};
   * thought tokens are priced as output, tool-use tokens as input.
   * Models not listed cost 0 in usage reports. The default is illustrative: set your contract's prices.
   */
  PRICES: jsonSetting(priceTable, DEFAULT_PRICES, '{"model": {"input": 0.3, "output": 2.5}}'),
  /** Usage cost multiplier per service tier, as JSON {"flex": 0.5, ...}; a tier not listed (or none sent) is standard's. */
  SERVICE_TIER_PRICE_FACTORS: jsonSetting(
    z.record(z.string(), z.number().min(0)),
    DEFAULT_TIER_FACTORS,
    '{"flex": 0.5, "standard": 1, "priority": 1.75}',
  ),
  /** Browser origins allowed to call this server cross-origin (comma-separated); empty: none. */
  CORS_ORIGINS: list.default([]),
  /** Largest upload or fetched input, in bytes (upstream's inline limit is 20 MB per request). */
  FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(20 * 1024 * 1024),
  /**
   * Types a file may have, judged from its bytes (comma-separated; `image/*` matches a family).
   * Default: images, audio, video and PDF, the media a model reads and a browser can show.
   */
  FILE_ALLOWED_TYPES: list.default(["image/*", "audio/*", "video/*", "application/pdf"]),
  /** Bytes of uploaded and URL-fetched files one user may keep (0: no limit); a model's outputs count, never refused. */
  STORAGE_QUOTA_BYTES_PER_USER: z.coerce
    .number()
    .int()
    .min(0)
    .default(1024 ** 3),
  /** Uploads one user may make per minute (0: no limit). */
  UPLOAD_RATE_PER_MINUTE: z.coerce.number().int().min(0).default(60),
  /** Where file bytes live: `db` (a table, the default) or `dir` (FILE_STORAGE_DIR). */
  FILE_STORAGE: z.enum(["db", "dir"]).default("db"),
  /** The directory for FILE_STORAGE=dir (default: <DATA_DIR>/files). */
  FILE_STORAGE_DIR: z.string().min(1).optional(),
  /** How often every process removes blobs no file refers to any more (a deleted user's, say), and at start (ms). */
  BLOB_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
  /** The absolute URL browsers reach this server at (media URLs); unset: taken from each request's host. */
  PUBLIC_URL: z.url().optional(),
  /** Key for signed media URLs; unset: a random key kept in the database, shared by every process. */
  MEDIA_SIGNING_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * Seals the credentials turns and custom agents carry for upstream (MCP server headers, network allowlist
   * headers) with AES-256-GCM before they are stored; unset, a turn or agent that carries one is refused (SECRETS_KEY_MISSING). Changing it makes stored ones unusable.
   */
  SECRETS_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  /** How long a signed media URL works, in seconds. */
  MEDIA_URL_TTL_S: z.coerce.number().int().min(1).default(3600),
  /** Fetching an input given by URL: time limit (ms). */
  URL_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Fetching an input given by URL: allow private, loopback and link-local addresses (tests only). */
  URL_FETCH_ALLOW_PRIVATE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /**
   * Let turns name upstream resources this server did not create for the user: `gs://` and Files API
   * URIs in parts, File Search stores in tools (all read with the server's upstream key). Off: refused.
   */
  UPSTREAM_REFERENCES_ALLOWED: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** Users' webhooks: delays before each retry (ms, comma-separated; Standard Webhooks' schedule by default). */
  WEBHOOK_RETRY_SCHEDULE_MS: z
    .string()
    .default("5000,300000,1800000,7200000,18000000,36000000,36000000")
    .transform((v) => v.split(",").map((n) => Number(n.trim())))
    .refine((l) => l.every((n) => Number.isInteger(n) && n >= 0), "must be comma-separated whole milliseconds"),
  /** Users' webhooks: an endpoint failing for this long is disabled (DISABLED_AFTER_FAILURES), ms. */
  WEBHOOK_DISABLE_AFTER_MS: z.coerce.number().int().min(0).default(86_400_000),
  /** Users' webhooks: how many one user may have. */
  WEBHOOK_MAX_PER_USER: z.coerce.number().int().min(0).default(10),
  /** Users' webhooks: time limit of one delivery attempt (ms). */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Users' webhooks: how long a rotated-out signing secret keeps signing beside the new one (ms). */
  WEBHOOK_ROTATION_OVERLAP_MS: z.coerce.number().int().min(0).default(86_400_000),
  /** Users' webhooks: attempts one process makes at once. */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).default(8),
  /** Incoming upstream webhooks: the active whsec_ secrets (comma-separated; several during a rotation). */
  GEMINI_WEBHOOK_SECRETS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  /** Incoming upstream dynamic webhooks: the JWKS their RS256 JWTs are verified against. */
  GEMINI_WEBHOOK_JWKS_URL: z.url().optional(),
  /**
   * Jobs whose end upstream pushes (PUBLIC_URL set, and GEMINI_WEBHOOK_SECRETS or GEMINI_WEBHOOK_JWKS_URL):
   * the GET made every this many ms in case the webhook never comes.
   */
  UPSTREAM_WEBHOOK_FALLBACK_MS: z.coerce.number().int().min(100).default(300_000),
  // Operation limits, checked after parsing and before anything runs (src/security/limits.ts).
  /** Deepest selection nesting an operation may have. */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).default(12),
  /** Aliases in one operation. */
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  /** Lexical tokens in one document (the parser stops at the limit). */
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(10).default(2_000),
  /** Directives in one operation. */
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  /**
   * Estimated values one operation produces: 1 per field, each list multiplying what it selects by its
   * `first`/`last` (or its default page: 20; plain per-turn lists such as `steps`: 3).
   */
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(100_000),
  /** Largest result of one query or mutation, in bytes of JSON; over it the answer is RESPONSE_TOO_LARGE. */
  GRAPHQL_MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  /** A query (not a mutation or subscription, which wait for runs) is stopped after this long (ms). */
  GRAPHQL_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Fields that start a run or call upstream (createInteraction, sendMessage, chat...) in one request. */
  MAX_RUNS_PER_REQUEST: z.coerce.number().int().min(1).default(1),
  /** Largest non-multipart request body on /graphql, in bytes (uploads: FILE_MAX_BYTES). */
  GRAPHQL_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  /** A request's headers must arrive within this long (ms) of its connection or previous request. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(10_000),
  /** A whole request (headers and body; not the answer or a stream) must arrive within this long (ms): slow bodies are cut. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** An idle kept-alive connection (no request in flight) is closed after this long (ms). */
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  /** Largest WebSocket message, in bytes; a bigger one closes the socket with 1009. */
  WS_MAX_PAYLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  /**
   * Long-lived connections (WebSockets and SSE streams together) per client address (IPv6: per /64);
   * over it a WebSocket upgrade or an SSE request answers 429. WS_MAX_CONNECTIONS_PER_ADDRESS is its old name.
   */
  STREAM_MAX_PER_ADDRESS: z.coerce.number().int().min(1).default(32),
  /** Long-lived connections (WebSockets and SSE streams together) per user, whatever their address. */
  STREAM_MAX_PER_USER: z.coerce.number().int().min(1).default(32),
  /**
   * Proxies whose forwarding headers name the client (addresses or CIDRs, comma-separated): the
   * client address of every per-address limit and log line comes from X-Forwarded-For (else
   * Forwarded, else X-Real-IP) when the socket peer is one of these. Empty: the socket peer.
   */
  TRUST_PROXY: list
    .pipe(z.array(z.string().refine(isAddressOrCidr, "each entry must be an address or a CIDR")))
    .default([]),
  /** Subscriptions running at once on one WebSocket. */
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).default(50),
  /** Parts (`parts`) one turn may carry; more are refused before any URL is fetched or file read. */
  TURN_MAX_PARTS: z.coerce.number().int().min(1).default(100),
  /** A turn's own input (text, parts' text and URIs, instructions, settings, tools) as JSON, in bytes; files count apart (FILE_MAX_BYTES). */
  TURN_MAX_INPUT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  /** A client's JSON Schema (responseFormat, function parameters): largest size as JSON, in bytes. */
  SCHEMA_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(256)
    .default(64 * 1024),
  /** A client's JSON Schema: deepest nesting of objects and arrays. */
  SCHEMA_MAX_DEPTH: z.coerce.number().int().min(2).default(32),
  /** The built-in emulator (no GEMINI_API_KEY): finished interactions it keeps, oldest forgotten first. */
  EMULATOR_MAX_INTERACTIONS: z.coerce.number().int().min(1).default(1_000),
  /** The built-in emulator: how long it keeps a finished interaction (ms), as upstream forgets after its retention. */
  EMULATOR_RETENTION_MS: z.coerce.number().int().min(1_000).default(3_600_000),
});

/** Anonymous use on a non-loopback bind would give anyone who reaches the port the local user's data. */
const anonymousOnlyOnLoopback = (c: z.infer<typeof schema>, ctx: z.RefinementCtx) => {
  if (!c.ALLOW_ANONYMOUS || isLoopback(c.HOST)) return;
  ctx.addIssue({
    code: "custom",
    path: ["ALLOW_ANONYMOUS"],
    message:
      `anonymous access is on (the default) but HOST=${c.HOST} is not a loopback address, so anyone who can ` +
      "reach this port would act as the local user. Set ALLOW_ANONYMOUS=false and use API keys " +
      "(npm run keys -- create --user <name> --admin), or bind HOST=127.0.0.1",
  });
};

export type Config = z.infer<typeof schema> & {
  /** ALLOW_ANONYMOUS=true was set, not defaulted: only then may the keyless local user mint API keys. */
  ANONYMOUS_EXPLICIT: boolean;
};
const checked = schema.superRefine(anonymousOnlyOnLoopback);
export type LogLevel = (typeof logLevels)[number];

export class ConfigError extends Error {}

/** Reads the environment once; a bad value stops start-up with a message naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings (e.g. `GEMINI_API_KEY=` in a .env) mean "unset".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  if (cleaned.WS_MAX_CONNECTIONS_PER_ADDRESS && !cleaned.STREAM_MAX_PER_ADDRESS)
    cleaned.STREAM_MAX_PER_ADDRESS = cleaned.WS_MAX_CONNECTIONS_PER_ADDRESS;
  const parsed = checked.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, ANONYMOUS_EXPLICIT: cleaned.ALLOW_ANONYMOUS === "true" };
}
