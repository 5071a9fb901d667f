import { Redis } from "ioredis";

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
  const main = new Redis(url, options);
  const subscriber = new Redis(url, options);
  await Promise.all([main.connect(), subscriber.connect()]);
  return {
    main,
    subscriber,
    bullConnection: () => new Redis(url, { maxRetriesPerRequest: null }),
    close: async () => {
      await Promise.allSettled([main.quit(), subscriber.quit()]);
    },
  };
}
