import type { WebSocket } from "ws";
import type { Viewer } from "./engine/access.ts";
import type { Topics } from "./engine/events.ts";
import type { Logger } from "./infra/logger.ts";
import type { PubSub } from "./infra/pubsub.ts";

/** graphql-ws close code when the socket's credential stops working (key revoked, user disabled or demoted). */
export const CLOSE_REVOKED = 4403;

/**
 * The open WebSocket connections of this process by API key and by user.
 * A `revoked` event (published by whichever process made the change, through
 * Redis in scale-out) closes the matching sockets here with 4403, which ends
 * their subscriptions at once.
 */
export class SocketRegistry {
  private sockets = new Map<WebSocket, Viewer>();
  private stopListening: () => void = () => undefined;

  constructor(private logger: Logger) {}

  add(socket: WebSocket, viewer: Viewer): void {
    this.sockets.set(socket, viewer);
    socket.once("close", () => this.sockets.delete(socket));
  }

  /** Closes every socket of the key or the user; returns how many were closed. */
  close(change: { keyId?: string; userId?: string }, reason: string): number {
    let closed = 0;
    for (const [socket, viewer] of this.sockets) {
      const hit = (change.keyId && viewer.keyId === change.keyId) || (change.userId && viewer.id === change.userId);
      if (!hit) continue;
      this.sockets.delete(socket);
      socket.close(CLOSE_REVOKED, reason);
      closed++;
    }
    return closed;
  }

  listen(pubsub: PubSub<Topics>): void {
    const sub = pubsub.subscribe("revoked")[Symbol.asyncIterator]();
    let stopped = false;
    void (async () => {
      while (!stopped) {
        const next = await sub.next().catch((err: unknown) => {
          this.logger.error("revocation listener failed", { err });
          return { done: true as const, value: undefined };
        });
        if (next.done) return;
        const closed = this.close(next.value, "Your credential was revoked");
        if (closed) this.logger.info("closed sockets of a revoked credential", { closed });
      }
    })();
    this.stopListening = () => {
      stopped = true;
      void sub.return?.();
    };
  }

  stop(): void {
    this.stopListening();
  }
}
