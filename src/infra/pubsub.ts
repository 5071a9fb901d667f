import { setMaxListeners } from "node:events";
import type { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub, type PubSub as YogaPubSub } from "graphql-yoga";
import type { Redis } from "ioredis";
import type { Logger } from "./logger.ts";
import { redisErrors } from "./metrics.ts";

/**
 * Yoga's pub/sub, and when its subscriptions are live: over Redis a topic is
 * heard only once its SUBSCRIBE is confirmed, so a subscriber that then reads
 * a log (to replay what came before) must wait for that, or an event
 * published in between is neither in what it read nor in what it hears.
 */
export type PubSub<Topics extends Record<string, [string, unknown] | [unknown]>> = YogaPubSub<Topics> & {
  /** Resolves once every subscription opened so far is live. */
  subscribed(): Promise<void>;
  /**
   * Hands `receiver` each message of one id's topic, synchronously as it is dispatched, until the returned
   * listening is stopped: `subscribe` without its Repeater, for a reader that keeps its own queue.
   */
  listen<K extends PerId<Topics>>(topic: K, id: string, receiver: Receiver<Topics[K][1]>): Listening;
};

/** What the bus hands one id's messages to. An object, not a callback: an idle subscriber holds no closures. */
export interface Receiver<M> {
  receive(message: M): void;
}

/** One receiver on one id's topic: the event target's listener object, and its own removal. */
export class Listening implements EventListenerObject {
  constructor(
    private readonly target: Pick<EventTarget, "addEventListener" | "removeEventListener">,
    private readonly type: string,
    private readonly receiver: Receiver<never>,
  ) {
    target.addEventListener(type, this);
  }

  handleEvent(event: Event): void {
    // Yoga's pub/sub carries the message as the event's detail.
    if ("detail" in event) this.receiver.receive(event.detail as never);
  }

  stop(): void {
    this.target.removeEventListener(this.type, this);
  }
}

/** Topics whose messages are published per id. */
type PerId<T extends Record<string, [string, unknown] | [unknown]>> = {
  [K in keyof T & string]: T[K] extends [string, unknown] ? K : never;
}[keyof T & string];

const serialized = new WeakMap<object, string>();

/**
 * A message's JSON, made once per object: a run's event goes to the Redis log and to the Redis
 * pub/sub as the same text (serialising it twice was a visible share of a run's CPU).
 */
export function jsonOnce(value: unknown): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  let text = serialized.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    serialized.set(value, text);
  }
  return text;
}

type RedisTarget = ReturnType<typeof createRedisEventTarget> & { subscribed(): Promise<void> };
type Callback = EventListenerOrEventListenerObject;

/**
 * The Redis event target of @graphql-yoga/redis-event-target, with its
 * commands' failures handled: that one leaves SUBSCRIBE and PUBLISH
 * un-awaited, so one subscription during a Redis outage rejected unhandled
 * and killed the process. Here a failed command is counted and logged; a
 * topic whose SUBSCRIBE failed is subscribed again once the connection is
 * back (its subscribers keep waiting meanwhile); a PUBLISH lost in an outage
 * is lost (subscribers that resume from their cursor read the event log).
 */
export function redisEventTarget(publish: Redis, subscribe: Redis, logger?: Logger): RedisTarget {
  const callbacks = new Map<string, Set<Callback>>();
  const subscribing = new Set<Promise<unknown>>();
  const track = (command: Promise<unknown>) => {
    const done = command.catch(failed("subscribe"));
    subscribing.add(done);
    void done.finally(() => subscribing.delete(done));
  };
  const failed = (command: string) => (err: unknown) => {
    redisErrors.inc({ client: command });
    logger?.warn("redis pub/sub command failed", { command, err: err instanceof Error ? err.message : String(err) });
  };
  subscribe.on("message", (channel: string, message: string) => {
    const set = callbacks.get(channel);
    if (!set) return;
    const event = new CustomEvent(channel, { detail: message === "" ? null : JSON.parse(message) });
    for (const cb of set) typeof cb === "function" ? cb(event) : cb.handleEvent(event);
  });
  // ioredis resubscribes what it had subscribed; a SUBSCRIBE that never got through is sent again here.
  subscribe.on("ready", () => {
    const topics = [...callbacks.keys()];
    if (topics.length) track(subscribe.subscribe(...topics));
  });
  const listen = (topic: string, cb: Callback) => {
    let set = callbacks.get(topic);
    if (!set) {
      set = new Set();
      callbacks.set(topic, set);
      track(subscribe.subscribe(topic));
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
  return {
    addEventListener(topic: string, c: Callback | null) {
      if (c) listen(topic, c);
    },
    removeEventListener(topic: string, c: Callback | null) {
      if (c) unlisten(topic, c);
    },
    // A SUBSCRIBE that failed (Redis away) counts as done: its topic is subscribed again once Redis is back.
    subscribed: async () => void (await Promise.all(subscribing)),
    dispatchEvent(event: CustomEvent) {
      const body = event.detail === undefined ? "" : jsonOnce(event.detail);
      publish.publish(event.type, body).catch(failed("publish"));
      return true;
    },
  };
}

type TopicMap = Record<string, [string, unknown] | [unknown]>;
/** Topics whose messages are one value (no per-id channel). */
type Broadcast<T extends TopicMap> = { [K in keyof T & string]: T[K] extends [unknown] ? K : never }[keyof T & string];

/**
 * Calls `handle` for each message on a broadcast topic, one at a time, until
 * the returned stop is called. A failed `handle` and a failing bus go to
 * `onError`; the first lets the loop go on, the second ends it.
 */
export function listen<T extends TopicMap, K extends Broadcast<T>>(
  pubsub: PubSub<T>,
  topic: K,
  handle: (value: T[K][0]) => unknown,
  onError: (err: unknown, value?: T[K][0]) => void = () => {},
): () => void {
  const sub = (pubsub as unknown as YogaPubSub<Record<string, [unknown]>>).subscribe(topic)[Symbol.asyncIterator]();
  let stopped = false;
  void (async () => {
    while (!stopped) {
      let next: IteratorResult<unknown>;
      try {
        next = await sub.next();
      } catch (err) {
        return onError(err);
      }
      if (next.done || stopped) return;
      const value = next.value as T[K][0];
      await Promise.resolve()
        .then(() => handle(value))
        .catch((err: unknown) => onError(err, value));
    }
  })();
  return () => {
    stopped = true;
    void sub.return?.();
  };
}

/**
 * In-memory within one process; over Redis when clients are given, so that a
 * subscriber on one server process sees events published by another.
 */
export function createBus<Topics extends Record<string, [string, unknown] | [unknown]>>(
  redis?: { publish: Redis; subscribe: Redis },
  logger?: Logger,
): PubSub<Topics> {
  const redisTarget = redis ? redisEventTarget(redis.publish, redis.subscribe, logger) : undefined;
  // Many listeners on one topic are the normal case (a run's followers, a user's job feeds), not a leak.
  const eventTarget = redisTarget ?? setUnlimited(new EventTarget());
  const subscribed = redisTarget ? redisTarget.subscribed : async () => {};
  // Yoga's pub/sub names a per-id topic `<topic>:<id>`.
  const listen = <K extends PerId<Topics>>(topic: K, id: string, receiver: Receiver<Topics[K][1]>) =>
    new Listening(eventTarget, `${topic}:${id}`, receiver);
  return Object.assign(createPubSub<Topics>({ eventTarget }), { subscribed, listen });
}

function setUnlimited(target: EventTarget): EventTarget {
  setMaxListeners(0, target);
  return target;
}

const ENDED: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One id's topic as an async iterator, fed straight by the bus's `listen`: an idle subscriber holds this
 * object and at most one pending promise (`subscribe` builds a Repeater per subscriber, with its own
 * closures, queues and promises). Messages wait here until taken; `return` stops listening.
 */
export class Inbox<T extends object> implements AsyncIterableIterator<T>, Receiver<T> {
  #waiting: T[] = [];
  #wake: ((r: IteratorResult<T>) => void) | undefined;
  #listening: Listening | undefined;

  constructor(listen: (inbox: Inbox<T>) => Listening) {
    this.#listening = listen(this);
  }

  receive(message: T) {
    const wake = this.#wake;
    this.#wake = undefined;
    if (wake) wake({ done: false, value: message });
    else this.#waiting.push(message);
  }

  next(): Promise<IteratorResult<T>> {
    const first = this.#waiting.shift();
    if (first !== undefined) return Promise.resolve({ done: false, value: first });
    if (!this.#listening) return Promise.resolve(ENDED);
    return new Promise((resolve) => {
      this.#wake = resolve;
    });
  }

  async return(): Promise<IteratorResult<T>> {
    this.#listening?.stop();
    this.#listening = undefined;
    this.#waiting = [];
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.(ENDED);
    return ENDED;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}
