import type { WebSocket } from "ws";
import { revokes } from "../engine/access/credentials.ts";
import type { Viewer } from "../engine/access/policy.ts";
import type { Revocation } from "../engine/events/types.ts";

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

  add(socket: WebSocket, viewer: Viewer): void {
    this.sockets.set(socket, viewer);
    socket.once("close", () => this.sockets.delete(socket));
  }

  /** Closes every socket of the key or the user; returns how many were closed. */
  close(change: Revocation, reason: string): number {
    let closed = 0;
    for (const [socket, viewer] of this.sockets) {
      if (!revokes(change, viewer)) continue;
      this.sockets.delete(socket);
      socket.close(CLOSE_REVOKED, reason);
      closed++;
    }
    return closed;
  }
}
