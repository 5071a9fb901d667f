import type { IncomingMessage, ServerResponse } from "node:http";
import type { Config } from "./infra/config.ts";
import type { Database } from "./infra/db.ts";
import type { Logger } from "./infra/logger.ts";
import type { RedisClients } from "./infra/redis.ts";

export interface RouteDeps {
  config: Config;
  database: Database;
  logger: Logger;
  redis?: RedisClients;
}

const json = (res: ServerResponse, status: number, body: string) =>
  void res.writeHead(status, { "content-type": "application/json" }).end(body);

/**
 * The HTTP surface beside GraphQL: health and readiness (stored bytes are in
 * routes/media.ts). Answers false for anything else, which goes to Yoga.
 */
export function createRoutes({ database, logger, redis }: RouteDeps) {
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
    return false;
  };
}
