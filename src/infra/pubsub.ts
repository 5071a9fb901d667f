import type { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSub } from "graphql-yoga";
import type { Redis } from "ioredis";
import type { Logger } from "./logger.ts";
import { redisErrors } from "./metrics.ts";

export type { PubSub };

type EventTarget = ReturnType<typeof createRedisEventTarget>;
type Callback = (event: CustomEvent) => void;

/**
 * The Redis event target of @graphql-yoga/redis-event-target, with its
 * commands' failures handled: that one leaves SUBSCRIBE and PUBLISH
 * un-awaited, so one subscription during a Redis outage rejected unhandled
 * and killed the process. Here a failed command is counted and logged; a
 * topic whose SUBSCRIBE failed is subscribed again once the connection is
 * back (its subscribers keep waiting meanwhile); a PUBLISH lost in an outage
 * is lost (subscribers that resume from their cursor read the event log).
 */
export function redisEventTarget(publish: Redis, subscribe: Redis, logger?: Logger): EventTarget {
  const callbacks = new Map<string, Set<Callback>>();
  const failed = (command: string) => (err: unknown) => {
    redisErrors.inc({ client: command });
    logger?.warn("redis pub/sub command failed", { command, err: err instanceof Error ? err.message : String(err) });
  };
  subscribe.on("message", (channel: string, message: string) => {
    const set = callbacks.get(channel);
    if (!set) return;
    const event = new CustomEvent(channel, { detail: message === "" ? null : JSON.parse(message) });
    for (const cb of set) cb(event);
  });
  // ioredis resubscribes what it had subscribed; a SUBSCRIBE that never got through is sent again here.
  subscribe.on("ready", () => {
    const topics = [...callbacks.keys()];
    if (topics.length) subscribe.subscribe(...topics).catch(failed("subscribe"));
  });
  const listen = (topic: string, cb: Callback) => {
    let set = callbacks.get(topic);
    if (!set) {
      set = new Set();
      callbacks.set(topic, set);
      subscribe.subscribe(topic).catch(failed("subscribe"));
    }
    set.add(cb);
  };
  const unlisten = (topic: string, cb: Callback) => {
    const set = callbacks.get(topic);
    if (!set) return;
    set.delete(cb);
    if (set.size) return;
    callbacks.delete(topic);
    subscribe.unsubscribe(topic).catch(failed("unsubscribe"));
  };
  const callbackOf = (c: EventListenerOrEventListenerObject) =>
    ("handleEvent" in c ? c.handleEvent : c) as unknown as Callback;
  return {
    addEventListener(topic: string, c: EventListenerOrEventListenerObject | null) {
      if (c) listen(topic, callbackOf(c));
    },
    removeEventListener(topic: string, c: EventListenerOrEventListenerObject | null) {
      if (c) unlisten(topic, callbackOf(c));
    },
    dispatchEvent(event: CustomEvent) {
      const body = event.detail === undefined ? "" : JSON.stringify(event.detail);
      publish.publish(event.type, body).catch(failed("publish"));
      return true;
    },
  } as EventTarget;
}

/**
 * In-memory within one process; over Redis when clients are given, so that a
 * subscriber on one server process sees events published by another.
 */
export function createBus<Topics extends Record<string, [string, unknown] | [unknown]>>(
  redis?: { publish: Redis; subscribe: Redis },
  logger?: Logger,
): PubSub<Topics> {
  if (!redis) return createPubSub<Topics>();
  return createPubSub<Topics>({ eventTarget: redisEventTarget(redis.publish, redis.subscribe, logger) });
}
