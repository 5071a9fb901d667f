import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { viewerOfGrant } from "../engine/access/identity.ts";
import type { Viewer } from "../engine/access/policy.ts";
import { checkPath, type EnvironmentDeps, environmentFile } from "../engine/environments/index.ts";
import type { Files } from "../engine/files/index.ts";
import { INLINE_TYPES, matchesType, sniff } from "../engine/files/inspect.ts";
import type { UrlSigner } from "../engine/files/signing.ts";
import { readableFile, readMedia } from "../engine/files/urls.ts";
import type { UpstreamEnvironments } from "../gemini/environments.ts";
import type { Config } from "../infra/config.ts";
import type { Db } from "../infra/db.ts";
import { UnauthenticatedError } from "../infra/errors.ts";
import { corsOrigin, type OriginConfig, refuse } from "../security/origin.ts";
import { parseRange } from "./range.ts";

export interface MediaRouteDeps {
  config: Pick<Config, "ALLOW_ANONYMOUS" | "CORS_ORIGINS">;
  db: Db;
  files: Files;
  signer: UrlSigner;
  /** The request's API key checked as GraphQL checks it (throws UnauthenticatedError for a bad one). */
  viewerOf: (req: IncomingMessage) => Promise<Viewer | null>;
  /** Upstream sandboxes: /environments/:id/files/:path streams a file an agent left there. */
  environments: UpstreamEnvironments;
}

/** What one response serves: the bytes (as a range reader), their sniffed type, and a name. */
interface Served {
  size: number;
  /** What sniffing found: only this decides whether a browser may show it inline. */
  sniffed: string;
  name: string;
  etag: string;
  open(start: number, end: number): Promise<Readable | null>;
  /** Lets go of what a response that sends no body (HEAD, 304, 416) holds open upstream. */
  release?: () => void;
}

const FILE_PATH = /^\/files\/([\w-]+)$/;
const ENV_PATH = /^\/environments\/([\w-]+)\/files\/(.+)$/;
const MEDIA_PATH = /^\/media\/([\w-]+)\/(steps\/\d+|input)\/(\d+)$/;
const EXPOSED = "content-length, content-range, accept-ranges, etag, content-disposition";

/** CORS for media: only origins listed in CORS_ORIGINS, never credentials (the URL carries the grant). */
function cors(req: IncomingMessage, config: Pick<OriginConfig, "CORS_ORIGINS">): Record<string, string> {
  const origin = corsOrigin(req.headers.origin, config);
  if (!origin) return { vary: "origin" };
  return { vary: "origin", "access-control-allow-origin": origin, "access-control-expose-headers": EXPOSED };
}

/** The bytes a path names, if this viewer may read them: a stored File, or inline media of an interaction. */
async function find(
  { db, files, environments }: Pick<MediaRouteDeps, "db" | "files" | "environments">,
  viewer: Viewer | null,
  path: string,
): Promise<Served | null> {
  const [, envId, envPath] = path.match(ENV_PATH) ?? [];
  if (envId && envPath) return sandboxFile({ db, environments }, viewer, envId, envPath);
  const fileId = path.match(FILE_PATH)?.[1];
  if (fileId) {
    const row = await readableFile(db, viewer, fileId);
    if (!row) return null;
    if (row.sha256) {
      const blob = await files.storage.stat(row.sha256);
      if (!blob) return null;
      const sha = row.sha256;
      return {
        size: blob.size,
        sniffed: blob.mimeType,
        name: row.name,
        etag: `"${sha}"`,
        open: (s, e) => files.storage.range(sha, s, e),
      };
    }
    return row.data ? inMemory(Buffer.from(row.data), row.name) : null;
  }
  const [, interactionId, place, last] = path.match(MEDIA_PATH) ?? [];
  if (!interactionId || !place) return null;
  const [where = "", step] = place.split("/");
  const indexes = [...(step ? [Number(step)] : []), Number(last)];
  const item = await readMedia({ db }, viewer, interactionId, where, indexes);
  return item ? inMemory(item.data, "media") : null;
}

/**
 * GET/HEAD /files/:id and /media/...: stored bytes for a signed URL (what a
 * browser's <img>, <audio>, <video> or <a download> sends) or an API key
 * header (API clients). Answers false for other paths.
 */
export function createMediaRoutes({ config, db, files, signer, viewerOf: keyViewer, environments }: MediaRouteDeps) {
  /** The signature's grant checked against today's access, or the request's API key; `false`: a bad or expired signature. */
  async function viewerOf(req: IncomingMessage, path: string, query: URLSearchParams) {
    if (query.has("sig")) {
      const grant = signer.verify(path, query);
      if (!grant) return { viewer: false as const };
      return { viewer: await viewerOfGrant(db, grant, config.ALLOW_ANONYMOUS), exp: grant.exp };
    }
    try {
      return { viewer: await keyViewer(req) };
    } catch (err) {
      if (err instanceof UnauthenticatedError) return { viewer: "unauthenticated" as const };
      throw err;
    }
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (!FILE_PATH.test(path) && !MEDIA_PATH.test(path) && !ENV_PATH.test(path)) return false;
    const corsHeaders = cors(req, config);
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...corsHeaders,
        "access-control-allow-methods": "GET, HEAD",
        "access-control-allow-headers": "authorization, range",
        "access-control-max-age": "600",
      });
      res.end();
      return true;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      refuse(res, "METHOD_NOT_ALLOWED", "Only GET and HEAD", { headers: { ...corsHeaders, allow: "GET, HEAD" } });
      return true;
    }
    const { viewer, exp } = await viewerOf(req, path, url.searchParams);
    if (viewer === false) {
      refuse(res, "MEDIA_URL_INVALID", "The link is invalid or has expired: read the field again for a fresh one", {
        headers: corsHeaders,
      });
      return true;
    }
    // A bad key answers 401 here as on /graphql.
    if (viewer === "unauthenticated") {
      refuse(res, "UNAUTHENTICATED", "The API key is not valid", { headers: corsHeaders });
      return true;
    }
    const served = await find({ db, files, environments }, viewer, path);
    if (!served) {
      // Foreign, missing and no-longer-authorised look alike.
      refuse(res, "NOT_FOUND", "Not found", { status: 404, headers: corsHeaders });
      return true;
    }
    await send(req, res, served, { ...corsHeaders, ...cacheHeaders(exp) });
    return true;
  };
}

/** A file an agent left in its sandbox, fetched from upstream for a viewer who may see that sandbox. */
async function sandboxFile(
  deps: EnvironmentDeps,
  viewer: Viewer | null,
  id: string,
  encoded: string,
): Promise<Served | null> {
  let path: string;
  try {
    path = checkPath(encoded.split("/").map(decodeURIComponent).join("/"));
  } catch {
    return null;
  }
  const res = await environmentFile(deps, viewer, id, path);
  if (!res) return null;
  const name = path.split("/").at(-1) ?? "file";
  const size = Number(res.headers.get("content-length") ?? Number.NaN);
  // Without a length a range cannot be answered: such a file is read whole.
  if (!res.body || !Number.isSafeInteger(size)) return inMemory(Buffer.from(await res.arrayBuffer()), name);
  return streamed(res.body, size, name, `${id}/${path}`);
}

/** Bytes read before a streamed file is served: enough for the sniffer to recognise any type it knows. */
const SNIFF_BYTES = 4_100;

/**
 * A file served as upstream streams it (a sandbox may hold files of many MB): only its first bytes are
 * read ahead, for sniffing; the rest flows from upstream to the client, a range by skipping to its start.
 */
async function streamed(body: ReadableStream<Uint8Array>, size: number, name: string, key: string): Promise<Served> {
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let read = 0;
  while (read < Math.min(SNIFF_BYTES, size)) {
    const { done, value } = await reader.read();
    if (done) break;
    head.push(value);
    read += value.byteLength;
  }
  const first = Buffer.concat(head);
  const digest = createHash("sha256").update(key).update(String(size)).update(first).digest("hex");
  async function* bytes(start: number, end: number) {
    let at = 0;
    try {
      for (let chunk: Uint8Array | undefined = first; chunk; ) {
        const from = Math.max(0, start - at);
        const to = Math.min(chunk.byteLength, end + 1 - at);
        if (to > from) yield chunk.subarray(from, to);
        at += chunk.byteLength;
        if (at > end) return;
        const next = await reader.read();
        chunk = next.done ? undefined : next.value;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }
  return {
    size,
    sniffed: await sniff(first),
    name,
    // Upstream gives no etag: the path, size and first bytes stand in for the content.
    etag: `W/"${digest}"`,
    open: async (start, end) => Readable.from(bytes(start, end)),
    release: () => void reader.cancel().catch(() => undefined),
  };
}

/** Bytes kept on a row from before blobs existed: sniffed here, as blobs are when stored. */
async function inMemory(data: Buffer, name: string): Promise<Served> {
  return {
    size: data.byteLength,
    sniffed: await sniff(data),
    name,
    etag: `"${createHash("sha256").update(data).digest("hex")}"`,
    open: async (s, e) => Readable.from([data.subarray(s, e + 1)]),
  };
}

/** A signed URL may be cached privately until it expires; a header-authorised read is revalidated. */
function cacheHeaders(exp: number | undefined): Record<string, string> {
  if (!exp) return { "cache-control": "private, no-cache" };
  const left = Math.max(0, exp - Math.floor(Date.now() / 1000));
  return { "cache-control": `private, max-age=${left}` };
}

/**
 * The safe-serving rule: only images, audio, video and PDF whose type sniffing
 * confirmed are shown inline, under their sniffed type; everything else is a
 * download of application/octet-stream. A CSP sandbox and nosniff keep even a
 * mislabelled file from running as a page.
 */
async function send(req: IncomingMessage, res: ServerResponse, served: Served, extra: Record<string, string>) {
  const { sniffed } = served;
  const inline = sniffed !== "application/octet-stream" && matchesType(sniffed, INLINE_TYPES);
  const filename = encodeURIComponent(served.name);
  const headers: Record<string, string | number> = {
    ...extra,
    "content-type": inline ? sniffed : "application/octet-stream",
    "content-disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${filename}`,
    "content-security-policy": "default-src 'none'; sandbox",
    "x-content-type-options": "nosniff",
    "accept-ranges": "bytes",
    etag: served.etag,
  };
  if (req.headers["if-none-match"] === served.etag) {
    served.release?.();
    res.writeHead(304, headers).end();
    return;
  }
  const range = parseRange(req.headers.range, served.size);
  if (range === "unsatisfiable") {
    served.release?.();
    const outside = `bytes */${served.size}`;
    refuse(res, "RANGE_NOT_SATISFIABLE", `The range is outside the ${served.size} bytes`, {
      headers: { ...extra, "content-range": outside },
    });
    return;
  }
  const [start, end] = range ?? [0, served.size - 1];
  const length = served.size === 0 ? 0 : end - start + 1;
  res.writeHead(range ? 206 : 200, {
    ...headers,
    "content-length": length,
    ...(range ? { "content-range": `bytes ${start}-${end}/${served.size}` } : {}),
  });
  if (req.method === "HEAD" || length === 0) {
    served.release?.();
    res.end();
    return;
  }
  const body = await served.open(start, end);
  if (!body) {
    res.destroy();
    return;
  }
  await pipeline(body, res);
}
