import { type ChatClient, ChatError, createChatClient, type UploadedFile } from "@gemini-interactions-graphql/client";
import type { TypedDocumentString } from "../generated/graphql.ts";
import { apiKey } from "./auth.ts";
import { ApiError, describeError } from "./errors.ts";

// All of the pages' GraphQL traffic goes through the client kit (packages/client): one socket per key.
let kit: ChatClient | null = null;
let kitKey: string | null = null;

/** The kit's client for the key signed in: signing in with another key opens a new socket. */
export function client(): ChatClient {
  const key = apiKey();
  if (kit && kitKey === key) return kit;
  void kit?.close();
  kitKey = key;
  // Same origin, always: the pages talk only to the server that served them.
  kit = createChatClient({ url: location.origin, ...(key ? { apiKey: key } : {}) });
  return kit;
}

const NETWORK = new Set(["NETWORK_ERROR", "CONNECTION_CLOSED", "TRY_AGAIN_LATER"]);

/** The kit's one error type, in the page's words (a dropped connection is NETWORK: followers resume). */
export function apiError(e: unknown): ApiError {
  const err = ChatError.from(e);
  const code = NETWORK.has(err.code) ? "NETWORK" : err.code;
  return new ApiError(code, describeError(code, err.message, err.field), err.field);
}

/** A query or mutation, typed by the document codegen made from web/src/operations. */
export function request<R, V>(doc: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  return client()
    .query<R>(doc.toString(), variables ?? {})
    .catch((e: unknown) => {
      throw apiError(e);
    });
}

/** Stores a file (the kit's multipart upload, with the CSRF header the server asks for). */
export function upload(file: File): Promise<UploadedFile> {
  return client()
    .upload(file, file.name)
    .catch((e: unknown) => {
      throw apiError(e);
    });
}

export interface Subscription {
  stop(): void;
}

/**
 * A subscription over the kit's socket. `next` gets each result's data; `done`
 * is called once, with an error when the operation or the socket failed.
 */
export function subscribe<R, V extends Record<string, unknown>>(
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
  const dispose = client().socket.subscribe<R>(
    { query: doc.toString(), variables },
    {
      next: (result) => {
        if (result.errors?.length) finish(apiError(result.errors));
        else if (result.data) next(result.data);
      },
      error: (err) => finish(apiError(err)),
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
