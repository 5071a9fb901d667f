import type { IncomingMessage } from "node:http";
import { followRevocations, ViewerCache } from "../engine/access/credentials.ts";
import { resolveViewer } from "../engine/access/identity.ts";
import type { Topics } from "../engine/events/types.ts";
import type { Engine } from "../engine/index.ts";
import { hasForwardingHeader, TrustedProxies } from "../infra/client-address.ts";
import type { Config } from "../infra/config.ts";
import type { Db } from "../infra/db.ts";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import { StreamLimits } from "../ws/limits.ts";
import { StreamRegistry } from "../ws/streams.ts";

/**
 * One credential check for HTTP, WebSocket and the byte routes, cached; a
 * revoked credential leaves the cache and every stream it opened (WebSocket
 * or SSE) ends, on every process.
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
      // No request at all: an in-process call (yoga.fetch), not a network peer.
      inProcess: !req,
      remoteAddress: req?.socket.remoteAddress ?? null,
      host: req?.headers.host,
      forwarded: req ? hasForwardingHeader(req.headers) : false,
    });
  const streams = new StreamRegistry();
  const streamLimits = new StreamLimits(config, new TrustedProxies(config.TRUST_PROXY));
  const stopRevocations = followRevocations(deps.pubsub, logger, (change) => {
    viewers.forget(change);
    if (change.userId) engine.admission.forget(change.userId);
    const ended = change.widened ? 0 : streams.close(change);
    if (ended) logger.info("ended the streams of a revoked credential", { ended });
  });
  return { viewerOf, streams, streamLimits, stopRevocations };
}
export type Viewers = ReturnType<typeof createViewers>;
