import type { Redis } from "ioredis";
import type { Upstream } from "../gemini/client.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import type { Db } from "../infra/db.ts";
import { UpstreamError } from "../infra/errors.ts";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import { DbEventLog, type EventLog } from "./eventlog.ts";
import { RedisEventLog } from "./eventlog-redis.ts";
import type { Topics } from "./events.ts";
import { builtinFunctions } from "./functions/builtin.ts";
import { FunctionRegistry, type FunctionResult, type ServerFunction } from "./functions/registry.ts";
import { Handoff } from "./handoff.ts";
import { type BullOptions, type JobOptions, Jobs } from "./jobs/index.ts";
import type { PollOptions } from "./poll.ts";
import { Runs } from "./runs.ts";
import { type Round, toolRounds } from "./toolloop.ts";

export interface Engine {
  runs: Runs;
  log: EventLog;
  pubsub: PubSub<Topics>;
  /** Functions the server runs itself in the tool loop. */
  functions: FunctionRegistry;
  /** The tool loop over rounds of server-side function calls. */
  toolRounds(
    first: Round,
    next: (previous: Interaction, results: FunctionResult[]) => Promise<Round>,
    roundsSoFar?: number,
  ): AsyncGenerator<Round>;
  /** Deletes interactions upstream; ones already gone count as deleted. Returns how many went. */
  deleteRemote(remoteIds: string[]): Promise<number>;
  /** Background jobs (in-process, or BullMQ when `bull` is given). */
  jobs: Jobs;
  /** Scale-out: hands this process's runs to the others when it stops. */
  handoff?: Handoff;
}

export function createEngine(deps: {
  /** Server-side functions (default: the built-in examples). */
  functions?: ServerFunction[];
  maxToolRounds?: number;
  /** Redis: the event log goes to Redis Streams, shared by every process. */
  redis?: Redis;
  db: Db;
  upstream: Upstream;
  pubsub: PubSub<Topics>;
  logger: Logger;
  log?: EventLog;
  jobs?: Partial<JobOptions>;
  /** Scale-out jobs: BullMQ, with a factory for its Redis connections. */
  bull?: BullOptions & { connect: () => Redis };
  /** How background runs are polled when their stream cannot be followed. */
  poll?: PollOptions;
}): Engine {
  const log = deps.log ?? (deps.redis ? new RedisEventLog(deps.redis, deps.db) : new DbEventLog(deps.db));
  const runs = new Runs({ ...deps, log });
  const deleteRemote = async (remoteIds: string[]) => {
    const results = await Promise.allSettled(remoteIds.map((id) => deps.upstream.delete(id)));
    const gone = results.filter(
      (r) => r.status === "fulfilled" || (r.reason instanceof UpstreamError && r.reason.status === 404),
    );
    return gone.length;
  };
  const functions = new FunctionRegistry(deps.functions ?? builtinFunctions);
  const loop = { db: deps.db, functions, maxRounds: deps.maxToolRounds ?? 5 };
  return {
    runs,
    log,
    pubsub: deps.pubsub,
    deleteRemote,
    functions,
    toolRounds: (first, next, roundsSoFar) => toolRounds(loop, first, next, roundsSoFar),
    jobs: new Jobs({ ...deps, runs, log, options: deps.jobs, bull: deps.bull }),
    handoff: deps.redis && new Handoff({ ...deps, runs, redis: deps.redis }),
  };
}
