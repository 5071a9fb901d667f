import { type ExecutionResult, GraphQLError } from "graphql";
import type { WebSocketServer } from "ws";
import type { ErrorCode } from "./error-codes.ts";

/** How long a stopping server keeps handing a subscriber events that are already on their way. */
export const FLUSH_MS = 50;

/** The last payload of a subscription ended by a restart: clients resubscribe (anywhere) from their last cursor. */
export const restartPayload = (): ExecutionResult => ({
  errors: [
    new GraphQLError("The server is restarting: subscribe again, on any instance, from your last cursor", {
      extensions: { code: "SERVER_STOPPING" satisfies ErrorCode },
    }),
  ],
});

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
