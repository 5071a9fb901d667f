/** Where a fault applies: one kind of request, any streaming response, anything, or a webhook delivery. */
export type FaultOp = "create" | "get" | "cancel" | "delete" | "stream" | "any" | "webhook";
export type RequestOp = Exclude<FaultOp, "any" | "stream" | "webhook">;

/**
 * A fault to inject, set per test through `POST /_emulator/faults` (or per
 * request with the `x-emulator-fault` header, as JSON). Never triggered by
 * prompt text, so a test states exactly what it breaks.
 */
export interface Fault {
  op?: FaultOp;
  /** Answer with this HTTP status instead of serving the request. */
  status?: number;
  /** Error message for `status`, or the `error` event's message for `failRun`. */
  message?: string;
  /** `retry-after-ms` sent with the error (default 1, so SDK retries are fast). */
  retryAfterMs?: number;
  /** `retry-after` in seconds sent with the error; `retry-after-ms` is then only sent when set explicitly. */
  retryAfter?: number;
  /** Streaming: close the connection after this many events (no [DONE]). JSON: drop the connection unanswered. */
  cutAfter?: number;
  /** Streaming: stop sending after this many events but keep the connection open. JSON: never answer. */
  stallAfter?: number;
  /** How many requests this fault applies to (queued default 1; a header fault without it applies every time). */
  times?: number;
  /** Wait this long before answering at all (ms). */
  delayMs?: number;
  /** Streaming: pause this long before writing each `step.delta` (slow deltas). */
  deltaDelayMs?: number;
  /** create: the run ends `failed` with `errors` and an `error` event. */
  failRun?: boolean;
  /** create + failRun: how many output steps complete before the failure (default 1). */
  failAfterSteps?: number;
  /** create + failRun: the error code (default "internal"). */
  errorCode?: string;
  /** create: stop at `requires_continuation` with a `continuation_token`; a number asks for that many extra hops. */
  continuation?: boolean | number;
  /** create: structured output that does NOT satisfy the schema (`"syntax"`: not even JSON). */
  invalidJson?: boolean | "syntax";
  /** create: the `previous_interaction_id` has expired upstream, so the request gets a 404. */
  expirePrevious?: boolean;
  /**
   * create (streaming or not): the interaction is made and starts running, then the connection drops
   * before a single byte of the answer (not even headers): the client cannot know it was accepted.
   */
  resetAfterCreate?: boolean;
  /**
   * create (streaming or not): the interaction is made and starts running, but no answer ever comes
   * (not even headers) while the connection stays open. A stream stalled after its headers is
   * `{ op: "stream", stallAfter: n }`.
   */
  stallCreate?: boolean;
  /**
   * op "webhook": what befalls the next event delivered (deliveries.ts): never sent, sent twice with the
   * same webhook-id, held until a later event has gone out, or first sent with a signature nobody can
   * verify (the retries are signed properly). `delayMs` delays it.
   */
  delivery?: "drop" | "duplicate" | "reorder" | "bad_signature";
}

const matches = (f: Fault, op: RequestOp | "webhook", streaming: boolean): boolean => {
  const want = f.op ?? "any";
  // A webhook fault is only ever for a delivery, and a delivery takes no other fault.
  if (want === "webhook" || op === "webhook") return want === op;
  if (want === "stream") return streaming;
  return want === "any" || want === op;
};

export class Faults {
  private queue: (Fault & { left: number })[] = [];
  /** Uses of each distinct `x-emulator-fault` header value, so `times` works across SDK retries. */
  private headerUses = new Map<string, number>();

  add(faults: Fault[]): void {
    for (const f of faults) this.queue.push({ ...f, left: f.times ?? 1 });
  }

  /** Faults not yet used up. */
  pending(): number {
    return this.queue.length;
  }

  /** The queued faults, for `GET /_emulator/faults`. */
  list(): Fault[] {
    return this.queue.map(({ left, ...f }) => ({ ...f, times: left }));
  }

  clear(): void {
    this.queue = [];
    this.headerUses.clear();
  }

  /** Takes the first queued fault that matches this request, counting it down. */
  take(op: RequestOp | "webhook", streaming: boolean): Fault | undefined {
    const f = this.queue.find((q) => matches(q, op, streaming));
    if (!f) return undefined;
    f.left -= 1;
    if (f.left <= 0) this.queue.splice(this.queue.indexOf(f), 1);
    const { left: _left, ...fault } = f;
    return fault;
  }

  /** The fault a request's header asks for, if it applies to this request (throws on malformed JSON). */
  fromHeader(raw: string, op: RequestOp, streaming: boolean): Fault | undefined {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    const fault = parsed as Fault;
    if (!matches(fault, op, streaming)) return undefined;
    if (fault.times === undefined) return fault;
    const used = this.headerUses.get(raw) ?? 0;
    if (used >= fault.times) return undefined;
    this.headerUses.set(raw, used + 1);
    return fault;
  }
}
