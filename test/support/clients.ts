import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { EventSourceParserStream } from "eventsource-parser/stream";
import { parse, print } from "graphql";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

export interface Collected<R> {
  results: R[];
  errors: unknown[];
  /** When the first result arrived (Date.now()), to tell a live follower from a late reader. */
  firstAt?: number;
}

/** A real graphql-ws client on a real port. */
export function wsClient(baseUrl: string, connectionParams?: Record<string, unknown>): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
  });
}

/**
 * Subscribes and collects `data` until the server completes the operation,
 * or until `stopAfter` results (then it unsubscribes, like a client that goes
 * away). Given a base URL, it opens its own client and closes it at the end.
 * Pass `into` to watch results arrive while the subscription runs (e.g. to
 * `waitFor` the first one before acting).
 */
export function collectWs<R, V>(
  target: Client | string,
  doc: TypedDocumentNode<R, V>,
  variables: V,
  opts: number | { stopAfter?: number; into?: Collected<R> } = {},
): Promise<Collected<R>> {
  const { stopAfter, into } = typeof opts === "number" ? { stopAfter: opts, into: undefined } : opts;
  const client = typeof target === "string" ? wsClient(target) : target;
  const out: Collected<R> = into ?? { results: [], errors: [] };
  let stopped = false;
  const collected = new Promise<Collected<R>>((resolve) => {
    const finish = () => {
      stopped = true;
      resolve(out);
    };
    const dispose = client.subscribe<R>(
      { query: print(doc), variables: variables as Record<string, unknown> },
      {
        next: (v) => {
          if (stopped) return;
          if (v.errors) out.errors.push(...v.errors);
          if (v.data) {
            out.firstAt ??= Date.now();
            out.results.push(v.data as R);
          }
          if (stopAfter !== undefined && out.results.length >= stopAfter) {
            dispose();
            finish();
          }
        },
        error: (e) => {
          out.errors.push(e);
          finish();
        },
        complete: finish,
      },
    );
  });
  return typeof target === "string" ? collected.finally(() => client.dispose()) : collected;
}

/**
 * A real SSE read: POST with `accept: text/event-stream`, parsed by
 * eventsource-parser as the GraphQL-over-SSE "distinct connections" mode.
 */
export async function collectSse<R, V>(
  baseUrl: string,
  doc: TypedDocumentNode<R, V>,
  variables: V,
  opts: {
    stopAfter?: number;
    headers?: Record<string, string>;
    /** Collects here, so a test can watch results arrive while the stream runs. */
    into?: Collected<R>;
    /** Called once the response's headers are in (the stream is open). */
    opened?: () => void;
  } = {},
): Promise<Collected<R>> {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...opts.headers },
    body: JSON.stringify({ query: print(doc), variables }),
    signal: controller.signal,
  });
  if (!res.ok || !res.body) throw new Error(`SSE request failed: ${res.status}`);
  opts.opened?.();
  const out: Collected<R> = opts.into ?? { results: [], errors: [] };
  const events = res.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  try {
    for await (const message of events as unknown as AsyncIterable<{ event?: string; data: string }>) {
      if (message.event === "complete") return out;
      if (!message.data) continue;
      const payload = JSON.parse(message.data) as { data?: R; errors?: unknown[] };
      if (payload.errors) out.errors.push(...payload.errors);
      if (payload.data) {
        out.firstAt ??= Date.now();
        out.results.push(payload.data);
      }
      if (opts.stopAfter !== undefined && out.results.length >= opts.stopAfter) return out;
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  } finally {
    controller.abort();
  }
  return out;
}

/** A typed operation over plain HTTP against a server (e.g. a child process); fails on any error. */
export async function gqlAt<R, V>(url: string, doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** `gqlAt` for an operation written inline as text; `T` is what its `data` holds. */
export const gqlText = <T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> =>
  gqlAt(url, parse(query) as TypedDocumentNode<T, Record<string, unknown>>, variables);

/** A raw GraphQL POST, for tests that look at the response itself (status, headers, errors). */
export const postGql = (
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Response> =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
