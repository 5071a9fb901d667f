import { Redis } from "ioredis";
import { redisErrors } from "./metrics.ts";

/** Counts connection errors (ioredis reconnects by itself; an operator alerts on the rate). */
function counted(client: Redis, name: string): Redis {
  client.on("error", () => redisErrors.inc({ client: name }));
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
export async function connectRedis(url: string): Promise<RedisClients> {
  const options = { lazyConnect: true, maxRetriesPerRequest: 3 };
  const main = counted(new Redis(url, options), "main");
  const subscriber = counted(new Redis(url, options), "subscriber");
  await Promise.all([main.connect(), subscriber.connect()]);
  return {
    main,
    subscriber,
    bullConnection: () => counted(new Redis(url, { maxRetriesPerRequest: null }), "bullmq"),
    close: async () => {
      await Promise.allSettled([main.quit(), subscriber.quit()]);
    },
  };
}
