import type { IncomingMessage } from "node:http";
import { followRevocations, ViewerCache } from "../engine/access/credentials.ts";
import { resolveViewer } from "../engine/access/identity.ts";
import type { Topics } from "../engine/events/types.ts";
import type { Engine } from "../engine/index.ts";
import type { Config } from "../infra/config.ts";
import type { Db } from "../infra/db.ts";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import { SocketRegistry } from "../ws/sockets.ts";

/**
 * One credential check for HTTP, WebSocket and the byte routes, cached; a
 * revoked credential leaves the cache and its sockets are closed, on every process.
 */
export function createViewers(deps: {
  config: Config;
  db: Db;
  engine: Engine;
  pubsub: PubSub<Topics>;
  logger: Logger;
  consoleToken?: string;
}) {
  const { config, engine, logger } = deps;
  const viewers = new ViewerCache(deps.db, { ttlMs: config.AUTH_CACHE_TTL_MS, max: 10_000 });
  const viewerOf = (authorization: string | null | undefined, req: IncomingMessage | undefined) =>
    resolveViewer((secret) => viewers.authenticate(secret), authorization, {
      allowAnonymous: config.ALLOW_ANONYMOUS,
      consoleToken: deps.consoleToken,
      remoteAddress: req?.socket.remoteAddress,
      host: req?.headers.host,
    });
  const sockets = new SocketRegistry();
  const stopRevocations = followRevocations(deps.pubsub, logger, (change) => {
    viewers.forget(change);
    if (change.userId) engine.admission.forget(change.userId);
    const closed = change.widened ? 0 : sockets.close(change, "Your credential was revoked");
    if (closed) logger.info("closed sockets of a revoked credential", { closed });
  });
  return { viewerOf, sockets, stopRevocations };
}
export type Viewers = ReturnType<typeof createViewers>;
