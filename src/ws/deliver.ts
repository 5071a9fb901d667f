import type { ExecutionResult } from "graphql";
import type { WebSocket } from "ws";
import { jsonOf } from "../http/shared-execution.ts";
import { SEND_HIGH_WATER } from "./prompt-socket.ts";

const DONE = { done: true, value: undefined } as const;

/**
 * Writes a subscription's results to its socket as graphql-ws `next` frames, in place of
 * graphql-ws's own loop (which awaits a hook and the socket's send for every message): the
 * result's JSON (serialised once when subscribers share it) with this subscription's id spliced
 * in, written at once while the socket holds less than SEND_HIGH_WATER unsent; past that, the next
 * result is taken once the write completes, so a slow reader still pushes back to its queue (and
 * ends up SLOW_CONSUMER). Returns what graphql-ws follows instead: it ends when the stream does
 * (then graphql-ws sends `complete`), rejects with the stream's error (graphql-ws sends `error`),
 * and its `return` (the client's `complete`, a closed socket) stops the stream.
 */
export function deliver(
  socket: WebSocket,
  id: string,
  results: AsyncIterable<ExecutionResult>,
): AsyncIterableIterator<ExecutionResult> {
  const it = results[Symbol.asyncIterator]();
  const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  let stopped = false;
  const pumped = (async () => {
    for (let r = await it.next(); !r.done && !stopped; r = await it.next()) {
      if (socket.readyState !== socket.OPEN) return;
      const frame = `${head}${jsonOf(r.value)}}`;
      if (socket.bufferedAmount < SEND_HIGH_WATER) socket.send(frame);
      else await new Promise<void>((resolve) => socket.send(frame, () => resolve()));
    }
  })();
  // Read by `next`; a stream stopped by `return` may still reject, unread.
  pumped.catch(() => undefined);
  let finished = false;
  return {
    async next() {
      if (finished) return DONE;
      await pumped;
      finished = true;
      return DONE;
    },
    async return() {
      stopped = true;
      finished = true;
      await it.return?.();
      return DONE;
    },
    async throw(err: unknown) {
      stopped = true;
      finished = true;
      await it.return?.();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
