import { type ExecutionResult, GraphQLError } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { WebSocketServer } from "ws";
import type { ErrorCode } from "./error-codes.ts";

/** How long a stopping server keeps handing a subscriber events that are already on their way. */
export const FLUSH_MS = 50;

/** The last payload of a subscription ended by a restart: clients resubscribe (anywhere) from their last cursor. */
const restartPayload = (): ExecutionResult => ({
  errors: [
    new GraphQLError("The server is restarting: subscribe again, on any instance, from your last cursor", {
      extensions: { code: "SERVER_STOPPING" satisfies ErrorCode },
    }),
  ],
});

const INTERRUPTED = Symbol("interrupted");

/**
 * Graceful end of subscriptions (WebSocket and SSE alike). Once `signal`
 * aborts, each subscription delivers what is already on its way (events
 * that arrive within FLUSH_MS of each other), then a last payload with the
 * SERVER_STOPPING code, then completes. A client that resubscribes with its
 * last cursor gets the rest, without a gap or a duplicate.
 */
export function useGracefulEnd(signal: AbortSignal): Plugin {
  const waiting = new Set<(v: typeof INTERRUPTED) => void>();
  signal.addEventListener("abort", () => {
    for (const wake of waiting) wake(INTERRUPTED);
  });
  const wrap = (source: AsyncIterable<ExecutionResult>): AsyncIterableIterator<ExecutionResult> => {
    const it = source[Symbol.asyncIterator]();
    let pending: Promise<IteratorResult<ExecutionResult>> | undefined;
    let finished = false;
    let stoppedAt: number | undefined;
    const race = async (timer: Promise<typeof INTERRUPTED>) => {
      try {
        const r = await Promise.race([pending as Promise<IteratorResult<ExecutionResult>>, timer]);
        if (r !== INTERRUPTED) pending = undefined;
        return r;
      } catch (err) {
        // An iterator that threw is over: later calls answer done, as a generator's would.
        pending = undefined;
        finished = true;
        throw err;
      }
    };
    return {
      async next() {
        if (finished) return { done: true, value: undefined };
        pending ??= it.next();
        if (!signal.aborted) {
          let wake: ((v: typeof INTERRUPTED) => void) | undefined;
          const interrupted = new Promise<typeof INTERRUPTED>((resolve) => {
            wake = resolve;
          });
          waiting.add(wake as (v: typeof INTERRUPTED) => void);
          const r = await race(interrupted).finally(() => waiting.delete(wake as (v: typeof INTERRUPTED) => void));
          if (r !== INTERRUPTED) return r;
        }
        // One flush window from the moment the stop began, not per event: a run that goes on elsewhere
        // (handed over) keeps publishing, and the subscriber must still get SERVER_STOPPING before its socket closes.
        stoppedAt ??= Date.now();
        const since = stoppedAt;
        let timer: NodeJS.Timeout | undefined;
        const r = await race(
          new Promise((resolve) => {
            timer = setTimeout(() => resolve(INTERRUPTED), Math.max(0, since + FLUSH_MS - Date.now()));
          }),
        ).finally(() => clearTimeout(timer));
        if (r !== INTERRUPTED) return r;
        finished = true;
        void Promise.resolve(it.return?.()).catch(() => undefined);
        return { done: false, value: restartPayload() };
      },
      async return(value?: unknown) {
        finished = true;
        return it.return ? it.return(value) : { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  };
  return {
    onSubscribe() {
      return {
        onSubscribeResult({ result, setResult }) {
          if (isAsyncIterable(result)) setResult(wrap(result));
        },
      };
    },
  };
}

/** WebSocket close code "service restart" (RFC 6455): the client should reconnect, here or elsewhere. */
export const WS_RESTART = 1012;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Waits for `promise`, but no longer than `ms` (and leaves no timer behind). */
export async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * Tells every WebSocket client to reconnect (1012, "service restart") once
 * what was sent to it has left the socket's buffer (bounded by `maxWaitMs`).
 */
export async function closeSockets(wss: WebSocketServer, maxWaitMs: number): Promise<void> {
  const until = Date.now() + maxWaitMs;
  await Promise.all(
    [...wss.clients].map(async (socket) => {
      // Subscriptions flush their last events and SERVER_STOPPING first (useGracefulEnd).
      await sleep(FLUSH_MS + 30);
      while (socket.bufferedAmount > 0 && Date.now() < until) await sleep(10);
      const done = new Promise<void>((resolve) => socket.once("close", () => resolve()));
      socket.close(WS_RESTART, "service restart: reconnect");
      await within(done, Math.max(0, until - Date.now()));
      socket.terminate();
    }),
  );
}
