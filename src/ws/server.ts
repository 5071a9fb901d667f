import type { IncomingMessage, Server } from "node:http";
import { type ExecutionArgs, GraphQLError } from "graphql";
import type { SubscribePayload, Context as WsContext } from "graphql-ws";
import { type Extra, useServer } from "graphql-ws/use/ws";
import { isAsyncIterable, type YogaServerInstance } from "graphql-yoga";
import { type WebSocket, WebSocketServer } from "ws";
import type { Context, Viewer } from "../context.ts";
import { clientAddress } from "../infra/client-address.ts";
import { ERROR_CODES } from "../infra/error-codes.ts";
import { type ErrorCode, UnauthenticatedError } from "../infra/errors.ts";
import type { Logger } from "../infra/logger.ts";
import { wsConnections } from "../infra/metrics.ts";
import { requestIdOf } from "../infra/request-log.ts";
import { refusalBody } from "../security/origin.ts";
import { deliver } from "./deliver.ts";
import { type StreamLimits, WsGate, type WsLimits } from "./limits.ts";
import { PromptSocket } from "./prompt-socket.ts";
import { CLOSE_REVOKED, type StreamRegistry } from "./streams.ts";

export interface WsDeps {
  server: Server;
  yoga: YogaServerInstance<{ req?: IncomingMessage; connectionParams?: Record<string, unknown> }, Context>;
  limits: WsLimits;
  logger: Logger;
  streams: StreamRegistry;
  streamLimits: StreamLimits;
  viewerOf: (authorization: string | null, req: IncomingMessage) => Promise<Viewer | null>;
  /** True once the server refuses new work (shutdown). */
  refusing: () => boolean;
  /** graphql-ws: how long a socket may wait before `connection_init` (ms). */
  initTimeoutMs: number;
}

const STOPPING: { code: ErrorCode; message: string } = {
  code: "SERVER_STOPPING",
  message: "The server is shutting down",
};

/**
 * graphql-ws on the server's port and GraphQL path. Operations go through Yoga's envelop, so
 * WebSocket gets the same plugins (limits included), context and error masking as HTTP; the
 * upgrade itself passes the network policy (Origin, connections per address, payload size).
 */
export function serveGraphqlWs(deps: WsDeps) {
  const { server, yoga, limits, logger, streams, viewerOf, refusing, initTimeoutMs } = deps;
  const gate = new WsGate(limits, deps.streamLimits);
  const wss = new WebSocketServer({
    server,
    path: yoga.graphqlEndpoint,
    maxPayload: limits.WS_MAX_PAYLOAD_BYTES,
    WebSocket: PromptSocket,
    verifyClient: (info, accept) => {
      const refusal = refusing() ? STOPPING : gate.refusal(info.req);
      if (!refusal) return accept(true);
      // ws writes the message as the refusal's body: as JSON it carries the code, as every HTTP refusal does.
      const status = ERROR_CODES[refusal.code].http ?? 400;
      return accept(false, status, refusalBody(refusal.code, refusal.message), { "Content-Type": "application/json" });
    },
  });
  // The upgrade's answer carries the id too, so a client can quote it.
  wss.on("headers", (headers, req) => headers.push(`x-request-id: ${requestIdOf(req)}`));
  wss.on("connection", (socket, req) => onConnection(gate, logger, socket, req, deps.streamLimits.trusted));
  const wsServer = useServer(
    {
      connectionInitWaitTimeout: initTimeoutMs,
      // Credentials are checked once at connection_init: a bad or missing one closes with 4401 and a reason
      // the client can show; a good one registers the socket so revoking its key closes it (4403).
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        const viewer = await viewerOf(typeof header === "string" ? header : null, ctx.extra.request)
          .then((v) => v ?? new UnauthenticatedError())
          .catch((err: unknown) => (err instanceof UnauthenticatedError ? err : Promise.reject(err)));
        if (viewer instanceof UnauthenticatedError) {
          ctx.extra.socket.close(4401, viewer.message.slice(0, 120));
          return false;
        }
        const socket = ctx.extra.socket;
        if (!gate.admitUser(socket, viewer.id)) return false;
        const unregister = streams.add({
          viewer,
          revoke: (reason) => socket.close(CLOSE_REVOKED, reason.slice(0, 120)),
        });
        socket.once("close", unregister);
        return true;
      },
      execute: (args) => (args.rootValue as { execute: (a: ExecutionArgs) => never }).execute(args),
      subscribe: (args) => (args.rootValue as { subscribe: (a: ExecutionArgs) => never }).subscribe(args),
      onSubscribe: (ctx, _id, params) => prepare(yoga, gate, refusing, ctx, params),
      // A stream's frames are written by `deliver`, not by graphql-ws's per-message loop.
      onOperation: (ctx, id, _params, _args, result) =>
        isAsyncIterable(result) ? deliver(ctx.extra.socket, id, result) : undefined,
    },
    wss,
  );
  return { wss, dispose: () => wsServer.dispose() };
}

/** Counts and logs one socket's life; the gate keeps its per-address tally. */
function onConnection(
  gate: WsGate,
  logger: Logger,
  socket: WebSocket,
  req: IncomingMessage,
  trusted: Parameters<typeof clientAddress>[1],
) {
  wsConnections.inc();
  gate.admit(socket, req);
  socket.on("error", (err) => logger.info("websocket error", { requestId: requestIdOf(req), err }));
  const opened = performance.now();
  socket.once("close", (code) => {
    wsConnections.dec();
    const durationMs = Math.round(performance.now() - opened);
    const client = clientAddress(req, trusted);
    logger.info("websocket closed", { requestId: requestIdOf(req), client, code, durationMs });
  });
}

/**
 * Turns a subscribe message into an operation through Yoga's envelop, or into the errors that refuse it
 * (shutting down, too many subscriptions, a query that does not parse or validate).
 */
async function prepare(
  yoga: WsDeps["yoga"],
  gate: WsGate,
  refusing: () => boolean,
  ctx: WsContext<Record<string, unknown> | undefined, Extra>,
  params: SubscribePayload,
): Promise<ExecutionArgs | readonly GraphQLError[]> {
  if (refusing())
    return [
      new GraphQLError("The server is shutting down", {
        extensions: { code: "SERVER_STOPPING" satisfies ErrorCode },
      }),
    ];
  // graphql-ws registers this operation before calling here: the others are the rest.
  const tooMany = gate.subscriptionRefusal(Object.keys(ctx.subscriptions).length - 1);
  if (tooMany) return [tooMany];
  // Only what the context and the plugins read: this object becomes the operation's context, held for
  // a subscription's whole life.
  const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
    req: ctx.extra.request,
    socket: ctx.extra.socket,
    params,
    connectionParams: ctx.connectionParams,
  });
  let document: ReturnType<typeof parse>;
  try {
    // The token limit stops the parser with a typed error: an answer, not a dropped socket.
    document = parse(params.query);
  } catch (err) {
    if (err instanceof GraphQLError) return [err];
    throw err;
  }
  const errors = validate(schema, document);
  if (errors.length) return errors;
  return {
    schema,
    operationName: params.operationName,
    document,
    variableValues: params.variables,
    contextValue: await contextFactory(),
    rootValue: { execute, subscribe },
  };
}
