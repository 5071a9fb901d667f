import { WebSocket } from "ws";

/** Bytes a socket may hold unsent before a send waits for the network again. */
export const SEND_HIGH_WATER = 256 * 1024;

type SendCallback = (err?: Error) => void;

/**
 * graphql-ws waits for each message's send callback before it takes the next
 * event, and `ws` calls it only once the bytes are written: one message per
 * turn of the event loop, however fast the subscriber reads. This socket
 * answers at once while little is buffered, so a stream of small events goes
 * out as fast as it is produced; past SEND_HIGH_WATER it answers once the
 * write completes, so a slow reader still pushes back (and ends up
 * SLOW_CONSUMER, see engine/events/follow.ts) instead of growing the buffer.
 */
export class PromptSocket extends WebSocket {
  override send(
    data: Parameters<WebSocket["send"]>[0],
    optionsOrCallback?: object | SendCallback,
    callback?: SendCallback,
  ): void {
    const cb = typeof optionsOrCallback === "function" ? (optionsOrCallback as SendCallback) : callback;
    const options = typeof optionsOrCallback === "object" ? optionsOrCallback : {};
    if (!cb || this.bufferedAmount >= SEND_HIGH_WATER) {
      super.send(data, options, cb);
      return;
    }
    // A failed write closes the socket; graphql-ws learns of it from the close.
    super.send(data, options, () => {});
    queueMicrotask(() => cb());
  }

  /**
   * A text message is handed on as a string, its Buffer left to the collector: graphql-ws's
   * handler of a subscribe message stays pending for the stream's whole life, and holds what it
   * was given meanwhile (a Buffer and its memory besides the string it makes of it: 0.4 KB).
   */
  override emit(event: string | symbol, ...args: unknown[]): boolean {
    const [data, isBinary] = args;
    if (event === "message" && isBinary === false && Buffer.isBuffer(data))
      return super.emit(event, data.toString(), isBinary);
    // A client's protocol violation (a frame over WS_MAX_PAYLOAD_BYTES, bad UTF-8...): ws has already
    // closed the socket with its code (1009, 1007...). graphql-ws would print it with its stack to
    // stderr as an internal error, one per hostile message.
    if (event === "error" && isClientViolation(args[0])) return true;
    return super.emit(event, ...args);
  }
}

/** ws's errors for what the peer sent (its receiver's codes all start so). */
function isClientViolation(err: unknown): boolean {
  return err instanceof Error && "code" in err && typeof err.code === "string" && err.code.startsWith("WS_ERR_");
}
