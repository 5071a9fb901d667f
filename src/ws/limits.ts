import type { IncomingMessage } from "node:http";
import type { GraphQLError } from "graphql";
import type { WebSocket } from "ws";
import type { Config } from "../infra/config.ts";
import { LimitExceededError } from "../infra/errors.ts";
import { type OriginConfig, originAllowed } from "../security/origin.ts";

export type WsLimits = OriginConfig &
  Pick<Config, "WS_MAX_PAYLOAD_BYTES" | "WS_MAX_CONNECTIONS_PER_ADDRESS" | "WS_MAX_SUBSCRIPTIONS_PER_CONNECTION">;

/** Close code for a socket over the per-address connection limit (4xxx: application codes; 429 as in HTTP). */
export const WS_TOO_MANY_CONNECTIONS = 4429;

/**
 * The WebSocket side of the network policy: the upgrade is refused for a foreign Origin (403)
 * or an address already holding WS_MAX_CONNECTIONS_PER_ADDRESS sockets (429); messages over
 * WS_MAX_PAYLOAD_BYTES close the socket with 1009 (ws's maxPayload); subscriptions per socket
 * are capped with TOO_MANY_SUBSCRIPTIONS.
 */
export class WsGate {
  private readonly open = new Map<string, number>();
  constructor(private readonly limits: WsLimits) {}

  /** For ws's `verifyClient`: null to accept, else the HTTP status and reason of the refusal. */
  refusal(req: IncomingMessage): { status: number; message: string } | null {
    if (!originAllowed(req.headers.origin, req.headers.host, this.limits)) {
      return { status: 403, message: "Origin not allowed (CORS_ORIGINS)" };
    }
    if ((this.open.get(addressOf(req)) ?? 0) >= this.limits.WS_MAX_CONNECTIONS_PER_ADDRESS) {
      return { status: 429, message: "Too many WebSocket connections from this address" };
    }
    return null;
  }

  /** Counts an accepted socket until it closes; one that races past the upgrade check is closed with 4429. */
  admit(socket: WebSocket, req: IncomingMessage): void {
    const address = addressOf(req);
    const n = (this.open.get(address) ?? 0) + 1;
    this.open.set(address, n);
    socket.once("close", () => {
      const left = (this.open.get(address) ?? 1) - 1;
      if (left > 0) this.open.set(address, left);
      else this.open.delete(address);
    });
    if (n > this.limits.WS_MAX_CONNECTIONS_PER_ADDRESS) {
      socket.close(WS_TOO_MANY_CONNECTIONS, "Too many WebSocket connections from this address");
    }
  }

  /** An error for onSubscribe when the socket already runs its share of operations, else null. */
  subscriptionRefusal(running: number): GraphQLError | null {
    const max = this.limits.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION;
    if (running < max) return null;
    return new LimitExceededError(
      "TOO_MANY_SUBSCRIPTIONS",
      `This connection already runs ${running} operations; at most ${max} (WS_MAX_SUBSCRIPTIONS_PER_CONNECTION)`,
      "WS_MAX_SUBSCRIPTIONS_PER_CONNECTION",
      max,
    );
  }
}

const addressOf = (req: IncomingMessage) => req.socket.remoteAddress ?? "unknown";
