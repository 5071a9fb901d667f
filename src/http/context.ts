import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Context } from "../context.ts";
import type { UrlSigner } from "../engine/files/signing.ts";
import { mediaUrls } from "../engine/files/urls.ts";
import type { Engine } from "../engine/index.ts";
import { createLoaders } from "../engine/store/loaders.ts";
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

function originOf(url: string | undefined, host: string | undefined): string {
  if (url) return new URL(url).origin;
  return `http://${host ?? "localhost"}`;
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
  return async ({ request, connectionParams, req, params }: OperationSource): Promise<Context> => {
    const fromSocket = connectionParams?.authorization;
    const header = request?.headers.get("authorization") ?? (typeof fromSocket === "string" ? fromSocket : undefined);
    const viewer = await deps.viewerOf(header, req);
    // Media URLs are absolute: PUBLIC_URL, else the origin this request reached (HTTP or WebSocket).
    const base = config.PUBLIC_URL?.replace(/\/$/, "") ?? originOf(request?.url, req?.headers.host);
    // Every line logged for this operation carries who asked and what, under the request's id.
    const requestId = req ? requestIdOf(req) : (request?.headers.get("x-request-id") ?? randomUUID());
    const requestLogger = logger.child({
      requestId,
      ...(viewer ? { viewerId: viewer.id } : {}),
      ...(params?.operationName ? { operationName: params.operationName } : {}),
    });
    return {
      viewer,
      media: mediaUrls(signer, viewer, base),
      db,
      engine,
      config,
      logger: requestLogger,
      loaders: createLoaders({ db, runs: engine.runs }),
    };
  };
}
