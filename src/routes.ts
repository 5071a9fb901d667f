import type { IncomingMessage, ServerResponse } from "node:http";
import type { Config } from "./infra/config.ts";
import type { Database } from "./infra/db.ts";
import type { Logger } from "./infra/logger.ts";
import type { RedisClients } from "./infra/redis.ts";
import { createWebHandler } from "./web.ts";

export interface RouteDeps {
  config: Config;
  database: Database;
  logger: Logger;
  redis?: RedisClients;
}

const json = (res: ServerResponse, status: number, body: string) =>
  void res.writeHead(status, { "content-type": "application/json" }).end(body);

/**
 * The HTTP surface beside GraphQL: health, readiness and the web app's pages
 * (stored bytes are served by routes/media.ts, asked first). Answers false
 * for /graphql, which goes to Yoga.
 */
export function createRoutes({ config, database, logger, redis }: RouteDeps) {
  const web = createWebHandler(config.WEB_DIST_DIR);
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
    // Everything else but the GraphQL endpoint (and GraphiQL on it) is the web app.
    if (path === "/graphql" || path.startsWith("/graphql/")) return false;
    return web(req, res);
  };
}
