/** Where a fault applies: one kind of request, or any streaming response. */
export type FaultOp = "create" | "get" | "cancel" | "delete" | "stream" | "any";

/**
 * A fault to inject, set per test through `POST /_emulator/faults` (or per
 * request with the `x-emulator-fault` header, as JSON). Never triggered by
 * prompt text, so a test states exactly what it breaks.
 */
export interface Fault {
  op?: FaultOp;
  /** Answer with this HTTP status instead of serving the request. */
  status?: number;
  message?: string;
  /** `retry-after-ms` sent with the error (default 1, so SDK retries are fast). */
  retryAfterMs?: number;
  /** Streaming: close the connection after this many events (no [DONE]). */
  cutAfter?: number;
  /** Streaming: stop sending after this many events but keep the connection open. */
  stallAfter?: number;
  /** How many requests this fault applies to (default 1). */
  times?: number;
}

export class Faults {
  private queue: (Fault & { left: number })[] = [];

  add(faults: Fault[]): void {
    for (const f of faults) this.queue.push({ ...f, left: f.times ?? 1 });
  }

  /** Faults not yet used up. */
  pending(): number {
    return this.queue.length;
  }

  clear(): void {
    this.queue = [];
  }

  /** Takes the first fault that matches this request, counting it down. */
  take(op: Exclude<FaultOp, "any" | "stream">, streaming: boolean): Fault | undefined {
    const i = this.queue.findIndex((f) => {
      const want = f.op ?? "any";
      if (want === "stream")
        return streaming && (f.cutAfter !== undefined || f.stallAfter !== undefined || f.status !== undefined);
      return want === "any" || want === op;
    });
    if (i < 0) return undefined;
    const f = this.queue[i] as Fault & { left: number };
    f.left -= 1;
    if (f.left <= 0) this.queue.splice(i, 1);
    return f;
  }
}
