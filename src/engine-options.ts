import type { Topics } from "./engine/events/types.ts";
import type { Files } from "./engine/files/index.ts";
import type { createEngine } from "./engine/index.ts";
import type { JobOptions } from "./engine/jobs/index.ts";
import type { PollOptions } from "./engine/runs/poll.ts";
import type { UpstreamClient } from "./gemini/client.ts";
import { GEMINI_WEBHOOK_PATH } from "./http/webhooks.ts";
import { JOB_RETRY } from "./infra/backoff.ts";
import type { Config } from "./infra/config.ts";
import type { Db } from "./infra/db.ts";
import type { Logger } from "./infra/logger.ts";
import type { PubSub } from "./infra/pubsub.ts";
import type { RedisClients } from "./infra/redis.ts";

/** The parts of the app's dependencies the engine is configured from. */
export interface EngineSettings {
  config: Config;
  upstream: UpstreamClient;
  logger: Logger;
  redis?: RedisClients;
  jobs?: Partial<JobOptions>;
  poll?: PollOptions;
  quotaKeyPrefix?: string;
}

/** The engine's settings, from the config (the config's names on the left of each mapping). */
export function engineOptions(
  deps: EngineSettings,
  parts: { db: Db; files: Files; pubsub: PubSub<Topics> },
): Parameters<typeof createEngine>[0] {
  const { config, upstream, logger, redis } = deps;
  return {
    ...parts,
    upstream,
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
      prefix: redis.bullPrefix,
    },
    poll: deps.poll,
    webhooks: {
      retryScheduleMs: config.WEBHOOK_RETRY_SCHEDULE_MS,
      disableAfterMs: config.WEBHOOK_DISABLE_AFTER_MS,
      maxPerUser: config.WEBHOOK_MAX_PER_USER,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      concurrency: config.WEBHOOK_CONCURRENCY,
      rotationOverlapMs: config.WEBHOOK_ROTATION_OVERLAP_MS,
      allowPrivate: config.URL_FETCH_ALLOW_PRIVATE,
    },
    upstreamPush: upstreamPush(config),
    schedules: {
      minIntervalMs: config.SCHEDULE_MIN_INTERVAL_MS,
      maxConsecutiveFailures: config.SCHEDULE_MAX_CONSECUTIVE_FAILURES,
      queueName: `${config.JOB_QUEUE}-schedules`,
    },
    leases: { leaseMs: config.RUN_LEASE_MS, reconcileMs: config.RECONCILE_INTERVAL_MS },
    secretsKey: config.SECRETS_KEY,
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
  };
}

/**
 * Upstream pushes the ends of background runs when it can reach this server (PUBLIC_URL) and the receiver
 * can verify what it sends: per request to PUBLIC_URL's receiver when a JWKS is set (dynamic webhooks),
 * else through a webhook registered upstream (createUpstreamWebhook) whose secret is in GEMINI_WEBHOOK_SECRETS.
 */
function upstreamPush(config: Config) {
  const { PUBLIC_URL, GEMINI_WEBHOOK_JWKS_URL, GEMINI_WEBHOOK_SECRETS } = config;
  if (!PUBLIC_URL || (!GEMINI_WEBHOOK_JWKS_URL && !GEMINI_WEBHOOK_SECRETS.length)) return undefined;
  const receiver = `${PUBLIC_URL.replace(/\/+$/, "")}${GEMINI_WEBHOOK_PATH}`;
  return { fallbackMs: config.UPSTREAM_WEBHOOK_FALLBACK_MS, ...(GEMINI_WEBHOOK_JWKS_URL ? { uris: [receiver] } : {}) };
}
