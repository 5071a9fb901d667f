import type { Logger } from "../../infra/logger.ts";
import { listen, type PubSub } from "../../infra/pubsub.ts";
import type { Topics } from "../events/types.ts";
import type { RunLeases } from "./leases.ts";
import type { Runs } from "./runs.ts";

/**
 * Scale-out: a process that stops hands its foreground runs to the others.
 * It stops following them (the log keeps every event so far), then
 * announces their ids; exactly one other process wins the run's lapsed lease
 * and follows it from the last logged event, so subscribers who reconnect
 * there see it finish without a gap or a duplicate.
 */
export class Handoff {
  private stopListening: () => void;

  constructor(
    private deps: {
      runs: Runs;
      pubsub: PubSub<Topics>;
      leases: RunLeases;
      logger: Logger;
      /** Follows a run taken over from another process to its end. */
      adopt: (id: string) => Promise<unknown>;
    },
  ) {
    this.stopListening = listen(
      deps.pubsub,
      "handoff",
      (id) => this.take(id),
      (err, id) => deps.logger.error("taking over a run failed", { interactionId: id, err }),
    );
  }

  private async take(id: string): Promise<void> {
    // The same claim the reconcile sweep makes: one process follows the run, whoever asks first.
    if (!(await this.deps.leases.claim(id))) return;
    this.deps.logger.info("took over a run from a stopping process", { handoff: "in", interactionId: id });
    void this.deps.adopt(id);
  }

  /** Stops taking runs, lets this process's runs go (within `timeoutMs`) and announces them. */
  async handOver(timeoutMs: number): Promise<string[]> {
    this.stopListening();
    let timer: NodeJS.Timeout | undefined;
    const ids = await Promise.race([
      this.deps.runs.detachAll(),
      new Promise<string[]>((resolve) => {
        timer = setTimeout(() => resolve([]), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    for (const id of ids) this.deps.pubsub.publish("handoff", id);
    if (ids.length)
      this.deps.logger.info("handed runs to other processes", {
        handoff: "out",
        count: ids.length,
        interactionIds: ids,
      });
    return ids;
  }

  close(): void {
    this.stopListening();
  }
}
