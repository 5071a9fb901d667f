import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSub } from "graphql-yoga";
import type { Redis } from "ioredis";

export type { PubSub };

/**
 * In-memory within one process; over Redis when clients are given, so that a
 * subscriber on one server process sees events published by another.
 */
export function createBus<Topics extends Record<string, [string, unknown] | [unknown]>>(redis?: {
  publish: Redis;
  subscribe: Redis;
}): PubSub<Topics> {
  if (!redis) return createPubSub<Topics>();
  const eventTarget = createRedisEventTarget({ publishClient: redis.publish, subscribeClient: redis.subscribe });
  return createPubSub<Topics>({ eventTarget });
}
