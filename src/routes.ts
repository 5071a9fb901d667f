import type { IncomingMessage, ServerResponse } from "node:http";
import type { Viewer } from "./engine/access.ts";
import type { Config } from "./infra/config.ts";
import type { Database } from "./infra/db.ts";
import { UnauthenticatedError } from "./infra/errors.ts";
import type { Logger } from "./infra/logger.ts";
import type { RedisClients } from "./infra/redis.ts";
import { readFile, readMedia } from "./resolvers/files.ts";
import { createWebHandler } from "./web.ts";

export interface RouteDeps {
  config: Config;
  database: Database;
  logger: Logger;
  redis?: RedisClients;
  /** The same credential check as GraphQL (throws UnauthenticatedError for a bad key). */
  viewerOf: (req: IncomingMessage) => Promise<Viewer | null>;
}

const json = (res: ServerResponse, status: number, body: string) =>
  void res.writeHead(status, { "content-type": "application/json" }).end(body);

function sendBytes(res: ServerResponse, mimeType: string, data: Buffer, filename?: string) {
  res.writeHead(200, {
    "content-type": mimeType,
    "content-length": data.byteLength,
    ...(filename ? { "content-disposition": `inline; filename="${encodeURIComponent(filename)}"` } : {}),
    "x-content-type-options": "nosniff",
  });
  res.end(data);
}

/**
 * The HTTP surface beside GraphQL: health, readiness, and stored bytes
 * (uploads and inline media), authorised like the GraphQL API, and the web
 * app's pages. Answers false for /graphql, which goes to Yoga.
 */
export function createRoutes({ config, database, logger, redis, viewerOf: resolve }: RouteDeps) {
  const db = database.prisma;
  const web = createWebHandler(config.WEB_DIST_DIR);
  // A bad key answers 401 here as on /graphql; a missing object (or another user's) answers 404.
  const viewerOf = (req: IncomingMessage) =>
    resolve(req).catch((err: unknown) => {
      if (err instanceof UnauthenticatedError) return "unauthenticated" as const;
      throw err;
    });
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = req.url?.split("?")[0] ?? "/";
    if (path === "/healthz") {
      json(res, 200, '{"status":"ok"}');
      return true;
    }
    if (path === "/readyz") {
      try {
        await database.ping();
        if (redis) await redis.main.ping();
        json(res, 200, '{"status":"ready"}');
      } catch (err) {
        logger.warn("not ready", { err });
        json(res, 503, '{"status":"unavailable"}');
      }
      return true;
    }
    if (req.method !== "GET") return false;
    const bytesPath = /^\/(files|media)\//.test(path);
    const viewer = bytesPath ? await viewerOf(req) : null;
    if (viewer === "unauthenticated") {
      json(res, 401, '{"error":"unauthenticated"}');
      return true;
    }
    const file = path.match(/^\/files\/([\w-]+)$/);
    if (file) {
      const row = await readFile(db, viewer, file[1] as string);
      if (row) sendBytes(res, row.mimeType, Buffer.from(row.data), row.name);
      else json(res, 404, '{"error":"not found"}');
      return true;
    }
    const media = path.match(/^\/media\/([\w-]+)\/(steps\/\d+|input)\/(\d+)$/);
    if (media) {
      const [where, step] = (media[2] as string).split("/");
      const indexes = [...(step ? [Number(step)] : []), Number(media[3])];
      const item = await readMedia(db, viewer, media[1] as string, where as string, indexes);
      if (item) sendBytes(res, item.mimeType, item.data);
      else json(res, 404, '{"error":"not found"}');
      return true;
    }
    // Everything else but the GraphQL endpoint (and GraphiQL on it) is the web app.
    if (path === "/graphql" || path.startsWith("/graphql/")) return false;
    return web(req, res);
  };
}
