import type { IncomingMessage, ServerResponse } from "node:http";
import type { Json, JsonObject } from "./wire.ts";

/** An error upstream answers with a status and a Google-style JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly statusText: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const bad = (message: string) => new HttpError(400, message, "INVALID_ARGUMENT");
export const notFound = (message: string) => new HttpError(404, message, "NOT_FOUND");

const STATUS_TEXT: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  408: "DEADLINE_EXCEEDED",
  409: "ABORTED",
  422: "INVALID_ARGUMENT",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};
export const statusText = (status: number) => STATUS_TEXT[status] ?? (status >= 500 ? "INTERNAL" : "UNKNOWN");

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, err: HttpError) {
  sendJson(res, err.status, { error: { code: err.status, message: err.message, status: err.statusText } }, err.headers);
}

/** The request body parsed as JSON (undefined when empty); 400 when it is not JSON. */
export async function readJson(req: IncomingMessage): Promise<Json | undefined> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(String(c)));
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    throw bad("Invalid JSON payload received.");
  }
}

export async function readBody(req: IncomingMessage): Promise<JsonObject> {
  const parsed = await readJson(req);
  if (parsed === undefined) return {};
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
    throw bad("Invalid JSON payload received: the request body must be a JSON object.");
  return parsed;
}

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    // The listener goes when the sleep ends: a run sleeps once per delta on the same signal.
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
