import type { Redis } from "ioredis";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import type { Topics } from "./events.ts";
import type { Runs } from "./runs.ts";

/** How long a claim on a handed-over run blocks other processes from claiming it too (s). */
const CLAIM_TTL_S = 600;

/**
 * Scale-out: a process that stops hands its foreground runs to the others.
 * It stops following them (the log keeps every event so far), then
 * announces their ids; exactly one other process wins a Redis claim per run
 * and follows it from the last logged event, so subscribers who reconnect
 * there see it finish without a gap or a duplicate.
 */
export class Handoff {
  private stopListening: () => void;

  constructor(
    private deps: {
      runs: Runs;
      pubsub: PubSub<Topics>;
      redis: Redis;
      logger: Logger;
      /** Drives the rest of the run's turn here once its run is followed (Turns.adopt). */
      adopt: (id: string, done: Promise<unknown>) => Promise<void>;
    },
  ) {
    const sub = deps.pubsub.subscribe("handoff")[Symbol.asyncIterator]();
    let stopped = false;
    void (async () => {
      while (!stopped) {
        const next = await sub.next();
        if (next.done || stopped) return;
        await this.take(next.value as string).catch((err: unknown) =>
          deps.logger.error("taking over a run failed", { interactionId: next.value, err }),
        );
      }
    })();
    this.stopListening = () => {
      stopped = true;
      void sub.return?.();
    };
  }

  private async take(id: string): Promise<void> {
    const claimed = await this.deps.redis.set(`gig:handoff:${id}`, String(process.pid), "EX", CLAIM_TTL_S, "NX");
    if (claimed !== "OK") return;
    this.deps.logger.info("took over a run from a stopping process", { interactionId: id });
    await this.deps.adopt(id, this.deps.runs.attach(id));
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
    if (ids.length) this.deps.logger.info("handed runs to other processes", { count: ids.length });
    return ids;
  }

  close(): void {
    this.stopListening();
  }
}
