import { Redis } from "ioredis";
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
  close(): Promise<void>;
}

/** Connects to REDIS_URL and fails fast (at start) when Redis is unreachable. */
export async function connectRedis(url: string, logger?: Logger): Promise<RedisClients> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
  const main = counted(new Redis(url, options), "main", logger);
  const subscriber = counted(new Redis(url, options), "subscriber", logger);
  await Promise.all([main.connect(), subscriber.connect()]);
  return {
    main,
    subscriber,
    bullConnection: () => counted(new Redis(url, { maxRetriesPerRequest: null }), "bullmq", logger),
    close: async () => {
      await Promise.allSettled([main.quit(), subscriber.quit()]);
    },
  };
}
