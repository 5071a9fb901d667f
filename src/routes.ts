import type { IncomingMessage, ServerResponse } from "node:http";
import { assertAdmin, type Viewer } from "./engine/access.ts";
import type { Config } from "./infra/config.ts";
import type { Database } from "./infra/db.ts";
import type { Logger } from "./infra/logger.ts";
import { scrape } from "./infra/metrics.ts";
import type { RedisClients } from "./infra/redis.ts";
import { resolveViewer } from "./resolvers/auth.ts";
import { readFile, readMedia } from "./resolvers/files.ts";
import { createWebHandler } from "./web.ts";

export interface RouteDeps {
  config: Config;
  database: Database;
  logger: Logger;
  redis?: RedisClients;
  /** True once the server is stopping: readiness is withdrawn first. */
  draining?: () => boolean;
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

/** The access policy's admin rule, as a yes/no for a plain HTTP route. */
function isAdmin(viewer: Viewer | null): boolean {
  try {
    assertAdmin(viewer);
    return true;
  } catch {
    return false;
  }
}

/** The Prometheus exposition of this process. */
export async function serveMetrics(res: ServerResponse): Promise<void> {
  const { contentType, body } = await scrape();
  res.writeHead(200, { "content-type": contentType }).end(body);
}

/**
 * The HTTP surface beside GraphQL: health, readiness, and stored bytes
 * (uploads and inline media), authorised like the GraphQL API, and the web
 * app's pages. Answers false for /graphql, which goes to Yoga.
 */
export function createRoutes({ config, database, logger, redis, draining }: RouteDeps) {
  const db = database.prisma;
  const web = createWebHandler(config.WEB_DIST_DIR);
  const viewerOf = (req: IncomingMessage) => resolveViewer(db, req.headers.authorization, config.ALLOW_ANONYMOUS);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = req.url?.split("?")[0] ?? "/";
    if (path === "/healthz") {
      json(res, 200, '{"status":"ok"}');
      return true;
    }
    if (path === "/readyz") {
      if (draining?.()) {
        json(res, 503, '{"status":"stopping"}');
        return true;
      }
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
    if (path === "/metrics") {
      // Operational data (operation names, models, error rates): admins only on the public port.
      if (!isAdmin(await viewerOf(req))) {
        res.writeHead(401, { "content-type": "application/json", "www-authenticate": "Bearer" });
        res.end('{"error":"an admin API key is needed for /metrics"}');
        return true;
      }
      await serveMetrics(res);
      return true;
    }
    if (req.method !== "GET") return false;
    const file = path.match(/^\/files\/([\w-]+)$/);
    if (file) {
      const row = await readFile(db, await viewerOf(req), file[1] as string);
      if (row) sendBytes(res, row.mimeType, Buffer.from(row.data), row.name);
      else json(res, 404, '{"error":"not found"}');
      return true;
    }
    const media = path.match(/^\/media\/([\w-]+)\/(steps\/\d+|input)\/(\d+)$/);
    if (media) {
      const [where, step] = (media[2] as string).split("/");
      const indexes = [...(step ? [Number(step)] : []), Number(media[3])];
      const item = await readMedia(db, await viewerOf(req), media[1] as string, where as string, indexes);
      if (item) sendBytes(res, item.mimeType, item.data);
      else json(res, 404, '{"error":"not found"}');
      return true;
    }
    // Everything else but the GraphQL endpoint (and GraphiQL on it) is the web app.
    if (path === "/graphql" || path.startsWith("/graphql/")) return false;
    return web(req, res);
  };
}
