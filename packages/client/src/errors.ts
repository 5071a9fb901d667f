/**
 * One error type for everything a call can fail with: a GraphQL error (one, or the array graphql-ws
 * hands over), a WebSocket close (4401 bad key, 4403 revoked key...), an HTTP refusal or a network failure.
 * `code` is the server's `extensions.code` (its error catalogue) or one of the names below for a close.
 */
export class ChatError extends Error {
  readonly code: string;
  /** The input field a VALIDATION_ERROR is about. */
  readonly field?: string;
  /** Seconds to wait before trying again (QUOTA_EXCEEDED, rate limits). */
  readonly retryAfter?: number;
  /** The limit that refused the request (QUOTA_EXCEEDED, REQUEST_TOO_LARGE...). */
  readonly limit?: string;

  constructor(code: string, message: string, extra: { field?: string; retryAfter?: number; limit?: string } = {}) {
    super(message);
    this.name = "ChatError";
    this.code = code;
    if (extra.field !== undefined) this.field = extra.field;
    if (extra.retryAfter !== undefined) this.retryAfter = extra.retryAfter;
    if (extra.limit !== undefined) this.limit = extra.limit;
  }

  /** Whatever a call failed with, as one ChatError. */
  static from(e: unknown): ChatError {
    if (e instanceof ChatError) return e;
    if (Array.isArray(e)) return ChatError.from(e[0] ?? "unknown error");
    if (isClose(e)) return fromClose(e.code, e.reason);
    if (isObject(e) && typeof e.message === "string") return fromGraphQL(e.message, e.extensions);
    return new ChatError("NETWORK_ERROR", typeof e === "string" ? e : "The connection failed");
  }
}

/** The WebSocket close codes the server (and graphql-ws) use, by the code a UI switches on. */
export const CLOSE_CODES: Readonly<Record<number, string>> = {
  4400: "BAD_REQUEST",
  4401: "UNAUTHENTICATED",
  4403: "FORBIDDEN",
  4408: "CONNECTION_TIMEOUT",
  4429: "TOO_MANY_REQUESTS",
  4500: "INTERNAL_SERVER_ERROR",
  1013: "TRY_AGAIN_LATER",
};

function fromClose(code: number, reason: string): ChatError {
  const name = CLOSE_CODES[code] ?? "CONNECTION_CLOSED";
  const why = reason || (code === 4403 ? "The API key was revoked" : `The connection closed (${code})`);
  return new ChatError(name, why);
}

function fromGraphQL(message: string, extensions: unknown): ChatError {
  const ext = isObject(extensions) ? extensions : {};
  const code = typeof ext.code === "string" ? ext.code : "INTERNAL_SERVER_ERROR";
  const extra: { field?: string; retryAfter?: number; limit?: string } = {};
  if (typeof ext.field === "string") extra.field = ext.field;
  if (typeof ext.retryAfter === "number") extra.retryAfter = ext.retryAfter;
  if (typeof ext.limit === "string") extra.limit = ext.limit;
  return new ChatError(code, message, extra);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** A CloseEvent in browsers, or ws's close event in Node: a numeric code and a reason. */
function isClose(v: unknown): v is { code: number; reason: string } {
  return isObject(v) && typeof v.code === "number" && typeof v.reason === "string";
}
