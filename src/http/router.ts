import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Config } from "../infra/config.ts";
import type { Logger } from "../infra/logger.ts";
import { observeRequest } from "../infra/request-log.ts";
import { guardGraphqlRequest, refuse } from "../security/origin.ts";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * The HTTP server's one handler: media bytes first (the web app answers every
 * path it does not know), then the other byte routes, then GraphQL, refused
 * once the server is shutting down.
 */
export function createHttpHandler(deps: {
  config: Config;
  logger: Logger;
  media: Handler;
  /** Signed pushes from upstream (POST /webhooks/gemini). */
  webhooks: Handler;
  routes: Handler;
  graphql: (req: IncomingMessage, res: ServerResponse) => unknown;
  /** SSE stream limits: true when it refused the request. */
  sseGate: Handler;
  refusing: () => boolean;
  /** The client address of a request (TRUST_PROXY aware), for the access log. */
  clientAddress: (req: IncomingMessage) => string | null;
}) {
  const { config, logger } = deps;
  return async (req: IncomingMessage, res: ServerResponse) => {
    observeRequest(req, res, logger, deps.clientAddress);
    try {
      // No byte route serves the GraphQL path: its requests skip their checks.
      if (
        !isGraphqlPath(req.url) &&
        ((await deps.media(req, res)) || (await deps.webhooks(req, res)) || (await deps.routes(req, res)))
      )
        return;
    } catch (err) {
      logger.error("HTTP route failed", { url: req.url, err });
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end('{"error":"internal"}');
      return;
    }
    if (guardGraphqlRequest(config, req, res)) return;
    if (deps.refusing()) {
      refuse(res, "SERVER_STOPPING", "The server is shutting down", {
        headers: { connection: "close", "retry-after": "1" },
      });
      return;
    }
    if (await deps.sseGate(req, res)) return;
    await deps.graphql(req, res);
  };
}

const isGraphqlPath = (url: string | undefined) => url === "/graphql" || !!url?.startsWith("/graphql?");

/** The HTTP server with this server's timeouts; a client that drops or garbles its connection is one log line. */
export function createHttpServer(
  config: Pick<Config, "HTTP_HEADERS_TIMEOUT_MS" | "HTTP_REQUEST_TIMEOUT_MS" | "HTTP_IDLE_TIMEOUT_MS">,
  logger: Logger,
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
): Server {
  const server = createServer(
    {
      headersTimeout: Math.min(config.HTTP_HEADERS_TIMEOUT_MS, config.HTTP_REQUEST_TIMEOUT_MS),
      requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeout: config.HTTP_IDLE_TIMEOUT_MS,
      // Node checks the two timeouts above every 30 s by default: a slow body would be held up to twice as long.
      connectionsCheckingInterval: 1_000,
    },
    handler,
  );
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    logger.info("client connection error", { err });
    // A request that did not arrive within HTTP_REQUEST_TIMEOUT_MS / HTTP_HEADERS_TIMEOUT_MS: 408, as Node's default handler says.
    if (err.code === "ERR_HTTP_REQUEST_TIMEOUT" && socket.writable)
      socket.end("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n");
    else if (err.code !== "ECONNRESET" && socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
    else socket.destroy();
  });
  return server;
}
