import type { Server } from "node:http";
import type { WebSocketServer } from "ws";
import type { Engine } from "../engine/index.ts";
import type { Logger } from "../infra/logger.ts";
import { closeSockets, sleep, within } from "../infra/shutdown.ts";

/** Shutdown phases: `draining` turns readiness off; `refusing` turns new work away; `ending` ends subscriptions. */
export class ShutdownPhases {
  draining = false;
  refusing = false;
  readonly ending = new AbortController();
}

/**
 * A graceful stop within `graceMs`, phase by phase: readiness off (a load
 * balancer stops sending work), new work refused, jobs and foreground runs
 * handed on, subscriptions ended, then what is left closed.
 */
export async function stopServing(
  deps: {
    phases: ShutdownPhases;
    server: Server;
    wss: WebSocketServer;
    engine: Engine;
    logger: Logger;
    drainMs: number;
    stopRevocations: () => void;
    disposeWs: () => void | Promise<void>;
  },
  graceMs: number,
): Promise<void> {
  const { phases, server, engine } = deps;
  const deadline = Date.now() + graceMs;
  const left = (margin = 0) => Math.max(0, deadline - Date.now() - margin);
  phases.draining = true;
  // A load balancer polling /readyz stops sending work before it is refused.
  if (deps.drainMs) await sleep(Math.min(deps.drainMs, left() / 2));
  phases.refusing = true;
  deps.stopRevocations();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Job runs detach first (nothing recorded): BullMQ hands the jobs to another worker; embedded, a restart resumes them.
  engine.reconciler.close();
  await engine.schedules.close();
  await engine.jobs.close();
  // Scale-out: foreground runs go to another process now, so subscribers who move there see them finish.
  if (engine.handoff) await engine.handoff.handOver(left(1_000) / 2);
  phases.ending.abort();
  await closeSockets(deps.wss, Math.min(1_000, left(500)));
  // Embedded: runs finish if they can; those still going at the deadline are left resumable for the next start.
  await within(engine.runs.drain(), left(500));
  await engine.runs.detachAll();
  server.closeAllConnections();
  await closed;
  await deps.disposeWs();
  await engine.runs.close();
  // Last: jobs that ended above queued their events; a delivery not yet made stays PENDING for the next start.
  await engine.webhooks.close();
  deps.logger.info("stopped", { graceMs, tookMs: graceMs - left() });
}
