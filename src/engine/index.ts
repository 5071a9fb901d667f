import type { Redis } from "ioredis";
import type { UpstreamAgents } from "../gemini/agent-resources.ts";
import type { Upstream, UpstreamClient } from "../gemini/client.ts";
import type { UpstreamEnvironments } from "../gemini/environments.ts";
import { isGone } from "../gemini/errors.ts";
import type { UpstreamWebhooks } from "../gemini/webhooks.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import type { Db } from "../infra/db.ts";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import { DbEventLog, type EventLog } from "./events/log.ts";
import { RedisEventLog } from "./events/log-redis.ts";
import { SharedReads } from "./events/shared-reads.ts";
import { EventStreams } from "./events/streams.ts";
import type { Topics } from "./events/types.ts";
import type { Files } from "./files/index.ts";
import { withFileInputs } from "./files/media.ts";
import { builtinFunctions } from "./functions/builtin.ts";
import { FunctionRegistry, type ServerFunction } from "./functions/registry.ts";
import { type BullOptions, type JobOptions, Jobs } from "./jobs/index.ts";
import { Admission } from "./quota/admission.ts";
import { type QuotaLimits, Quotas } from "./quota/index.ts";
import { Handoff } from "./runs/handoff.ts";
import { RunLeases } from "./runs/leases.ts";
import type { RunOutcome } from "./runs/outcome.ts";
import type { PollOptions } from "./runs/poll.ts";
import { PushedEnds } from "./runs/pushed.ts";
import { Reconciler } from "./runs/reconciler.ts";
import { Runs } from "./runs/runs.ts";
import { type ScheduleSettings, Schedules } from "./schedules/index.ts";
import { Turns } from "./turns/index.ts";
import { Secrets, withSecrets } from "./turns/secrets.ts";
import { type WebhookSettings, Webhooks } from "./webhooks/index.ts";

export interface Engine {
  runs: Runs;
  log: EventLog;
  pubsub: PubSub<Topics>;
  /** Functions the server runs itself in the tool loop. */
  functions: FunctionRegistry;
  /** User turns: start, chain, rebuild a lost chain, the tool loop, settle. */
  turns: Turns;
  /**
   * Stops an interaction wherever it runs (through its job, for a background
   * one) and answers its row once the end is recorded; null when there is none.
   */
  cancel(id: string): Promise<Interaction | null>;
  /** Deletes interactions upstream; ones already gone count as deleted. Returns how many went. */
  deleteRemote(remoteIds: string[]): Promise<number>;
  /** Background jobs (in-process, or BullMQ when `bull` is given). */
  jobs: Jobs;
  /** Scale-out: hands this process's runs to the others when it stops. */
  handoff?: Handoff;
  /** Seals the credentials turns carry (SECRETS_KEY). */
  secrets: Secrets;
  /** Per-user quotas: every turn is admitted here before it goes upstream, and settled after. */
  admission: Admission;
  /** Users' files and the media runs produce. */
  files?: Files;
  /** The periodic sweep: runs whose owner's lease lapsed, jobs whose queue entry vanished. */
  reconciler: Reconciler;
  /** One read per published update, shared by every subscriber of this process that handles it. */
  shared: SharedReads;
  /** What subscribers read: an interaction's or a whole turn's events after a cursor, then live. */
  streams: EventStreams;
  /** Users' webhooks and the signed deliveries made to them. */
  webhooks: Webhooks;
  /** Upstream sandboxes of managed agents (access rules in environments/). */
  environments: UpstreamEnvironments;
  /** Upstream's own webhooks (admin only: the schema scopes them). */
  upstreamWebhooks: UpstreamWebhooks;
  /** Set when upstream pushes the ends of background runs: the receiver tells the waiting run here. */
  pushed?: PushedEnds;
  /** Upstream's custom agents resource (absent: custom agents are resolved by this server). */
  agents?: UpstreamAgents;
  /** Turns started as background jobs on a cron schedule (embedded timer, or BullMQ's job schedulers). */
  schedules: Schedules;
}

/** Run ownership: how long a lease lasts unrenewed, and how often every process sweeps for lapsed ones (ms). */
export interface LeaseSettings {
  leaseMs: number;
  reconcileMs: number;
}

export interface QuotaSettings {
  defaults: QuotaLimits;
  /** Output tokens reserved for a run that sets no max_output_tokens. */
  outputEstimate: number;
  /** Redis key namespace for the counters. */
  keyPrefix?: string;
  /** How long a user's limits are remembered (0: read per turn); a change made through the API drops them at once. */
  cacheTtlMs: number;
}

/** What the engine is built from; every setting comes from config (src/infra/config.ts), the one place that defaults them. */
export interface EngineDeps {
  /** Server-side functions (default: the built-in examples). */
  functions?: ServerFunction[];
  maxToolRounds: number;
  /** The model of a conversation turn that names neither a model nor an agent. */
  defaultModel: string;
  /** Redis: the event log goes to Redis Streams, shared by every process. */
  redis?: Redis;
  db: Db;
  upstream: UpstreamClient;
  pubsub: PubSub<Topics>;
  logger: Logger;
  log?: EventLog;
  jobs: JobOptions;
  /** Scale-out jobs: BullMQ, with a factory for its Redis connections. */
  bull?: BullOptions & { connect: () => Redis };
  /** How background runs are polled when their stream cannot be followed. */
  poll?: PollOptions;
  quota: QuotaSettings;
  /** Files: stored media, and file references inlined into requests upstream. */
  files?: Files;
  leases: LeaseSettings;
  /** SECRETS_KEY: seals the credentials turns carry; unset, a turn that carries one is refused. */
  secretsKey?: string;
  webhooks: WebhookSettings;
  /**
   * Upstream pushes the ends of background runs (PUBLIC_URL and a verified receiver): jobs hold no stream,
   * and poll every `fallbackMs` in case a push never comes; `uris` are sent per request (dynamic webhooks).
   */
  upstreamPush?: { fallbackMs: number; uris?: string[] };
  schedules: ScheduleSettings;
}

/** Every setting comes from config (src/infra/config.ts), the one place that defaults them. */
export function createEngine(deps: EngineDeps): Engine {
  const { files } = deps;
  // Requests go upstream with the bytes of their file references; everything else keeps references.
  // Credentials are opened only here, on their way upstream (see turns/secrets.ts).
  const secrets = new Secrets(deps.secretsKey);
  const upstream = withSecrets(files ? withFileInputs(deps.upstream, files) : deps.upstream, secrets);
  const log = deps.log ?? (deps.redis ? new RedisEventLog(deps.redis, deps.db) : new DbEventLog(deps.db));
  const { leaseMs } = deps.leases;
  const leases = new RunLeases(deps.db, leaseMs);
  const pushed = deps.upstreamPush && new PushedEnds(deps.pubsub);
  const push = pushed && deps.upstreamPush ? { ends: pushed, fallbackMs: deps.upstreamPush.fallbackMs } : undefined;
  const runs = new Runs({ ...deps, upstream, log, leases, shared: !!deps.redis, push });
  const functions = new FunctionRegistry(deps.functions ?? builtinFunctions);
  const webhooks = new Webhooks({ ...deps, settings: deps.webhooks, secrets });
  const admission = admissionFor(deps, deps.quota);
  // Built after the turns it starts; a job's end reaches it through this late-bound hook.
  let schedules: Schedules | undefined;
  const jobs = new Jobs({
    ...deps,
    upstream,
    runs,
    log,
    options: deps.jobs,
    bull: deps.bull,
    admission,
    webhookConfig: deps.upstreamPush && { uris: deps.upstreamPush.uris },
    onEnd: (job, row) => webhooks.jobEnded(job, row).then(() => schedules?.jobEnded(job)),
  });
  const turns = new Turns({
    db: deps.db,
    admission,
    runs,
    jobs,
    functions,
    logger: deps.logger,
    maxRounds: deps.maxToolRounds,
    defaultModel: deps.defaultModel,
    log,
    pubsub: deps.pubsub,
    secrets,
  });
  schedules = new Schedules({
    ...deps,
    turns,
    functions,
    secrets,
    settings: deps.schedules,
    connect: deps.bull?.connect,
    prefix: deps.bull?.prefix,
  });
  const { handoff, reconciler } = takeovers(deps, { runs, leases, admission, turns, jobs });
  return {
    runs,
    log,
    pubsub: deps.pubsub,
    cancel: (id) => jobs.stop(id),
    deleteRemote: (remoteIds) => deleteRemote(deps.upstream, remoteIds),
    functions,
    environments: deps.upstream.environments,
    upstreamWebhooks: deps.upstream.webhooks,
    pushed,
    agents: deps.upstream.agents,
    schedules,
    turns,
    jobs,
    webhooks,
    handoff,
    admission,
    secrets,
    files,
    shared: new SharedReads(),
    streams: new EventStreams({ db: deps.db, log, pubsub: deps.pubsub, runs, turns }),
    reconciler,
  };
}

/**
 * Runs a stopped process left: followed here, the rest of their user turns driven here, and their
 * quota holds released with the real usage once they end.
 */
function takeovers(
  deps: EngineDeps,
  parts: { runs: Runs; leases: RunLeases; admission: Admission; turns: Turns; jobs: Jobs },
): { handoff?: Handoff; reconciler: Reconciler } {
  const { runs, leases, admission, turns, jobs } = parts;
  const { reconcileMs } = deps.leases;
  const adopt = (id: string, done: Promise<RunOutcome> = runs.attach(id)) => {
    void done
      .then(() => admission.settleEnded([id]))
      .catch((err: unknown) =>
        deps.logger.warn("releasing a taken-over run's quota failed", { interactionId: id, err }),
      );
    return turns.adopt(id, done);
  };
  const reconciler = new Reconciler({
    runs,
    adopt,
    leases,
    logger: deps.logger,
    intervalMs: reconcileMs,
    // A job is taken for lost only well past a lease and a sweep: a worker may still be creating its run upstream.
    requeueLost: () => jobs.requeueLost(2 * leases.leaseMs + reconcileMs),
    // Runs in flight whose end nobody settled (their process died, or they outlived every wait).
    settleQuota: () => admission.sweep(QUOTA_SWEEP_GRACE_MS),
  });
  return { handoff: deps.redis && new Handoff({ ...deps, runs, leases, adopt }), reconciler };
}

/**
 * The engine's start order, once the server listens: unfinished jobs picked up again, pending
 * webhook deliveries made again, runs a dead process left taken over (`all`: without Redis every
 * unfinished run is a previous process's), then schedules from their next stored tick.
 */
export async function startEngine(engine: Engine, opts: { all: boolean }): Promise<void> {
  await engine.jobs.start();
  await engine.webhooks.start();
  await engine.reconciler.start(opts);
  await engine.schedules.start();
}

/**
 * How long a run is in flight before the sweep looks at its row: longer than
 * a run takes to write its first row (OPEN_DELAY_MS), so one that has none is
 * one that never will.
 */
const QUOTA_SWEEP_GRACE_MS = 60_000;

/** Deletes interactions upstream; ones already gone count as deleted. */
async function deleteRemote(upstream: Upstream, remoteIds: string[]): Promise<number> {
  const results = await Promise.allSettled(remoteIds.map((id) => upstream.delete(id)));
  return results.filter((r) => r.status === "fulfilled" || isGone(r.reason)).length;
}

function admissionFor(
  deps: { db: Db; pubsub: PubSub<Topics>; logger: Logger; redis?: Redis; jobs: JobOptions },
  settings: QuotaSettings,
): Admission {
  // A background run's reservation waits for its end as long as the job may run, plus a margin.
  const jobTimeout = deps.jobs.timeoutMs;
  const quotas = new Quotas({ redis: deps.redis, keyPrefix: settings.keyPrefix });
  return new Admission({
    db: deps.db,
    pubsub: deps.pubsub,
    logger: deps.logger,
    quotas,
    defaults: settings.defaults,
    outputEstimate: settings.outputEstimate,
    settleTimeoutMs: jobTimeout + 60_000,
    cacheTtlMs: settings.cacheTtlMs,
  });
}
