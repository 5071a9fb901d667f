import { type Client, createClient } from "graphql-ws";
import type { TypedDocumentString } from "../generated/graphql.ts";
import { apiKey, authHeaders } from "./auth.ts";
import { ApiError, type GqlError, toApiError } from "./errors.ts";

/** Same origin, always: the pages talk only to the server that served them. */
const httpUrl = "/graphql";
const wsUrl = () => `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;

async function post<R>(body: BodyInit, headers: Record<string, string>): Promise<R> {
  const res = await fetch(httpUrl, { method: "POST", headers: { ...authHeaders(), ...headers }, body });
  let payload: { data?: R | null; errors?: GqlError[] };
  try {
    payload = await res.json();
  } catch {
    throw new ApiError("HTTP", `The server answered ${res.status} ${res.statusText}`);
  }
  if (payload.errors?.length) throw toApiError(payload.errors);
  if (!payload.data) throw new ApiError("HTTP", `The server answered ${res.status} without data`);
  return payload.data;
}

/** A query or mutation over HTTP, typed by the document codegen made from web/src/operations. */
export function request<R, V>(doc: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  return post<R>(JSON.stringify({ query: doc.toString(), variables }), { "content-type": "application/json" });
}

/** A mutation with one file, as a GraphQL multipart request (the `file` variable). */
export function upload<R, V extends { file: File }>(doc: TypedDocumentString<R, V>, file: File): Promise<R> {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: doc.toString(), variables: { file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", file, file.name);
  return post<R>(form, {});
}

let ws: Client | null = null;
let wsKey: string | null = null;

/** One socket per key: signing in with another key opens a new one. */
function socket(): Client {
  const key = apiKey();
  if (ws && wsKey === key) return ws;
  void ws?.dispose();
  wsKey = key;
  ws = createClient({
    url: wsUrl(),
    lazy: true,
    retryAttempts: 5,
    connectionParams: () => (key ? { authorization: `Bearer ${key}` } : {}),
  });
  return ws;
}

export interface Subscription {
  stop(): void;
}

/**
 * A subscription over graphql-ws. `next` gets each result's data; `done`
 * is called once, with an error when the operation or the socket failed.
 */
export function subscribe<R, V>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  next: (data: R) => void,
  done: (err?: ApiError | Error) => void,
): Subscription {
  let finished = false;
  const finish = (err?: ApiError | Error) => {
    if (finished) return;
    finished = true;
    done(err);
  };
  const dispose = socket().subscribe<R>(
    { query: doc.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.errors?.length) finish(toApiError(result.errors as GqlError[]));
        else if (result.data) next(result.data);
      },
      error: (err) => {
        if (Array.isArray(err)) finish(toApiError(err as GqlError[]));
        else if (err instanceof Error) finish(err);
        else finish(new ApiError("NETWORK", "The connection to the server closed."));
      },
      complete: () => finish(),
    },
  );
  return {
    stop: () => {
      finished = true;
      dispose();
    },
  };
}
