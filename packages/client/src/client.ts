import { type Client, createClient } from "graphql-ws";
import { ChatError } from "./errors.ts";
import { UPLOAD } from "./operations.ts";
import { type ChatTurn, type SavedTurn, startTurn } from "./turn.ts";
import type { Document, FunctionResult, MessageInput, SendInput, UploadedFile } from "./types.ts";

export interface ChatClientOptions {
  /** The server: `http(s)://host[:port]` or its `/graphql` endpoint (ws(s):// works too). */
  url: string;
  /** An API key; absent or empty for a server that serves a keyless local user. */
  apiKey?: string;
  /** A WebSocket class where there is no global one (Node 20: the `ws` package; the Node entry sets it). */
  webSocketImpl?: unknown;
  /** How long to wait before reconnect number `retries` (graphql-ws's randomised backoff by default). */
  retryWait?: (retries: number) => Promise<void>;
}

export interface ChatClient {
  /** Sends a message and streams the turn. */
  chat(input: SendInput): ChatTurn;
  /** A new answer to the message of interaction `interactionId` (a sibling version). */
  regenerate(interactionId: string, opts?: { clientMessageId?: string }): ChatTurn;
  /** A changed message in place of interaction `interactionId`'s (a sibling version), answered anew. */
  edit(interactionId: string, message: MessageInput, opts?: { clientMessageId?: string }): ChatTurn;
  /** Answers the client function calls a turn ended with (reason REQUIRES_ACTION), and streams on. */
  submitFunctionResults(
    interactionId: string,
    results: FunctionResult[],
    opts?: { clientMessageId?: string },
  ): ChatTurn;
  /** Picks up a turn after a reload or a dropped stream: the same send, after the last cursor shown. */
  resume(saved: SavedTurn): ChatTurn;
  query<R, V extends Record<string, unknown> = Record<string, unknown>>(doc: Document<R, V>, variables?: V): Promise<R>;
  mutate<R, V extends Record<string, unknown> = Record<string, unknown>>(
    doc: Document<R, V>,
    variables?: V,
  ): Promise<R>;
  /** Stores a file for `parts: [{ fileId }]` (a multipart POST; the type is sniffed by the server). */
  upload(file: Blob, name?: string): Promise<UploadedFile>;
  /** The graphql-ws client underneath (events such as "connected", "closed"). */
  readonly socket: Client;
  close(): Promise<void>;
}

/** One socket for everything; it reconnects on its own and a running turn continues where it was. */
export function createChatClient(opts: ChatClientOptions): ChatClient {
  const { ws: wsUrl, http: httpUrl } = endpoints(opts.url);
  const auth: Record<string, string> = opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {};
  const socket = createClient({
    url: wsUrl,
    webSocketImpl: opts.webSocketImpl,
    connectionParams: auth,
    retryAttempts: 20,
    ...(opts.retryWait ? { retryWait: opts.retryWait } : {}),
    // 4xxx closes are the server's answer (bad or revoked key, bad request): retrying cannot help.
    shouldRetry: (e) => !(isClose(e) && e.code >= 4000 && e.code < 5000),
  });
  const send = (variables: Record<string, unknown>, clientMessageId: string) =>
    startTurn(socket, { clientMessageId, variables, cursor: "" });
  const request = <R>(doc: Document<R, never> | string, variables?: Record<string, unknown>) =>
    requestOver<R>(socket, String(doc), variables);
  return {
    socket,
    chat(input) {
      const clientMessageId = input.clientMessageId ?? newId();
      return send({ input: { ...input, clientMessageId } }, clientMessageId);
    },
    regenerate(interactionId, o = {}) {
      const clientMessageId = o.clientMessageId ?? newId();
      return send({ regenerate: { interactionId, clientMessageId } }, clientMessageId);
    },
    edit(interactionId, input, o = {}) {
      const clientMessageId = o.clientMessageId ?? newId();
      return send({ edit: { interactionId, input, clientMessageId } }, clientMessageId);
    },
    submitFunctionResults(interactionId, results, o = {}) {
      const clientMessageId = o.clientMessageId ?? newId();
      return send({ functionResults: { interactionId, results, clientMessageId } }, clientMessageId);
    },
    resume: (saved) => startTurn(socket, saved),
    query: (doc, variables) => request(doc, variables),
    mutate: (doc, variables) => request(doc, variables),
    upload: (file, name) => uploadFile(httpUrl, auth, file, name),
    close: async () => {
      await socket.dispose();
    },
  };
}

/** The WebSocket and HTTP URLs of the GraphQL endpoint, from either form. */
function endpoints(url: string): { ws: string; http: string } {
  const u = new URL(url);
  if (u.pathname === "/" || u.pathname === "") u.pathname = "/graphql";
  const ws = new URL(u);
  ws.protocol = u.protocol.replace(/^http/, "ws");
  const http = new URL(u);
  http.protocol = u.protocol.replace(/^ws/, "http");
  return { ws: ws.href, http: http.href };
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

function isClose(v: unknown): v is { code: number } {
  return typeof v === "object" && v !== null && "code" in v && typeof v.code === "number";
}

/** A query or mutation over the socket: its data, or a ChatError. */
function requestOver<R>(socket: Client, query: string, variables?: Record<string, unknown>): Promise<R> {
  return new Promise((resolve, reject) => {
    socket.subscribe<R>(
      { query, variables: variables ?? {} },
      {
        next: ({ data, errors }) => (errors?.length ? reject(ChatError.from(errors)) : resolve(data as R)),
        error: (e) => reject(ChatError.from(e)),
        complete: () => undefined,
      },
    );
  });
}

/** The GraphQL multipart request, with the header the server's CSRF rule asks of a multipart body. */
async function uploadFile(url: string, auth: Record<string, string>, file: Blob, name?: string) {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: UPLOAD, variables: { file: null } }));
  form.append("map", JSON.stringify({ 0: ["variables.file"] }));
  form.append("0", file, name ?? (file instanceof File ? file.name : "upload"));
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", body: form, headers: { ...auth, "x-graphql-yoga-csrf": "1" } });
  } catch (e) {
    throw new ChatError("NETWORK_ERROR", e instanceof Error ? e.message : "The upload failed");
  }
  const body: unknown = await res.json().catch(() => null);
  const errors = typeof body === "object" && body !== null && "errors" in body ? body.errors : null;
  if (Array.isArray(errors) && errors.length) throw ChatError.from(errors);
  const data = typeof body === "object" && body !== null && "data" in body ? body.data : null;
  if (!res.ok || typeof data !== "object" || data === null || !("uploadFile" in data)) {
    throw new ChatError(res.status === 401 ? "UNAUTHENTICATED" : "UPLOAD_FAILED", `The upload failed (${res.status})`);
  }
  return data.uploadFile as UploadedFile;
}
