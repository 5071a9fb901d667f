import type { IncomingMessage } from "node:http";
import type { GraphQLError } from "graphql";
import type { WebSocket } from "ws";
import { addressGroup, clientAddress, type TrustedProxies } from "../infra/client-address.ts";
import type { Config } from "../infra/config.ts";
import { type ErrorCode, LimitExceededError } from "../infra/errors.ts";
import { type OriginConfig, originAllowed } from "../security/origin.ts";

export type StreamLimitConfig = Pick<Config, "STREAM_MAX_PER_ADDRESS" | "STREAM_MAX_PER_USER">;
export type WsLimits = OriginConfig &
  StreamLimitConfig &
  Pick<Config, "WS_MAX_PAYLOAD_BYTES" | "WS_MAX_SUBSCRIPTIONS_PER_CONNECTION">;

/** Close code for a socket over a connection limit (4xxx: application codes; 429 as in HTTP). */
export const WS_TOO_MANY_CONNECTIONS = 4429;

/**
 * The one rule for long-lived connections, WebSocket and SSE alike: at most
 * STREAM_MAX_PER_ADDRESS per client address (IPv6: per /64, through TRUST_PROXY
 * when set) and STREAM_MAX_PER_USER per user. A hold is released once, when its
 * connection closes.
 */
export class StreamLimits {
  private readonly open = new Map<string, number>();
  constructor(
    private readonly limits: StreamLimitConfig,
    readonly trusted: TrustedProxies,
  ) {}

  /** The key this request's address counts under. */
  addressKey(req: IncomingMessage): string {
    return `a:${addressGroup(clientAddress(req, this.trusted))}`;
  }

  private max(key: string): number {
    return key.startsWith("u:") ? this.limits.STREAM_MAX_PER_USER : this.limits.STREAM_MAX_PER_ADDRESS;
  }

  /** True when `key` (an addressKey or userKey) already holds its maximum. */
  full(key: string): boolean {
    return (this.open.get(key) ?? 0) >= this.max(key);
  }

  /** Counts one more connection under `key`; null (nothing counted) when it is full. */
  hold(key: string): (() => void) | null {
    const n = this.open.get(key) ?? 0;
    if (n >= this.max(key)) return null;
    this.open.set(key, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    };
  }
}

export const userKey = (userId: string) => `u:${userId}`;

/**
 * The WebSocket side of the network policy: the upgrade is refused for a foreign Origin (403)
 * or an address already holding its share of streams (429); a socket whose user holds theirs is
 * closed with 4429 at connection_init; messages over WS_MAX_PAYLOAD_BYTES close the socket with
 * 1009 (ws's maxPayload); subscriptions per socket are capped with TOO_MANY_SUBSCRIPTIONS.
 */
export class WsGate {
  constructor(
    private readonly limits: WsLimits,
    private readonly streams: StreamLimits,
  ) {}

  /** For ws's `verifyClient`: null to accept, else the code and reason of the refusal. */
  refusal(req: IncomingMessage): { code: ErrorCode; message: string } | null {
    if (!originAllowed(req.headers.origin, req.headers.host, this.limits)) {
      return { code: "ORIGIN_NOT_ALLOWED", message: "Origin not allowed (CORS_ORIGINS)" };
    }
    if (this.streams.full(this.streams.addressKey(req))) {
      return { code: "TOO_MANY_STREAMS", message: "Too many connections from this address" };
    }
    return null;
  }

  /** Counts an accepted socket until it closes; one that races past the upgrade check is closed with 4429. */
  admit(socket: WebSocket, req: IncomingMessage): void {
    this.holdOrClose(socket, this.streams.addressKey(req), "Too many connections from this address");
  }

  /** Counts the socket under its user once known; false (socket closed with 4429) when the user holds their share. */
  admitUser(socket: WebSocket, userId: string): boolean {
    return this.holdOrClose(socket, userKey(userId), "Too many connections for this user");
  }

  private holdOrClose(socket: WebSocket, key: string, message: string): boolean {
    const release = this.streams.hold(key);
    if (!release) {
      socket.close(WS_TOO_MANY_CONNECTIONS, message);
      return false;
    }
    socket.once("close", release);
    return true;
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
