import type { Upstream } from "../gemini/client.ts";
import type { Db } from "../infra/db.ts";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import { DbEventLog, type EventLog } from "./eventlog.ts";
import type { Topics } from "./events.ts";
import { Runs } from "./runs.ts";

export interface Engine {
  runs: Runs;
  log: EventLog;
  pubsub: PubSub<Topics>;
}

export function createEngine(deps: {
  db: Db;
  upstream: Upstream;
  pubsub: PubSub<Topics>;
  logger: Logger;
  log?: EventLog;
}): Engine {
  const log = deps.log ?? new DbEventLog(deps.db);
  const runs = new Runs({ ...deps, log });
  return { runs, log, pubsub: deps.pubsub };
}
