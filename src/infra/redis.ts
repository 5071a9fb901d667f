import { Cluster, Redis } from "ioredis";
import type { Logger } from "./logger.ts";
import { redisErrors } from "./metrics.ts";

/**
 * Counts connection errors (ioredis reconnects by itself; an operator alerts
 * on the rate) and logs one structured line when a connection is lost and one
 * when it is back: an outage is two lines, not one per retry or request.
 */
function counted(client: Redis, name: string, logger?: Logger): Redis {
  let down = false;
  client.on("error", (err: Error & { code?: string }) => {
    redisErrors.inc({ client: name });
    if (down) return;
    down = true;
    logger?.warn("redis unavailable", { client: name, code: err.code ?? err.name, message: err.message });
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    logger?.info("redis available again", { client: name });
  });
  return client;
}

export interface RedisClients {
  /** Commands and publishing. */
  main: Redis;
  /** A connection in subscriber mode can run nothing else. */
  subscriber: Redis;
  /**
   * A new connection for BullMQ, which needs its own (blocking commands) and
   * `maxRetriesPerRequest: null`; whoever asks for one quits it.
   */
  bullConnection(): Redis;
  /** BullMQ's key prefix: hash-tagged on a Redis Cluster, so that every key of a queue is in one slot. */
  bullPrefix?: string;
  close(): Promise<void>;
}

/** REDIS_URL as a comma-separated list of nodes: a Redis Cluster. */
export const clusterNodes = (url: string): string[] | null => {
  const urls = url.split(",").map((u) => u.trim());
  return urls.length > 1 ? urls : null;
};

/**
 * A Redis Cluster client where a Redis client is expected: it runs the same
 * commands, and every command this server sends names one key (run event
 * streams, quota counters) or keys under one hash tag (BullMQ with
 * `bullPrefix`); pub/sub is broadcast to every node by the cluster itself.
 */
const asRedis = (cluster: Cluster): Redis => cluster as unknown as Redis;

function cluster(
  nodes: string[],
  redisOptions: { maxRetriesPerRequest: number | null },
  { lazyConnect = false, enableAutoPipelining = false } = {},
) {
  const parsed = nodes.map((u) => new URL(u));
  const first = parsed[0];
  return asRedis(
    new Cluster(
      parsed.map((u) => ({ host: u.hostname, port: Number(u.port || 6379) })),
      {
        lazyConnect,
        enableAutoPipelining,
        redisOptions: {
          ...redisOptions,
          ...(first?.password ? { password: decodeURIComponent(first.password) } : {}),
          ...(first?.username ? { username: decodeURIComponent(first.username) } : {}),
          ...(first?.protocol === "rediss:" ? { tls: {} } : {}),
        },
      },
    ),
  );
}

/** Connects to REDIS_URL and fails fast (at start) when Redis is unreachable. */
export async function connectRedis(url: string, logger?: Logger): Promise<RedisClients> {
  const nodes = clusterNodes(url);
  const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
  const open = (enableAutoPipelining = false) =>
    nodes
      ? cluster(nodes, options, { lazyConnect: true, enableAutoPipelining })
      : new Redis(url, { ...options, enableAutoPipelining });
  // The commands one turn of the event loop issues go out in one write: a burst of a run's events is one
  // XADD per event, then one PUBLISH per event as their replies come, each its own system call otherwise.
  const main = counted(open(true), "main", logger);
  const subscriber = counted(open(), "subscriber", logger);
  await Promise.all([main.connect(), subscriber.connect()]);
  const forBull = { maxRetriesPerRequest: null };
  return {
    main,
    subscriber,
    bullConnection: () => counted(nodes ? cluster(nodes, forBull) : new Redis(url, forBull), "bullmq", logger),
    ...(nodes ? { bullPrefix: "{bull}" } : {}),
    close: async () => {
      await Promise.allSettled([main.quit(), subscriber.quit()]);
    },
  };
}
