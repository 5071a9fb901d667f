import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "./config.ts";
import { scrape } from "./metrics.ts";

/**
 * /metrics on a port of its own (METRICS_PORT on METRICS_HOST), for a
 * Prometheus on a private network: no key there, so bind it to an address
 * only the scraper reaches.
 */
export async function serveMetricsPort(
  config: Pick<Config, "METRICS_PORT" | "METRICS_HOST">,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    const { contentType, body } = await scrape();
    res.writeHead(200, { "content-type": contentType }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.METRICS_PORT, config.METRICS_HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.METRICS_HOST.includes(":") ? `[${config.METRICS_HOST}]` : config.METRICS_HOST;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
