import { UpstreamError } from "../infra/errors.ts";
import { upstreamRetries } from "../infra/metrics.ts";

/**
 * The fetch the SDK sends through. Each upstream call is registered as a
 * `Call` before the SDK sends it, and the SDK's requests carry the call's id
 * in a private header (stripped here, never sent).
 *
 * Why a transport of our own: on Node 20, an abort reaches fetch through a
 * chain of `Request` objects (the SDK's, its per-attempt clone, fetch's own),
 * each following the previous one's signal through a WeakRef to an
 * AbortController that only its Request holds. Once the response has arrived
 * nothing keeps those Requests alive, so after a garbage collection the abort
 * of a streaming call whose upstream is idle goes nowhere and the call hangs
 * until undici's 300 s body timeout. Here the call holds its AbortController,
 * the response body's reader and the stream handed to the SDK strongly, for as
 * long as the call lives, and on abort errors that stream and cancels the
 * reader itself: the SDK's pending read fails at once, whatever happened to
 * the signal chain. The same holds for its own timeouts: the time to response
 * headers, and the silence allowed between two chunks of a body.
 */
export const CALL_HEADER = "x-gig-call";

/** What the transport can say about a call's last attempt. */
export type Verdict =
  /** Response headers arrived (`status` says which). */
  | "answered"
  /** No connection was made: the request never left this process. */
  | "refused"
  /** The request may have reached upstream, but no answer came (connection reset, headers timeout). */
  | "unconfirmed"
  /** The body went silent for longer than the idle timeout. */
  | "idle"
  /** The caller aborted. */
  | "aborted";

export interface CallLimits {
  /** The caller's signal: aborting it ends the call at once, in any phase. */
  signal?: AbortSignal;
  /** Longest wait for response headers, per attempt (ms); unset: none. */
  headersTimeoutMs?: number;
  /** Longest silence between two body chunks (ms); unset: none. */
  idleTimeoutMs?: number;
}

/** Errors that mean the connection was never made (nothing was sent). */
const NOT_CONNECTED = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);
const causeCode = (err: unknown): string | undefined => {
  const cause = err instanceof Error ? err.cause : undefined;
  return typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string"
    ? cause.code
    : undefined;
};

/**
 * Runs `fn` after `ms`, but only once the I/O that is already waiting has been
 * read: when this process was busy (a long synchronous stretch), a timer and
 * the answer it guards fall due together, and the answer must win.
 */
function afterIo(ms: number, fn: () => void): { cancel(): void } {
  let immediate: NodeJS.Immediate | undefined;
  const timer = setTimeout(() => {
    immediate = setImmediate(fn);
  }, ms);
  return {
    cancel: () => {
      clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
    },
  };
}

const abortError = () => new DOMException("The upstream call was aborted", "AbortError");
const timeoutError = (message: string) => new DOMException(message, "TimeoutError");

/** One upstream call and all its attempts. */
export class Call {
  attempts = 0;
  verdict: Verdict | undefined;
  /** The status of the last answered attempt. */
  status: number | undefined;
  /** What the last answer asked us to wait before trying again (ms). */
  retryAfterMs: number | undefined;
  /** Some attempt got a 2xx answer: upstream has acted on this call at least once. */
  succeeded = false;
  // Held strongly for the call's life: see the module comment.
  private controller: AbortController | undefined;
  private reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  private sink: ReadableStreamDefaultController<Uint8Array> | undefined;
  private failPending: ((err: unknown) => void) | undefined;
  private readonly onAbort = () => {
    this.verdict = "aborted";
    this.halt(abortError());
  };

  constructor(
    readonly id: string,
    readonly limits: CallLimits,
    private readonly registry: Map<string, Call>,
  ) {
    registry.set(id, this);
    limits.signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  /** Forgets the call (its body was read to the end, or it failed). */
  end(): void {
    this.registry.delete(this.id);
    this.limits.signal?.removeEventListener("abort", this.onAbort);
  }

  /** The typed error for how the transport ended the call, if it did. */
  failure(): Error | undefined {
    if (this.verdict === "aborted") return abortError();
    if (this.verdict === "idle")
      return new UpstreamError(
        "UPSTREAM_IDLE_TIMEOUT",
        `Upstream sent nothing for ${this.limits.idleTimeoutMs} ms (UPSTREAM_IDLE_TIMEOUT_MS)`,
        { retryable: true },
      );
    return undefined;
  }

  /** Stops whatever is in flight: the pending fetch, the body handed to the SDK, the socket's reader. */
  private halt(err: Error): void {
    this.controller?.abort(err);
    this.failPending?.(err);
    try {
      this.sink?.error(err);
    } catch {
      // already closed or errored
    }
    void this.reader?.cancel(err).catch(() => undefined);
  }

  async send(request: Request): Promise<Response> {
    this.attempts += 1;
    if (this.attempts > 1) upstreamRetries.inc({ kind: "http" });
    if (this.limits.signal?.aborted) {
      this.verdict = "aborted";
      throw abortError();
    }
    const headers = new Headers(request.headers);
    headers.delete(CALL_HEADER);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const body = hasBody ? await request.arrayBuffer() : undefined;
    const controller = new AbortController();
    this.controller = controller;
    this.verdict = undefined;
    let timer: { cancel(): void } | undefined;
    // Settles only by rejecting: on abort, or when the headers take too long.
    const interrupted = new Promise<never>((_, reject) => {
      this.failPending = reject;
      const ms = this.limits.headersTimeoutMs;
      if (ms)
        timer = afterIo(ms, () => {
          this.verdict = "unconfirmed";
          this.halt(timeoutError(`Upstream did not answer within ${ms} ms (UPSTREAM_HEADERS_TIMEOUT_MS)`));
        });
    });
    interrupted.catch(() => undefined);
    let res: Response;
    try {
      res = await Promise.race([
        fetch(request.url, { method: request.method, headers, body, signal: controller.signal }),
        interrupted,
      ]);
    } catch (err) {
      this.verdict ??= NOT_CONNECTED.has(causeCode(err) ?? "") ? "refused" : "unconfirmed";
      throw err;
    } finally {
      timer?.cancel();
      this.failPending = undefined;
    }
    this.verdict = "answered";
    this.status = res.status;
    this.retryAfterMs = retryAfter(res.headers);
    if (res.ok) this.succeeded = true;
    if (!res.body) return res;
    return new Response(this.guard(res.body), { status: res.status, statusText: res.statusText, headers: res.headers });
  }

  /** The body as the SDK reads it: pulled one chunk at a time, each within the idle timeout. */
  private guard(source: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
    const reader = source.getReader();
    this.reader = reader;
    const idleMs = this.limits.idleTimeoutMs;
    return new ReadableStream<Uint8Array>(
      {
        start: (sink) => {
          this.sink = sink;
        },
        pull: async (sink) => {
          // Armed only while the SDK waits for a chunk: a slow consumer is not an idle upstream.
          const timer = idleMs
            ? afterIo(idleMs, () => {
                this.verdict = "idle";
                this.halt(timeoutError(`Upstream sent nothing for ${idleMs} ms`));
              })
            : undefined;
          try {
            const next = await reader.read();
            if (next.done) sink.close();
            else sink.enqueue(next.value);
          } catch (err) {
            try {
              sink.error(err);
            } catch {
              // halt() errored it first
            }
          } finally {
            timer?.cancel();
          }
        },
        cancel: (reason) => reader.cancel(reason),
      },
      { highWaterMark: 0 },
    );
  }
}

function retryAfter(headers: Headers): number | undefined {
  const ms = Number(headers.get("retry-after-ms") ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const s = Number(headers.get("retry-after") ?? Number.NaN);
  return Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}

/** The registry of live calls, and the fetch to hand the SDK. */
export function createTransport() {
  const calls = new Map<string, Call>();
  let next = 0;
  const transportFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const call = calls.get(request.headers.get(CALL_HEADER) ?? "");
    if (call) return call.send(request);
    const headers = new Headers(request.headers);
    headers.delete(CALL_HEADER);
    return fetch(new Request(request, { headers }));
  };
  return {
    fetch: transportFetch,
    /** Registers a call; its id goes in CALL_HEADER of every request the SDK makes for it. */
    open: (limits: CallLimits) => new Call(String(++next), limits, calls),
  };
}
export type Transport = ReturnType<typeof createTransport>;
