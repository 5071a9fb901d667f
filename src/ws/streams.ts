import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { revokes } from "../engine/access/credentials.ts";
import type { Viewer } from "../engine/access/policy.ts";
import type { Revocation } from "../engine/events/types.ts";
import { codedError } from "../infra/errors.ts";
import { FLUSH_MS, restartPayload } from "../infra/shutdown.ts";

/** graphql-ws close code when the socket's credential stops working (key revoked, user disabled or demoted). */
export const CLOSE_REVOKED = 4403;

/** Why a stream's credential stopped working, in words a client can show. */
export function revokedReason(change: Revocation): string {
  if (change.keyId) return "Your API key was revoked";
  if (change.reason === "role") return "Your role changed: open again with your current rights";
  return "Your user was disabled";
}

/** The last payload of a stream whose credential stopped working. */
const revokedPayload = (reason: string): ExecutionResult => ({
  errors: [codedError("CREDENTIAL_REVOKED", reason)],
});

/** What the registry can do to a registered stream or socket. */
interface Registered {
  viewer: Viewer | null;
  /** Ends it at once: its credential stopped working. */
  revoke(reason: string): void;
  /** Ends it after what is already on its way (within `by`, a timestamp): the server is stopping. */
  drain?(by: number): void;
}

/**
 * Every long-lived response of this process: WebSockets by the credential that
 * opened them (closed with 4403), and each subscription, over SSE or WebSocket.
 * A `revoked` event (published by whichever process made the change, through
 * Redis in scale-out) ends the matching ones here at once, with a last
 * CREDENTIAL_REVOKED payload then complete (which ends an SSE response); a
 * stopping server drains every subscription, ending each with SERVER_STOPPING.
 */
export class StreamRegistry {
  private readonly streams = new Set<Registered>();
  /** Set once the server stops: a stream registered later drains at once. */
  private drainingBy: number | undefined;

  /** Registers a stream; the returned function unregisters it (call it when the stream ends by itself). */
  add(stream: Registered): () => void {
    this.streams.add(stream);
    if (this.drainingBy !== undefined) stream.drain?.(this.drainingBy);
    return () => this.streams.delete(stream);
  }

  /** Ends every stream of the key or the user; returns how many were ended. */
  close(change: Revocation): number {
    const reason = revokedReason(change);
    let ended = 0;
    for (const stream of this.streams) {
      if (!stream.viewer || !revokes(change, stream.viewer)) continue;
      this.streams.delete(stream);
      stream.revoke(reason);
      ended++;
    }
    return ended;
  }

  /**
   * Graceful end of every subscription: each delivers what is already on its way (events that
   * arrive within FLUSH_MS of now), then a last SERVER_STOPPING payload, then completes. A client
   * that resubscribes with its last cursor gets the rest, without a gap or a duplicate.
   */
  drain(): void {
    this.drainingBy ??= Date.now() + FLUSH_MS;
    for (const stream of this.streams) stream.drain?.(this.drainingBy);
  }

  get size(): number {
    return this.streams.size;
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * `source`, registered until it ends: a revocation makes it yield CREDENTIAL_REVOKED and finish at
 * once; a drain lets the source's events through until the drain's time, then yields SERVER_STOPPING.
 * A class, not a closure set: it is held for the life of every open subscription, most of them idle.
 */
class Endable implements AsyncIterableIterator<ExecutionResult>, Registered {
  readonly #it: AsyncIterator<ExecutionResult>;
  readonly #unregister: () => void;
  /** The payload that ends the stream, once it is due. */
  #last: ExecutionResult | undefined;
  #finished = false;
  /** Answers the `next` in flight (the source's result, or the last payload that overtakes it). */
  #answer: ((r: IteratorResult<ExecutionResult>) => void) | undefined;
  #drainBy: number | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    source: AsyncIterable<ExecutionResult>,
    readonly viewer: Viewer | null,
    registry: StreamRegistry,
  ) {
    this.#it = source[Symbol.asyncIterator]();
    this.#unregister = registry.add(this);
  }

  revoke(reason: string) {
    this.#overtake(revokedPayload(reason));
  }

  drain(by: number) {
    this.#drainBy ??= by;
    if (this.#answer) this.#arm();
  }

  /** While draining, the `next` in flight is overtaken by SERVER_STOPPING at the drain's time. */
  #arm() {
    if (this.#drainBy === undefined || this.#timer) return;
    this.#timer = setTimeout(() => this.#overtake(restartPayload()), Math.max(0, this.#drainBy - Date.now()));
  }

  #overtake(payload: ExecutionResult) {
    if (this.#finished || this.#last) return;
    this.#last = payload;
    const answer = this.#answer;
    this.#answer = undefined;
    answer?.(this.#end(payload));
    // The source stops producing (its run goes on: the end of a reading, not of the turn).
    void Promise.resolve(this.#it.return?.()).catch(() => undefined);
  }

  #finish() {
    this.#finished = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#unregister();
  }

  #end(last: ExecutionResult): IteratorResult<ExecutionResult> {
    this.#finish();
    return { done: false, value: last };
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.#finished) return Promise.resolve(DONE);
    if (this.#last) return Promise.resolve(this.#end(this.#last));
    return new Promise((resolve, reject) => {
      this.#answer = resolve;
      this.#arm();
      // A result that comes after the last payload answered this call is dropped (a rejection too: never unhandled).
      this.#it.next().then(
        (r) => {
          if (this.#answer !== resolve) return;
          this.#answer = undefined;
          clearTimeout(this.#timer);
          this.#timer = undefined;
          if (r.done) this.#finish();
          resolve(r);
        },
        (err: unknown) => {
          if (this.#answer !== resolve) return;
          this.#answer = undefined;
          this.#finish();
          reject(err);
        },
      );
    });
  }

  async return(value?: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.#finish();
    return this.#it.return ? this.#it.return(value) : DONE;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

type ViewerContext = { viewer?: Viewer | null };

/**
 * Registers each subscription (SSE and WebSocket alike) under the viewer it runs for, so a
 * revocation ends it; once `ending` aborts (shutdown), every subscription drains.
 *
 * The last plugin with a subscribe hook, and the end of that chain: it subscribes itself and
 * hands envelop the stream as final. The hooks after it are Yoga's own error masking (and its
 * abort pass-through), which would wrap every stream in two more iterators, each event mapped
 * once per subscriber; the shared execution masks each event's errors once instead
 * (useSharedExecution). The result hooks of the plugins before still run.
 */
export function useStreamRegistry(registry: StreamRegistry, ending: AbortSignal): Plugin<ViewerContext> {
  ending.addEventListener("abort", () => registry.drain(), { once: true });
  return {
    onSubscribe: async ({ args, subscribeFn, setResultAndStopExecution }) => {
      const result = await subscribeFn(args);
      setResultAndStopExecution(
        Symbol.asyncIterator in result ? new Endable(result, args.contextValue.viewer ?? null, registry) : result,
      );
    },
  };
}
