import type { Db } from "../infra/db.ts";
import type { Logger } from "../infra/logger.ts";
import type { Runs } from "./runs.ts";
import type { Turns } from "./turns/index.ts";

/**
 * At start in embedded mode (one process owns the database): interactions a
 * previous process was running in the foreground (no job) when it died are
 * followed to their end from upstream, after the last logged event, so their
 * rows and subscribers finish normally. One that upstream does not keep
 * (store:false, or never got an upstream id) ends FAILED with a reason.
 * With several processes (Redis) another process may own such a run, so
 * this is not done there.
 */
export async function recoverForegroundRuns(
  db: Db,
  engine: { runs: Runs; turns: Turns },
  logger: Logger,
): Promise<number> {
  const { runs, turns } = engine;
  const orphans = await db.interaction.findMany({
    where: { completedAt: null, job: null },
    select: { id: true, remoteId: true, store: true },
  });
  for (const row of orphans) {
    if (row.remoteId && row.store) {
      // The rest of its turn (tool rounds, the end mark its followers wait for) is driven here too.
      await turns.adopt(row.id, runs.attach(row.id));
    } else {
      const ended = runs.end(row.id, {
        kind: "fail",
        code: "SERVER_RESTARTED",
        message: "The server stopped before this interaction finished, and upstream does not keep it",
      });
      await turns.adopt(row.id, ended);
      await ended;
    }
  }
  if (orphans.length)
    logger.info("picked up interactions left running by the previous process", { count: orphans.length });
  return orphans.length;
}
