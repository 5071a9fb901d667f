import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Context } from "../context.ts";
import type { Viewer } from "../engine/access/policy.ts";
import type { UrlSigner } from "../engine/files/signing.ts";
import { type MediaUrls, mediaUrls } from "../engine/files/urls.ts";
import type { Engine } from "../engine/index.ts";
import { createLoaders } from "../engine/store/loaders.ts";
import { isLocalRequest } from "../infra/client-address.ts";
import type { Config } from "../infra/config.ts";
import type { Db } from "../infra/db.ts";
import type { Logger } from "../infra/logger.ts";
import { requestIdOf } from "../infra/request-log.ts";
import type { Viewers } from "./viewers.ts";

/** What Yoga hands the context factory, on HTTP and (through getEnveloped) WebSocket alike. */
export interface OperationSource {
  request?: Request;
  req?: IncomingMessage;
  connectionParams?: Record<string, unknown>;
  params?: { operationName?: string | null };
}

/**
 * The origin media URLs start with: PUBLIC_URL when set; else the Host a local request named (a
 * person on this machine: loopback, no proxy); else, for an in-process call, its URL; else this
 * machine's own `http://localhost:PORT`. A remote or proxied client never picks the host of the
 * links the server hands out (set PUBLIC_URL to serve them beyond this machine).
 */
export function mediaOrigin(config: Pick<Config, "PUBLIC_URL" | "PORT">, source: OperationSource): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/$/, "");
  const { req, request } = source;
  if (req?.headers.host && isLocalRequest(req)) return `http://${req.headers.host}`;
  if (!req && request?.url) return new URL(request.url).origin;
  return `http://localhost:${config.PORT}`;
}

/** The viewer's media URLs, built on first use: most operations never build one. */
class LazyMediaUrls implements MediaUrls {
  private urls: MediaUrls | undefined;
  constructor(
    private readonly signer: UrlSigner,
    private readonly viewer: Viewer | null,
    private readonly config: Config,
    private readonly source: OperationSource,
  ) {}
  private made(): MediaUrls {
    this.urls ??= mediaUrls(this.signer, this.viewer, mediaOrigin(this.config, this.source));
    return this.urls;
  }
  file(id: string): string {
    return this.made().file(id);
  }
  path(p: string): string {
    return this.made().path(p);
  }
  get scope(): string {
    return this.made().scope;
  }
}

/** Builds each operation's context: who asks (a bad key: UNAUTHENTICATED before any field runs), a logger, loaders. */
export function createContextFactory(deps: {
  config: Config;
  db: Db;
  engine: Engine;
  signer: UrlSigner;
  logger: Logger;
  viewerOf: Viewers["viewerOf"];
}) {
  const { config, db, engine, signer, logger } = deps;
  return async (source: OperationSource): Promise<Context> => {
    const { request, connectionParams, req, params } = source;
    const fromSocket = connectionParams?.authorization;
    const header = request?.headers.get("authorization") ?? (typeof fromSocket === "string" ? fromSocket : undefined);
    const viewer = await deps.viewerOf(header, req);
    // Every line logged for this operation carries who asked and what, under the request's id.
    const requestId = req ? requestIdOf(req) : (request?.headers.get("x-request-id") ?? randomUUID());
    const requestLogger = logger.child({
      requestId,
      ...(viewer ? { viewerId: viewer.id } : {}),
      ...(params?.operationName ? { operationName: params.operationName } : {}),
    });
    return {
      viewer,
      // Absolute (HTTP or WebSocket alike); the origin is worked out only for an operation that builds a URL.
      media: new LazyMediaUrls(signer, viewer, config, source),
      db,
      engine,
      config,
      logger: requestLogger,
      loaders: createLoaders({ db, runs: engine.runs }),
    };
  };
}
