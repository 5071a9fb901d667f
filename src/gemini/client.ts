import { GoogleGenAI } from "@google/genai";
import { AppError } from "../infra/errors.ts";
import { codeLabel, upstreamErrors, upstreamRequests, upstreamRetries } from "../infra/metrics.ts";
import { withSpan } from "../infra/tracing.ts";
import { mapUpstreamError } from "./errors.ts";
import type { CreateBody, RemoteEvent, RemoteInteraction } from "./types.ts";

export interface CallOptions {
  signal?: AbortSignal;
}

/** Everything the server asks of the Interactions API. Only this folder imports the SDK. */
export interface Upstream {
  /** `true` when talking to the built-in emulator rather than Google. */
  readonly emulated: boolean;
  create(body: CreateBody, opts?: CallOptions): Promise<RemoteInteraction>;
  /** Opens a streaming create; rejects (after the SDK's retries) when upstream refuses it. */
  stream(body: CreateBody, opts?: CallOptions): Promise<AsyncIterable<RemoteEvent>>;
  get(id: string, opts?: CallOptions): Promise<RemoteInteraction>;
  /** Replays an interaction's events after `lastEventId` (from the start when absent), then tails it. */
  follow(id: string, lastEventId: string | undefined, opts?: CallOptions): Promise<AsyncIterable<RemoteEvent>>;
  cancel(id: string, opts?: CallOptions): Promise<RemoteInteraction>;
  delete(id: string, opts?: CallOptions): Promise<void>;
}

export interface UpstreamOptions {
  apiKey: string;
  baseUrl?: string;
  emulated?: boolean;
  /** SDK-level retries for 408/409/429/5xx and connection errors (SDK default 4). */
  maxRetries?: number;
  timeoutMs?: number;
}

const codeOf = (err: unknown) => {
  if (err instanceof AppError) return err.code;
  const name = (err as { name?: unknown } | null)?.name;
  return name === "AbortError" || name === "APIUserAbortError" ? "ABORTED" : codeLabel(undefined);
};

async function* mapped(stream: AsyncIterable<unknown>, apiKey: string): AsyncIterable<RemoteEvent> {
  try {
    for await (const event of stream) {
      if (event && typeof event === "object") yield event as RemoteEvent;
    }
  } catch (err) {
    const e = mapUpstreamError(err, apiKey);
    upstreamErrors.inc({ op: "stream", code: codeOf(e) });
    throw e;
  }
}

/**
 * The SDK retries 408/409/429/5xx and connection errors by itself. To count
 * those retries, each call carries a private header with a call number; the
 * fetch below counts attempts per call number and strips the header before
 * anything leaves the process.
 */
const CALL_HEADER = "x-gig-call";
let calls = 0;
const attempts = new Map<string, number>();
const countingFetch: typeof fetch = (input, init) => {
  const request = input instanceof Request ? input : undefined;
  const headers = new Headers(init?.headers ?? request?.headers);
  const call = headers.get(CALL_HEADER);
  if (!call) return fetch(input, init);
  const n = (attempts.get(call) ?? 0) + 1;
  attempts.set(call, n);
  if (n > 1) upstreamRetries.inc({ kind: "http" });
  headers.delete(CALL_HEADER);
  return request && !init ? fetch(new Request(request, { headers })) : fetch(input, { ...init, headers });
};

export function createUpstream(opts: UpstreamOptions): Upstream {
  const ai = new GoogleGenAI({
    apiKey: opts.apiKey,
    httpOptions: { ...(opts.baseUrl ? { baseUrl: opts.baseUrl } : {}), fetch: countingFetch },
  });
  const api = ai.interactions;
  const req = (o: CallOptions | undefined, callId: string) => ({
    signal: o?.signal,
    maxRetries: opts.maxRetries,
    timeout: opts.timeoutMs,
    headers: { [CALL_HEADER]: callId },
  });
  /** One upstream call: a span (model and interaction id, never the body), counts by outcome, typed errors. */
  const call = <T>(op: string, model: string | undefined, fn: (callId: string) => Promise<T>): Promise<T> => {
    const callId = String(++calls);
    const attributes = { "gen_ai.system": "gemini", "gen_ai.operation.name": op, "gen_ai.request.model": model ?? "" };
    return withSpan(`upstream.${op}`, { attributes }, async (span) => {
      try {
        const result = await fn(callId);
        const id = (result as { id?: unknown } | null)?.id;
        if (typeof id === "string") span.setAttribute("gen_ai.response.id", id);
        upstreamRequests.inc({ op, outcome: "ok" });
        return result;
      } catch (err) {
        const e = mapUpstreamError(err, opts.apiKey);
        const code = codeOf(e);
        upstreamRequests.inc({ op, outcome: code });
        upstreamErrors.inc({ op, code });
        throw e;
      } finally {
        attempts.delete(callId);
      }
    });
  };
  // The SDK's request types are far richer than the JSON we build; the body is
  // sent verbatim, so one cast at this boundary is the honest contract.
  type Params = Parameters<typeof api.create>[0];
  return {
    emulated: opts.emulated ?? false,
    create: (body, o) =>
      call(
        "create",
        body.model ?? body.agent,
        async (c) =>
          (await api.create({ ...body, stream: false } as Params, req(o, c))) as unknown as RemoteInteraction,
      ),
    stream: (body, o) =>
      call("create", body.model ?? body.agent, async (c) =>
        mapped(
          (await api.create({ ...body, stream: true } as Params, req(o, c))) as AsyncIterable<unknown>,
          opts.apiKey,
        ),
      ),
    get: (id, o) =>
      call(
        "get",
        undefined,
        async (c) => (await api.get(id, { stream: false }, req(o, c))) as unknown as RemoteInteraction,
      ),
    follow: (id, lastEventId, o) =>
      call("follow", undefined, async (c) =>
        mapped(
          (await api.get(
            id,
            lastEventId ? { stream: true, last_event_id: lastEventId } : { stream: true },
            req(o, c),
          )) as AsyncIterable<unknown>,
          opts.apiKey,
        ),
      ),
    cancel: (id, o) =>
      call("cancel", undefined, async (c) => (await api.cancel(id, null, req(o, c))) as unknown as RemoteInteraction),
    delete: (id, o) => call("delete", undefined, async (c) => void (await api.delete(id, null, req(o, c)))),
  };
}
