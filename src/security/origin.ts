import type { IncomingMessage, ServerResponse } from "node:http";
import type { CORSOptions } from "graphql-yoga";
import type { Config } from "../infra/config.ts";
import { ERROR_CODES, type ErrorCode } from "../infra/error-codes.ts";

export type OriginConfig = Pick<Config, "CORS_ORIGINS" | "PUBLIC_URL">;

/**
 * A request a page could send without a CORS preflight (multipart, form, text/plain, GET) must
 * carry one of these headers, which no page of another origin can set without a preflight
 * (Yoga's CSRF prevention). Yoga's own name first; the GraphQL-over-HTTP and Apollo ones work too.
 */
export const CSRF_HEADERS = ["x-graphql-yoga-csrf", "graphql-require-preflight", "apollo-require-preflight"];

/**
 * Whether a browser page of `origin` may use this server: its own origin (the host the request
 * reached, or PUBLIC_URL) and those in CORS_ORIGINS. No Origin header: not a browser's
 * cross-origin request (curl, SDKs, a same-origin navigation), allowed.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, config: OriginConfig): boolean {
  if (origin === undefined) return true;
  if (config.CORS_ORIGINS.includes(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file:) and anything malformed
  }
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  return config.PUBLIC_URL !== undefined && url.origin === new URL(config.PUBLIC_URL).origin;
}

/**
 * The one CORS rule, for /graphql and the byte routes alike: only an origin listed in CORS_ORIGINS
 * is answered (named back, never with credentials); any other gets no CORS header.
 */
export const corsOrigin = (origin: string | null | undefined, config: Pick<OriginConfig, "CORS_ORIGINS">) =>
  origin && config.CORS_ORIGINS.includes(origin) ? origin : undefined;

/**
 * Yoga's CORS: answers only origins in CORS_ORIGINS (no credentials: keys travel in a header,
 * never a cookie). Any other origin gets no CORS header, so its page can read nothing.
 */
export function corsFor(config: OriginConfig) {
  return (request: Request): CORSOptions => {
    const origin = corsOrigin(request.headers.get("origin"), config);
    if (!origin) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ["GET", "POST"],
      allowedHeaders: ["content-type", "authorization", "accept", ...CSRF_HEADERS, "x-request-id"],
      exposedHeaders: ["x-request-id"],
      maxAge: 600,
    };
  };
}

/** The GraphQL error shape of a refusal made outside GraphQL, so every answer carries `extensions.code`. */
export const refusalBody = (code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): string =>
  JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });

/**
 * A refusal with the GraphQL error shape and the catalogue's status (or `status`, for a code the
 * catalogue leaves to GraphQL, such as NOT_FOUND), for what is turned away before Yoga.
 */
export function refuse(
  res: ServerResponse,
  code: ErrorCode,
  message: string,
  extra: { status?: number; headers?: Record<string, string>; extensions?: Record<string, unknown> } = {},
): void {
  res.writeHead(extra.status ?? ERROR_CODES[code].http ?? 400, {
    ...extra.headers,
    "content-type": "application/json",
  });
  res.end(refusalBody(code, message, extra.extensions));
}

/** Bytes of a refused body read and thrown away so that its client sees the answer; past it the socket is cut. */
export const DRAIN_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Answers a request whose body is refused unread only once the body is read and discarded (up to
 * DRAIN_MAX_BYTES, then the socket is closed): answering and closing while the client still sends
 * makes its fetch fail with EPIPE or a network error, and it never sees the 413.
 */
export function drainThen(req: IncomingMessage, res: ServerResponse, answer: () => void): void {
  let read = 0;
  let answered = false;
  const once = () => {
    if (answered) return;
    answered = true;
    answer();
  };
  req.on("data", (chunk: Buffer) => {
    read += chunk.byteLength;
    if (read <= DRAIN_MAX_BYTES) return;
    req.pause();
    once();
    res.once("finish", () => req.socket.destroy());
  });
  req.once("end", once);
  req.once("error", () => req.socket.destroy());
  req.resume();
}

const isMultipart = (req: IncomingMessage) => /^multipart\/form-data/i.test(req.headers["content-type"] ?? "");

/**
 * What /graphql checks before Yoga reads a byte: a browser Origin that is neither this server
 * nor in CORS_ORIGINS (403 ORIGIN_NOT_ALLOWED), and a body over GRAPHQL_MAX_BODY_BYTES (413
 * REQUEST_TOO_LARGE; a body without a declared length is refused with 411, as it could not be
 * bounded before parsing). Multipart uploads are cut while streaming by the parser (FILE_MAX_BYTES).
 * Answers true when it refused.
 */
export function guardGraphqlRequest(
  config: OriginConfig & Pick<Config, "GRAPHQL_MAX_BODY_BYTES">,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  if (!originAllowed(req.headers.origin, req.headers.host, config)) {
    refuse(res, "ORIGIN_NOT_ALLOWED", `Requests from ${req.headers.origin} are not allowed (CORS_ORIGINS)`);
    return true;
  }
  if (req.method !== "POST" || isMultipart(req)) return false;
  const max = config.GRAPHQL_MAX_BODY_BYTES;
  const length = req.headers["content-length"];
  if (length === undefined && req.headers["transfer-encoding"]) {
    refuse(res, "LENGTH_REQUIRED", "Send the request body with a content-length");
    return true;
  }
  if (Number(length) > max) {
    const extensions = { limit: "GRAPHQL_MAX_BODY_BYTES", max };
    drainThen(req, res, () =>
      refuse(res, "REQUEST_TOO_LARGE", `The request body is over ${max} bytes`, {
        extensions,
        headers: { connection: "close" },
      }),
    );
    return true;
  }
  return false;
}
