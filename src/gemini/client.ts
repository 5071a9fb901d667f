import { setTimeout as delay } from "node:timers/promises";
import { GoogleGenAI } from "@google/genai";
import { backoffDelay, CREATE_RETRY } from "../infra/backoff.ts";
import { AppError, UpstreamError } from "../infra/errors.ts";
import { codeLabel, upstreamErrors, upstreamRequests } from "../infra/metrics.ts";
import { withSpan } from "../infra/tracing.ts";
import { createAgentResources, type UpstreamAgents } from "./agent-resources.ts";
import { createEnvironments, type UpstreamEnvironments } from "./environments.ts";
import { mapUpstreamError } from "./errors.ts";
import { CALL_HEADER, type Call, type CallLimits, createTransport, type Transport } from "./transport.ts";
import type { CreateBody, RemoteEvent, RemoteInteraction } from "./types.ts";
import { createUpstreamWebhooks, type UpstreamWebhooks } from "./webhooks.ts";

export interface CallOptions {
  signal?: AbortSignal;
}

/** Everything the server asks of the Interactions API. Only this folder imports the SDK. */
export interface Upstream {
  /** `true` when talking to the built-in emulator rather than Google. */
  readonly emulated: boolean;
  create(body: CreateBody, opts?: CallOptions): Promise<RemoteInteraction>;
  /** Opens a streaming create; rejects (after retries that cannot duplicate it) when upstream refuses it. */
  stream(body: CreateBody, opts?: CallOptions): Promise<AsyncIterable<RemoteEvent>>;
  get(id: string, opts?: CallOptions): Promise<RemoteInteraction>;
  /** Replays an interaction's events after `lastEventId` (from the start when absent), then tails it. */
  follow(id: string, lastEventId: string | undefined, opts?: CallOptions): Promise<AsyncIterable<RemoteEvent>>;
  cancel(id: string, opts?: CallOptions): Promise<RemoteInteraction>;
  delete(id: string, opts?: CallOptions): Promise<void>;
  /** The sandboxes managed agents work in, and their files. */
  readonly environments: UpstreamEnvironments;
  /** Custom agents kept upstream (absent on wrappers that only change how runs are sent). */
  readonly agents?: UpstreamAgents;
}

/** The upstream as the app is given it: the calls runs make, and the admin resources beside them. */
export interface UpstreamClient extends Upstream {
  /** Upstream's own webhooks (where it pushes the end of a run), managed by admins. */
  readonly webhooks: UpstreamWebhooks;
}

export interface UpstreamOptions {
  apiKey: string;
  baseUrl?: string;
  emulated?: boolean;
  /**
   * Retries for 408/409/429/5xx and connection errors (default 4). Idempotent
   * calls retry through the SDK; a create only when upstream surely did not take it.
   */
  maxRetries?: number;
  timeoutMs?: number;
  /** Longest wait for response headers per attempt (ms, default 30 s); a create past it is UPSTREAM_CREATE_UNCONFIRMED. */
  headersTimeoutMs?: number;
  /** Longest silence inside a response body, e.g. between stream events (ms, default 90 s): UPSTREAM_IDLE_TIMEOUT. */
  idleTimeoutMs?: number;
  /** Longest Retry-After a create waits out before it is sent again (ms, default 10 s); a longer one is answered at once. */
  maxRetryWaitMs?: number;
}

const DEFAULT_RETRIES = 4;
/** Answers that say upstream did not create anything: it refused, or failed before acting. */
const NOT_ACCEPTED = new Set([408, 429, 500, 503]);

const codeOf = (err: unknown) => {
  if (err instanceof AppError) return err.code;
  const name = typeof err === "object" && err !== null && "name" in err ? err.name : undefined;
  return name === "AbortError" || name === "APIUserAbortError" ? "ABORTED" : codeLabel(undefined);
};

const isObject = (v: unknown): v is { [k: string]: unknown } => typeof v === "object" && v !== null;
/** Events are passed on as upstream sent them; the readers check the fields they use. */
const isRemoteEvent = (v: unknown): v is RemoteEvent => isObject(v) && typeof v.event_type === "string";
const isRemoteInteraction = (v: unknown): v is RemoteInteraction =>
  isObject(v) && typeof v.id === "string" && typeof v.status === "string";

const isStream = (v: unknown): v is AsyncIterable<unknown> => isObject(v) && Symbol.asyncIterator in v;
function stream(value: unknown): AsyncIterable<unknown> {
  if (isStream(value)) return value;
  throw new UpstreamError("UPSTREAM_BAD_RESPONSE", "Upstream answered a streaming call without a stream", {
    retryable: false,
  });
}

/** The SDK answers with its own (richer) types: only the wire shape this project reads is relied on. */
function interaction(value: unknown): RemoteInteraction {
  if (isRemoteInteraction(value)) return value;
  throw new UpstreamError("UPSTREAM_BAD_RESPONSE", "Upstream answered with something that is not an interaction", {
    retryable: false,
  });
}

/** What a failed call throws: the transport's own verdict (abort, idle) first, else the SDK's error, typed. */
const failureOf = (call: Call, err: unknown, apiKey: string) =>
  err instanceof UpstreamError ? err : (call.failure() ?? mapUpstreamError(err, apiKey));

async function* mapped(stream: AsyncIterable<unknown>, call: Call, apiKey: string): AsyncIterable<RemoteEvent> {
  try {
    for await (const event of stream) {
      if (isRemoteEvent(event)) yield event;
    }
  } catch (err) {
    const e = failureOf(call, err, apiKey);
    upstreamErrors.inc({ op: "stream", code: codeOf(e) });
    throw e;
  } finally {
    call.end();
  }
}

/**
 * A create is not idempotent: sent twice, upstream runs (and bills) it twice.
 * So the SDK never retries it; it is sent again here only when upstream surely
 * did not take it (no connection was made, or an answer that refused it).
 * When the request may have reached upstream but no answer came (a reset, a
 * stall past the headers timeout, a gateway error), the caller gets
 * UPSTREAM_CREATE_UNCONFIRMED and nothing is sent again: upstream offers no
 * way to look the interaction up without its id.
 */
async function createOnce<T>(
  call: Call,
  send: () => Promise<T>,
  retries: number,
  maxWaitMs: number,
  apiKey: string,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      const signal = call.limits.signal;
      if (call.verdict === "aborted" || signal?.aborted) throw err;
      const status = call.verdict === "answered" ? (call.status ?? 0) : 0;
      const refused = !call.succeeded && (call.verdict === "refused" || NOT_ACCEPTED.has(status));
      const wait = call.retryAfterMs;
      if (refused && wait !== undefined && wait > maxWaitMs) throw waitTooLong(err, wait, apiKey);
      if (refused && attempt < retries) {
        // An abort ends the wait; the next attempt then sees the aborted signal and stops.
        await delay(call.retryAfterMs ?? backoffDelay(attempt + 1, CREATE_RETRY), undefined, { signal }).catch(
          () => undefined,
        );
        continue;
      }
      // A gateway's 502/504 came from in front of upstream, which may have taken the request.
      const unanswered = call.verdict === "unconfirmed" || call.verdict === "idle" || status === 502 || status === 504;
      if (refused || !unanswered) throw err;
      throw new UpstreamError(
        "UPSTREAM_CREATE_UNCONFIRMED",
        "The create request may have reached upstream, but no answer came; it was not sent again, so as not to " +
          "start (and pay for) the interaction twice",
        status ? { status, retryable: false } : { retryable: false },
      );
    }
  }
}

/**
 * Upstream asked for a wait longer than a request is held for: the caller gets
 * the refusal now, typed (UPSTREAM_RATE_LIMITED for a 429) and with
 * `retryAfter` (seconds), instead of a request held past its client's patience
 * and its run's lease.
 */
function waitTooLong(err: unknown, waitMs: number, apiKey: string): UpstreamError | Error {
  const mapped = mapUpstreamError(err, apiKey);
  if (!(mapped instanceof UpstreamError)) return mapped;
  return new UpstreamError(mapped.code, mapped.message, {
    status: mapped.status,
    retryable: true,
    retryAfter: Math.ceil(waitMs / 1000),
  });
}

/**
 * One upstream call: a span (model and interaction id, never the body), counts by outcome, typed errors.
 * A streaming call stays registered with the transport until its events are read to the end.
 */
function tracedCalls(transport: Transport, apiKey: string) {
  return <T>(
    op: string,
    model: string | undefined,
    o: CallOptions | undefined,
    limits: Omit<CallLimits, "signal">,
    fn: (c: Call) => Promise<T>,
    streaming = false,
  ): Promise<T> => {
    const c = transport.open({ ...limits, signal: o?.signal });
    const attributes = { "gen_ai.system": "gemini", "gen_ai.operation.name": op, "gen_ai.request.model": model ?? "" };
    return withSpan(`upstream.${op}`, { attributes }, async (span) => {
      let open = false;
      try {
        const result = await fn(c);
        if (isObject(result) && typeof result.id === "string") span.setAttribute("gen_ai.response.id", result.id);
        upstreamRequests.inc({ op, outcome: "ok" });
        open = streaming;
        return result;
      } catch (err) {
        const e = failureOf(c, err, apiKey);
        const code = codeOf(e);
        upstreamRequests.inc({ op, outcome: code });
        upstreamErrors.inc({ op, code });
        throw e;
      } finally {
        if (!open) c.end();
      }
    });
  };
}

/** Upstream's resources beside interactions: agents' sandboxes, its webhooks, custom agents. */
function resources(ai: GoogleGenAI, opts: UpstreamOptions) {
  return {
    environments: createEnvironments(opts),
    webhooks: createUpstreamWebhooks(ai, opts.apiKey),
    agents: createAgentResources(opts),
  };
}

export function createUpstream(opts: UpstreamOptions): UpstreamClient {
  const transport = createTransport();
  const ai = new GoogleGenAI({
    apiKey: opts.apiKey,
    httpOptions: { ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}), fetch: transport.fetch },
  });
  const api = ai.interactions;
  const retries = opts.maxRetries ?? DEFAULT_RETRIES;
  const headersTimeoutMs = opts.headersTimeoutMs ?? 30_000;
  const idleTimeoutMs = opts.idleTimeoutMs ?? 90_000;
  const maxWaitMs = opts.maxRetryWaitMs ?? 10_000;
  const req = (o: CallOptions | undefined, c: Call, maxRetries = retries) => ({
    signal: o?.signal,
    maxRetries,
    timeout: opts.timeoutMs,
    headers: { [CALL_HEADER]: c.id },
  });
  const call = tracedCalls(transport, opts.apiKey);
  const waiting = { headersTimeoutMs, idleTimeoutMs };
  // The SDK's request types are far richer than the JSON we build; the body is
  // sent verbatim, so one cast at this boundary is the honest contract.
  type Params = Parameters<typeof api.create>[0];
  return {
    emulated: opts.emulated ?? false,
    ...resources(ai, opts),
    create: (body, o) =>
      // A foreground create answers only when the whole run is done: no headers timeout then.
      call("create", body.model ?? body.agent, o, body.background ? waiting : { idleTimeoutMs }, (c) =>
        createOnce(
          c,
          async () => interaction(await api.create({ ...body, stream: false } as Params, req(o, c, 0))),
          retries,
          maxWaitMs,
          opts.apiKey,
        ),
      ),
    stream: (body, o) =>
      call(
        "create",
        body.model ?? body.agent,
        o,
        waiting,
        async (c) =>
          mapped(
            await createOnce(
              c,
              async () => stream(await api.create({ ...body, stream: true } as Params, req(o, c, 0))),
              retries,
              maxWaitMs,
              opts.apiKey,
            ),
            c,
            opts.apiKey,
          ),
        true,
      ),
    get: (id, o) =>
      call("get", undefined, o, waiting, async (c) => interaction(await api.get(id, { stream: false }, req(o, c)))),
    follow: (id, lastEventId, o) =>
      call(
        "follow",
        undefined,
        o,
        waiting,
        async (c) =>
          mapped(
            stream(
              await api.get(id, { stream: true, ...(lastEventId ? { last_event_id: lastEventId } : {}) }, req(o, c)),
            ),
            c,
            opts.apiKey,
          ),
        true,
      ),
    cancel: (id, o) =>
      call("cancel", undefined, o, waiting, async (c) => interaction(await api.cancel(id, null, req(o, c)))),
    delete: (id, o) => call("delete", undefined, o, waiting, async (c) => void (await api.delete(id, null, req(o, c)))),
  };
}
