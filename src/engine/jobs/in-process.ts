import { CRASH_RETRY_MS } from "../../infra/backoff.ts";
import type { Logger } from "../../infra/logger.ts";
import type { Attempt, JobQueue, Work } from "./types.ts";

/**
 * The embedded runner: a FIFO of job ids worked on by at most `concurrency`
 * attempts at once. The database is the durable queue: at start every
 * unfinished job is picked up again (a process that holds the embedded
 * database is the only one working on its jobs). Backoff delays live in
 * memory only; a restart runs a waiting retry at once.
 */
export class InProcessQueue implements JobQueue {
  private waiting: string[] = [];
  private delayed = new Map<string, NodeJS.Timeout>();
  private running = new Map<string, Promise<void>>();
  /** Enqueued while an attempt was still winding down: run again once it has. */
  private again = new Set<string>();
  private shutdown = new AbortController();
  private started = false;

  constructor(
    private work: Work,
    private opts: { concurrency: number; unfinished: () => Promise<string[]>; logger: Logger },
  ) {}

  async enqueue(jobId: string, { delayMs = 0 }: { delayMs?: number } = {}): Promise<void> {
    if (this.shutdown.signal.aborted || this.waiting.includes(jobId) || this.delayed.has(jobId)) return;
    if (this.running.has(jobId)) {
      this.again.add(jobId);
      return;
    }
    if (delayMs > 0) {
      const timer = setTimeout(() => {
        this.delayed.delete(jobId);
        this.waiting.push(jobId);
        this.pump();
      }, delayMs);
      timer.unref();
      this.delayed.set(jobId, timer);
      return;
    }
    this.waiting.push(jobId);
    this.pump();
  }

  async cancel(jobId: string): Promise<void> {
    this.waiting = this.waiting.filter((id) => id !== jobId);
    clearTimeout(this.delayed.get(jobId));
    this.delayed.delete(jobId);
    this.again.delete(jobId);
  }

  async start(): Promise<void> {
    this.started = true;
    for (const id of await this.opts.unfinished()) await this.enqueue(id);
    this.pump();
  }

  async close(): Promise<void> {
    this.shutdown.abort();
    for (const timer of this.delayed.values()) clearTimeout(timer);
    this.delayed.clear();
    this.waiting = [];
    await Promise.allSettled([...this.running.values()]);
  }

  private pump(): void {
    while (this.started && !this.shutdown.signal.aborted && this.running.size < this.opts.concurrency) {
      const id = this.waiting.shift();
      if (!id) return;
      this.running.set(id, this.attempt(id));
    }
  }

  private async attempt(jobId: string): Promise<void> {
    let result: Attempt;
    try {
      result = await this.work(jobId, this.shutdown.signal);
    } catch (err) {
      this.opts.logger.error("job attempt crashed", { jobId, err });
      result = { kind: "retry", delayMs: CRASH_RETRY_MS };
    }
    this.running.delete(jobId);
    if (result.kind === "retry") await this.enqueue(jobId, { delayMs: result.delayMs });
    else if (this.again.delete(jobId)) await this.enqueue(jobId);
    this.pump();
  }
}
