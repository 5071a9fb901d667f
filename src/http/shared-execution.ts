import { createHash } from "node:crypto";
import { RequestCache } from "@pothos/plugin-scope-auth";
import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  type GraphQLError,
  print,
} from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import type { Context } from "../context.ts";
import { eventIdentity } from "../engine/events/types.ts";
import { subscriptionExecutions } from "../infra/metrics.ts";

/** How long an event's result is kept for the other subscribers that take it later (ms). */
const KEEP_MS = 2_000;
/** Events whose results are kept at most (a bound on memory when many runs stream at once). */
const MAX_KEPT = 5_000;

type Maybe<T> = T | Promise<T>;

/**
 * Everything a resolver of an event reads about who asks: the viewer (id, role, key and its
 * scopes) and the signed media URLs (the viewer's grant and the origin they point at). Two
 * subscriptions with the same access get the same result for the same event; any difference
 * here, and they are executed apart.
 */
export function accessKey(ctx: Pick<Context, "viewer" | "media">): string {
  const v = ctx.viewer;
  const who = v ? `${v.id} ${v.role} ${v.keyId ?? ""} ${v.scopes ? [...v.scopes].sort().join(",") : "*"}` : "anonymous";
  return `${who}\u0000${ctx.media.scope}`;
}

const texts = new WeakMap<DocumentNode, string>();
/** The operation's text: Yoga's parser cache usually hands out one document per text, so it is printed rarely. */
function textOf(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) {
    text = document.loc?.source.body ?? print(document);
    texts.set(document, text);
  }
  return text;
}

/**
 * What makes two subscriptions' results of one event the same: operation, variables, access. Hashed once
 * per subscription, so each event's look-up hashes a short key, not a document and its variables.
 */
function operationKey(args: ExecutionArgs, ctx: Context): string {
  const vars = JSON.stringify(args.variableValues ?? {});
  const whole = `${textOf(args.document)}\u0000${args.operationName ?? ""}\u0000${vars}\u0000${accessKey(ctx)}`;
  return createHash("sha256").update(whole).digest("base64");
}

/**
 * A result serialised once however many sockets it is written to: Yoga's SSE writer calls a
 * result's own `stringify`, and the WebSocket writer reads it through `jsonOf`.
 */
function serialisedOnce(result: ExecutionResult): ExecutionResult {
  let json: string | undefined;
  Object.defineProperty(result, "stringify", {
    enumerable: false,
    value: (r: unknown) => {
      if (r !== result) return JSON.stringify(r);
      json ??= JSON.stringify(r);
      return json;
    },
  });
  return result;
}

/** A result's JSON, serialised once when it is a shared one. */
export function jsonOf(result: ExecutionResult): string {
  const own = "stringify" in result ? result.stringify : undefined;
  return typeof own === "function" ? String(own(result)) : JSON.stringify(result);
}

/** Bound once: an event's look-up counts without hashing label values. */
const executed = { shared: subscriptionExecutions.labels("yes"), alone: subscriptionExecutions.labels("no") };

const identities = new WeakMap<object, string | null>();
/**
 * An event's identity, worked out once per event object: every subscriber of a run takes the same
 * object, and the same string's hash is computed once (a fresh string per look-up was hashed anew).
 */
function identityOf(event: unknown): string | null {
  if (typeof event !== "object" || event === null) return null;
  let id = identities.get(event);
  if (id === undefined) {
    id = eventIdentity(event);
    identities.set(event, id);
  }
  return id;
}

/** Recent results by event, then operation: the first subscriber to take an event executes it. */
class SharedResults {
  private kept = new Map<string, { at: number; results: Map<string, Maybe<ExecutionResult>> }>();

  get(event: string, key: string, run: () => Maybe<ExecutionResult>): Maybe<ExecutionResult> {
    const now = Date.now();
    let entry = this.kept.get(event);
    if (!entry || now - entry.at >= KEEP_MS) {
      this.prune(now);
      entry = { at: now, results: new Map() };
      // Oldest first (a Map keeps insertion order): a renewed event goes to the end.
      this.kept.delete(event);
      this.kept.set(event, entry);
    }
    const hit = entry.results.get(key);
    if (hit !== undefined) {
      executed.shared.inc();
      return hit;
    }
    executed.alone.inc();
    const result = run();
    entry.results.set(key, result);
    return result;
  }

  private prune(now: number): void {
    for (const [event, entry] of this.kept) {
      if (now - entry.at < KEEP_MS && this.kept.size < MAX_KEPT) return;
      this.kept.delete(event);
    }
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** What a client may see of an error: itself when it is a GraphQL error of ours, else a masked one. */
export type MaskError = (error: unknown) => Error;

/** A result with its errors masked (the same result when it has none). */
function maskedResult(result: ExecutionResult, mask: MaskError): ExecutionResult {
  return result.errors?.length ? { ...result, errors: result.errors.map((e) => mask(e) as GraphQLError) } : result;
}

/** An abort is the caller's own doing: passed on as it is (Yoga's rule), never masked. */
const isAbort = (err: unknown) => err instanceof Error && err.name === "AbortError";

/**
 * Each source event to its result, one layer (graphql-js's own mapping, with the shared results).
 * What the source throws leaves masked: nothing outside masks a subscription's errors again.
 */
class MappedEvents implements AsyncIterableIterator<ExecutionResult> {
  readonly #it: AsyncIterator<unknown>;

  constructor(
    source: AsyncIterable<unknown>,
    private readonly map: (event: unknown) => Maybe<ExecutionResult>,
    private readonly mask: MaskError,
  ) {
    this.#it = source[Symbol.asyncIterator]();
  }

  // Not async: an idle subscription keeps this call pending, and a suspended async function holds its frame.
  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.#it.next().then(
      async (r) => (r.done ? DONE : { done: false, value: await this.map(r.value) }),
      (err: unknown) => {
        throw isAbort(err) ? err : this.mask(err);
      },
    );
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.#it.return?.();
    return DONE;
  }

  async throw(err: unknown): Promise<IteratorResult<ExecutionResult>> {
    if (this.#it.throw) await this.#it.throw(err);
    throw err;
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/**
 * Execute once, deliver bytes: subscriptions of a run's events that sent the same operation and
 * variables under the same access (a chat and its other tabs, an admin watching a run, a follower
 * on another device) share one execution, and one serialisation, per event. The root field still
 * runs per subscriber (it checks that subscriber's access to the stream); only the per-event
 * execution of the selection is shared, and only between equal keys (`operationKey`).
 *
 * Errors are masked here, by Yoga's rule (`mask`), once per shared result: a subscription's stream
 * leaves the plugins unwrapped by Yoga's own masking (see useStreamRegistry), which would map every
 * event again for every subscriber, in two more iterators per subscription.
 */
export function useSharedExecution(mask: MaskError): Plugin<Context> {
  const shared = new SharedResults();
  const finished = (r: ExecutionResult) => serialisedOnce(maskedResult(r, mask));
  return {
    onSubscribe({ args, setSubscribeFn }) {
      const key = operationKey(args, args.contextValue);
      setSubscribeFn(async (a) => {
        const source = await createSourceEventStream(a);
        // The root field's scope checks are over; Pothos keeps their per-context cache (five Maps) as long as
        // the context, which a stream holds for its life. An event's execution makes a new one if it needs it.
        RequestCache.clearForContext(a.contextValue);
        if (!isAsyncIterable(source)) return maskedResult(source, mask);
        return new MappedEvents(
          source,
          (event) => {
            const run = () => {
              const r = execute({ ...a, rootValue: event });
              return r instanceof Promise ? r.then(finished) : finished(r);
            };
            const id = identityOf(event);
            return id === null ? run() : shared.get(id, key, run);
          },
          mask,
        );
      });
    },
  };
}
