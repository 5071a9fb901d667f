import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "./logger.ts";
import { httpDuration, httpRequests, routeLabel } from "./metrics.ts";

interface RequestInfo {
  id: string;
  operationName?: string;
}
const infos = new WeakMap<object, RequestInfo>();

/** A client's x-request-id is kept when it looks like an id (a proxy's, a trace's); otherwise one is made. */
const validId = /^[\w.:-]{1,128}$/;

function infoOf(req: IncomingMessage): RequestInfo {
  let info = infos.get(req);
  if (!info) {
    const given = req.headers["x-request-id"];
    info = { id: typeof given === "string" && validId.test(given) ? given : randomUUID() };
    infos.set(req, info);
  }
  return info;
}

/** The request's id: the client's x-request-id when valid, else a new one (the same for every call on one request). */
export const requestIdOf = (req: IncomingMessage) => infoOf(req).id;

/** Remembers the GraphQL operation a request ran, for its access log line. */
export function noteOperation(req: object, name: string): void {
  const info = infos.get(req);
  if (info) info.operationName = name;
}

const METHODS = new Set(["GET", "POST", "OPTIONS", "HEAD", "PUT", "DELETE", "PATCH"]);
/** Probes and scrapes come every few seconds: their lines go to debug. */
const QUIET = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * Gives the response its x-request-id header and, when it is over (finished
 * or the client went away), writes one access log line and the HTTP metrics.
 */
export function observeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
  /** The client address (clientAddress: through TRUST_PROXY when set). */
  addressOf: (req: IncomingMessage) => string | null,
): void {
  const started = performance.now();
  const info = infoOf(req);
  res.setHeader("x-request-id", info.id);
  res.once("close", () => {
    const path = req.url?.split("?")[0] ?? "/";
    const route = routeLabel(path);
    const method = req.method && METHODS.has(req.method) ? req.method : "other";
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    httpRequests.inc({ route, method, status: String(res.statusCode) });
    httpDuration.observe({ route }, durationMs / 1000);
    const line = {
      requestId: info.id,
      method,
      path: path.slice(0, 200),
      status: res.statusCode,
      durationMs,
      // Read only when the line is written (most access lines are below the configured level).
      get client() {
        return addressOf(req);
      },
      ...(info.operationName ? { operationName: info.operationName } : {}),
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (QUIET.has(route)) logger.debug("request", line);
    else logger.info("request", line);
  });
}
