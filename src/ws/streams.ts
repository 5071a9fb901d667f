import type { ExecutionResult } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import { revokes } from "../engine/access/credentials.ts";
import type { Viewer } from "../engine/access/policy.ts";
import type { Revocation } from "../engine/events/types.ts";
import { codedError } from "../infra/errors.ts";

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

/**
 * Every long-lived response of this process by the credential that opened it:
 * WebSockets (closed with 4403) and each subscription, over SSE or WebSocket
 * (a last CREDENTIAL_REVOKED payload, then complete, which ends an SSE
 * response). A `revoked` event (published by whichever process made the
 * change, through Redis in scale-out) ends the matching ones here at once.
 */
export class StreamRegistry {
  private readonly streams = new Map<symbol, { viewer: Viewer; end: (reason: string) => void }>();

  /** Registers a stream; the returned function unregisters it (call it when the stream ends by itself). */
  add(viewer: Viewer, end: (reason: string) => void): () => void {
    const id = Symbol();
    this.streams.set(id, { viewer, end });
    return () => this.streams.delete(id);
  }

  /** Ends every stream of the key or the user; returns how many were ended. */
  close(change: Revocation): number {
    const reason = revokedReason(change);
    let ended = 0;
    for (const [id, stream] of this.streams) {
      if (!revokes(change, stream.viewer)) continue;
      this.streams.delete(id);
      stream.end(reason);
      ended++;
    }
    return ended;
  }

  get size(): number {
    return this.streams.size;
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * `source`, registered under `viewer` until it ends: a revocation makes it yield CREDENTIAL_REVOKED and finish.
 * A class, not a closure set: it is held for the life of every open subscription, most of them idle.
 */
class Endable implements AsyncIterableIterator<ExecutionResult> {
  readonly #it: AsyncIterator<ExecutionResult>;
  readonly #unregister: () => void;
  /** The payload that ends the stream, once its credential is revoked. */
  #last: ExecutionResult | undefined;
  #finished = false;
  /** Answers the `next` in flight (the source's result, or the revocation that overtakes it). */
  #answer: ((r: IteratorResult<ExecutionResult>) => void) | undefined;

  constructor(source: AsyncIterable<ExecutionResult>, viewer: Viewer, registry: StreamRegistry) {
    this.#it = source[Symbol.asyncIterator]();
    this.#unregister = registry.add(viewer, (reason) => this.#revoke(reason));
  }

  #revoke(reason: string) {
    this.#last = revokedPayload(reason);
    const answer = this.#answer;
    this.#answer = undefined;
    answer?.(this.#end());
    // The source stops producing (its run goes on: a revocation ends the reading, not the turn).
    void Promise.resolve(this.#it.return?.()).catch(() => undefined);
  }

  #finish() {
    this.#finished = true;
    this.#unregister();
  }

  #end(): IteratorResult<ExecutionResult> {
    this.#finish();
    return { done: false, value: this.#last ?? revokedPayload("Your credential was revoked") };
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.#finished) return Promise.resolve(DONE);
    if (this.#last) return Promise.resolve(this.#end());
    return new Promise((resolve, reject) => {
      this.#answer = resolve;
      // A result that comes after a revocation answered this call is dropped (a rejection too: never unhandled).
      this.#it.next().then(
        (r) => {
          if (this.#answer !== resolve) return;
          this.#answer = undefined;
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

/** Registers each subscription (SSE and WebSocket alike) under the viewer it runs for. */
export function useStreamRegistry(registry: StreamRegistry): Plugin<{ viewer?: Viewer | null }> {
  return {
    onSubscribe({ args }) {
      const viewer = args.contextValue.viewer;
      if (!viewer) return;
      return {
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(new Endable(result, viewer, registry));
        },
      };
    },
  };
}
