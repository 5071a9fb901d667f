import type { IncomingMessage, ServerResponse } from "node:http";
import { assertAdmin, type Viewer } from "../engine/access/policy.ts";
import type { Config } from "../infra/config.ts";
import type { Database } from "../infra/db.ts";
import type { Logger } from "../infra/logger.ts";
import { scrape } from "../infra/metrics.ts";
import { isDatabaseUnavailable } from "../infra/outage.ts";
import type { RedisClients } from "../infra/redis.ts";
import { refuse } from "../security/origin.ts";
import { createWebHandler } from "./web.ts";

export interface RouteDeps {
  config: Config;
  database: Database;
  logger: Logger;
  redis?: RedisClients;
  /** The request's credential checked as GraphQL checks it. */
  viewerOf: (req: IncomingMessage) => Promise<Viewer | null>;
  /** True once the server is stopping: readiness is withdrawn first. */
  draining?: () => boolean;
}

const json = (res: ServerResponse, status: number, body: string) =>
  void res.writeHead(status, { "content-type": "application/json" }).end(body);

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
 * The HTTP surface beside GraphQL: health, readiness and the web app's pages
 * (stored bytes are served by routes/media.ts, asked first). Answers false
 * for /graphql, which goes to Yoga.
 */
export function createRoutes({ config, database, logger, redis, viewerOf, draining }: RouteDeps) {
  const web = createWebHandler(config.WEB_DIST_DIR);
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
        // A database outage is logged once where it is noticed, not at every probe.
        if (!isDatabaseUnavailable(err)) logger.warn("not ready", { err });
        json(res, 503, '{"status":"unavailable"}');
      }
      return true;
    }
    if (path === "/metrics") {
      // Operational data (operation names, models, error rates): admins only on the public port.
      const viewer = await viewerOf(req);
      if (!isAdmin(viewer)) {
        refuse(res, "UNAUTHENTICATED", "An admin API key is needed for /metrics", {
          headers: { "www-authenticate": "Bearer" },
        });
        return true;
      }
      await serveMetrics(res);
      return true;
    }
    // Everything else but the GraphQL endpoint (and GraphiQL on it) is the web app.
    if (path === "/graphql" || path.startsWith("/graphql/")) return false;
    return web(req, res);
  };
}
