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

/** `source`, registered under `viewer` until it ends: a revocation makes it yield CREDENTIAL_REVOKED and finish. */
function endable(
  source: AsyncIterable<ExecutionResult>,
  viewer: Viewer,
  registry: StreamRegistry,
): AsyncIterableIterator<ExecutionResult> {
  const it = source[Symbol.asyncIterator]();
  let last: ExecutionResult | undefined;
  let finished = false;
  // The reader waiting in `next`, woken by a revocation. (One slot per read, not a race against one long-lived
  // promise: that would keep a reaction per event for the stream's whole life.)
  let wake: (() => void) | undefined;
  const unregister = registry.add(viewer, (reason) => {
    last = revokedPayload(reason);
    wake?.();
    // The source stops producing (its run goes on: a revocation ends the reading, not the turn).
    void Promise.resolve(it.return?.()).catch(() => undefined);
  });
  const finish = () => {
    finished = true;
    unregister();
  };
  const revoked = (): IteratorResult<ExecutionResult> => {
    finish();
    return { done: false, value: last ?? revokedPayload("Your credential was revoked") };
  };
  return {
    next() {
      if (finished) return Promise.resolve({ done: true, value: undefined });
      if (last) return Promise.resolve(revoked());
      return new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => {
        wake = () => resolve(revoked());
        it.next().then(
          (r) => {
            wake = undefined;
            if (last) return; // answered by the revocation (the source's last event is dropped, as before)
            if (r.done) finish();
            resolve(r);
          },
          (err: unknown) => {
            wake = undefined;
            if (last) return;
            finish();
            reject(err);
          },
        );
      });
    },
    async return(value?: unknown) {
      finish();
      return it.return ? it.return(value) : { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Registers each subscription (SSE and WebSocket alike) under the viewer it runs for. */
export function useStreamRegistry(registry: StreamRegistry): Plugin<{ viewer?: Viewer | null }> {
  return {
    onSubscribe({ args }) {
      const viewer = args.contextValue.viewer;
      if (!viewer) return;
      return {
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(endable(result, viewer, registry));
        },
      };
    },
  };
}
