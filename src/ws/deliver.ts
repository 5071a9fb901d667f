import type { ExecutionResult } from "graphql";
import type { WebSocket } from "ws";
import { jsonOf } from "../http/shared-execution.ts";
import { SEND_HIGH_WATER } from "./prompt-socket.ts";

const DONE = { done: true, value: undefined } as const;
/** One function for every Delivery: a closure per instance would be held for the stream's life. */
const ignore = () => undefined;

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
  return new Delivery(socket, `{"id":${JSON.stringify(id)},"type":"next","payload":`, results);
}

/**
 * A class with callbacks, not an async loop and a closure set: one is held by every open subscription,
 * most of them idle, and a suspended loop holds a frame, a promise and its reaction per layer.
 */
class Delivery implements AsyncIterableIterator<ExecutionResult> {
  readonly #it: AsyncIterator<ExecutionResult>;
  #stopped = false;
  #finished = false;
  /** Settles when the stream ends (or rejects with its error). */
  readonly #pumped: Promise<void>;
  #ended!: () => void;
  #failed!: (err: unknown) => void;

  constructor(
    private readonly socket: WebSocket,
    private readonly head: string,
    results: AsyncIterable<ExecutionResult>,
  ) {
    this.#it = results[Symbol.asyncIterator]();
    this.#pumped = new Promise((resolve, reject) => {
      this.#ended = resolve;
      this.#failed = reject;
    });
    // Read by `next`; a stream stopped by `return` may still reject, unread.
    this.#pumped.catch(ignore);
    this.#pull();
  }

  #pull = () => {
    this.#it.next().then(this.#write, this.#failed);
  };

  #write = (r: IteratorResult<ExecutionResult>) => {
    const socket = this.socket;
    if (r.done || this.#stopped || socket.readyState !== socket.OPEN) return this.#ended();
    const frame = `${this.head}${jsonOf(r.value)}}`;
    if (socket.bufferedAmount < SEND_HIGH_WATER) {
      socket.send(frame);
      this.#pull();
    } else socket.send(frame, this.#pull);
  };

  // Not async: graphql-ws keeps this call pending for the stream's whole life, and a suspended
  // async function holds its frame meanwhile.
  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.#finished) return Promise.resolve(DONE);
    return this.#pumped.then(() => {
      this.#finished = true;
      return DONE;
    });
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.#stopped = true;
    this.#finished = true;
    await this.#it.return?.();
    return DONE;
  }

  async throw(err: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.#stopped = true;
    this.#finished = true;
    await this.#it.return?.();
    throw err;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
