import type { Redis } from "ioredis";
import type { Upstream } from "../gemini/client.ts";
import type { Db } from "../infra/db.ts";
import { UpstreamError } from "../infra/errors.ts";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import { DbEventLog, type EventLog } from "./eventlog.ts";
import { RedisEventLog } from "./eventlog-redis.ts";
import type { Topics } from "./events.ts";
import { Runs } from "./runs.ts";

export interface Engine {
  runs: Runs;
  log: EventLog;
  pubsub: PubSub<Topics>;
  /** Deletes interactions upstream; ones already gone count as deleted. Returns how many went. */
  deleteRemote(remoteIds: string[]): Promise<number>;
}

export function createEngine(deps: {
  /** Redis: the event log goes to Redis Streams, shared by every process. */
  redis?: Redis;
  db: Db;
  upstream: Upstream;
  pubsub: PubSub<Topics>;
  logger: Logger;
  log?: EventLog;
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
  return { runs, log, pubsub: deps.pubsub, deleteRemote };
}
