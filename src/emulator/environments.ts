import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpError, notFound, sendJson } from "./http.ts";
import type { JsonObject } from "./wire.ts";

/** One file an agent left in its sandbox. */
export interface SandboxFile {
  bytes: Buffer;
  mimeType: string;
  modified: string;
}

interface Sandbox {
  id: string;
  created: string;
  lastAccessed: string;
  files: Map<string, SandboxFile>;
}

/**
 * Upstream's remote environments: the sandboxes antigravity runs in. A run
 * writes files here; a later run with `environment: id` sees them; the
 * `environments` REST resource lists, reads and deletes them.
 */
export class Sandboxes {
  private readonly all = new Map<string, Sandbox>();

  has(id: string): boolean {
    return this.all.has(id);
  }

  add(id: string): void {
    const now = new Date().toISOString();
    this.all.set(id, { id, created: now, lastAccessed: now, files: new Map() });
  }

  /** The files of a sandbox (undefined when unknown); touching it marks it accessed. */
  files(id: string): Map<string, SandboxFile> | undefined {
    const box = this.all.get(id);
    if (box) box.lastAccessed = new Date().toISOString();
    return box?.files;
  }

  view(id: string): JsonObject | undefined {
    const box = this.all.get(id);
    if (!box) return undefined;
    let size = 0;
    for (const f of box.files.values()) size += f.bytes.length;
    return {
      id: box.id,
      name: `environments/${box.id}`,
      status: "active",
      network: "disabled",
      sources: [],
      file_count: box.files.size,
      size_bytes: String(size),
      create_time: box.created,
      last_accessed: box.lastAccessed,
    };
  }

  list(): JsonObject[] {
    return [...this.all.keys()].flatMap((id) => {
      const v = this.view(id);
      return v ? [v] : [];
    });
  }

  delete(id: string): boolean {
    return this.all.delete(id);
  }
}

const ROUTE = /^(?:\/.*)?\/v1[a-z0-9]*\/environments(?:\/([^/]+))?(?:\/files(?:\/(.*))?)?$/;

export const isEnvironmentPath = (path: string) => ROUTE.test(path);

function fileEntry(path: string, f: SandboxFile): JsonObject {
  return {
    path,
    name: path.split("/").at(-1) ?? path,
    type: "file",
    mime_type: f.mimeType,
    size_bytes: String(f.bytes.length),
    modified: f.modified,
  };
}

type Answer = { json: JsonObject } | { file: SandboxFile };

/** GET/DELETE environments[/id], GET environments/id/files/path (`alt=media`: the bytes; else a listing). */
function answer(boxes: Sandboxes, method: string, url: URL): Answer {
  const m = url.pathname.match(ROUTE);
  const id = m?.[1] ? decodeURIComponent(m[1]) : undefined;
  const noRoute = () => notFound(`No route for ${method} ${url.pathname}`);
  if (!id) {
    if (method !== "GET") throw noRoute();
    return { json: { environments: boxes.list() } };
  }
  const files = boxes.files(id);
  if (!files) throw notFound(`Environment ${id} was not found.`);
  if (!url.pathname.includes(`/${m?.[1]}/files`)) {
    if (method === "DELETE") {
      boxes.delete(id);
      return { json: {} };
    }
    if (method === "GET") return { json: boxes.view(id) ?? {} };
    throw noRoute();
  }
  if (method !== "GET") throw noRoute();
  const path = decodeURIComponent(m?.[2] ?? "").replace(/^\/+|\/+$/g, "");
  const file = files.get(path);
  if (url.searchParams.get("alt") === "media") {
    if (!file) throw notFound(`File ${path} was not found in environment ${id}.`);
    return { file };
  }
  if (file) return { json: { files: [fileEntry(path, file)] } };
  const prefix = path ? `${path}/` : "";
  const listed = [...files].filter(([p]) => p.startsWith(prefix)).map(([p, f]) => fileEntry(p, f));
  if (path && listed.length === 0) throw notFound(`Path ${path} was not found in environment ${id}.`);
  return { json: { files: listed } };
}

export function serveEnvironments(boxes: Sandboxes, req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (!req.headers["x-goog-api-key"] && !url.searchParams.get("key"))
    throw new HttpError(401, "API key not valid. Please pass a valid API key.", "UNAUTHENTICATED");
  const out = answer(boxes, req.method ?? "GET", url);
  if ("json" in out) {
    sendJson(res, 200, out.json);
    return;
  }
  res.writeHead(200, { "content-type": out.file.mimeType, "content-length": String(out.file.bytes.length) });
  res.end(out.file.bytes);
}
