import { GoogleGenAI } from "@google/genai";
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

async function* mapped(stream: AsyncIterable<unknown>, apiKey: string): AsyncIterable<RemoteEvent> {
  try {
    for await (const event of stream) {
      if (event && typeof event === "object") yield event as RemoteEvent;
    }
  } catch (err) {
    throw mapUpstreamError(err, apiKey);
  }
}

export function createUpstream(opts: UpstreamOptions): Upstream {
  const ai = new GoogleGenAI({
    apiKey: opts.apiKey,
    httpOptions: opts.baseUrl ? { baseUrl: opts.baseUrl } : undefined,
  });
  const api = ai.interactions;
  const req = (o?: CallOptions) => ({
    signal: o?.signal,
    maxRetries: opts.maxRetries,
    timeout: opts.timeoutMs,
  });
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw mapUpstreamError(err, opts.apiKey);
    }
  };
  // The SDK's request types are far richer than the JSON we build; the body is
  // sent verbatim, so one cast at this boundary is the honest contract.
  type Params = Parameters<typeof api.create>[0];
  return {
    emulated: opts.emulated ?? false,
    create: (body, o) =>
      call(
        async () => (await api.create({ ...body, stream: false } as Params, req(o))) as unknown as RemoteInteraction,
      ),
    stream: (body, o) =>
      call(async () =>
        mapped((await api.create({ ...body, stream: true } as Params, req(o))) as AsyncIterable<unknown>, opts.apiKey),
      ),
    get: (id, o) => call(async () => (await api.get(id, { stream: false }, req(o))) as unknown as RemoteInteraction),
    follow: (id, lastEventId, o) =>
      call(async () =>
        mapped(
          (await api.get(
            id,
            lastEventId ? { stream: true, last_event_id: lastEventId } : { stream: true },
            req(o),
          )) as AsyncIterable<unknown>,
          opts.apiKey,
        ),
      ),
    cancel: (id, o) => call(async () => (await api.cancel(id, null, req(o))) as unknown as RemoteInteraction),
    delete: (id, o) => call(async () => void (await api.delete(id, null, req(o)))),
  };
}
