import { UpstreamError } from "../infra/errors.ts";
import { isObj, type JsonObject } from "./types.ts";

/** An upstream sandbox, as this server reads it. */
export interface RemoteEnvironment {
  id: string;
  status: string;
  sourceCount: number;
  fileCount: number;
  sizeBytes: number;
  lastAccessedAt: string | null;
}

export interface RemoteEnvironmentFile {
  path: string;
  sizeBytes: number;
  mimeType: string | null;
}

/** Upstream's `environments` resource: the sandboxes managed agents work in, and their files. */
export interface UpstreamEnvironments {
  /** Null when upstream does not know it (deleted, expired, never existed). */
  get(id: string): Promise<RemoteEnvironment | null>;
  /** Every file, recursively, under `path` (the root when empty); null when the environment is unknown. */
  files(id: string, path: string): Promise<RemoteEnvironmentFile[] | null>;
  /** The file's bytes as upstream streams them; null when it is not there. */
  download(id: string, path: string): Promise<Response | null>;
  delete(id: string): Promise<void>;
}

const num = (v: unknown) => (typeof v === "number" ? v : typeof v === "string" ? Number(v) || 0 : 0);

function environment(id: string, v: JsonObject): RemoteEnvironment {
  const sources = Array.isArray(v.sources) ? v.sources.length : 0;
  return {
    id: typeof v.id === "string" ? v.id : id,
    status: typeof v.status === "string" ? v.status : "active",
    sourceCount: sources,
    fileCount: num(v.file_count),
    sizeBytes: num(v.size_bytes),
    lastAccessedAt: typeof v.last_accessed === "string" ? v.last_accessed : null,
  };
}

function file(v: JsonObject): RemoteEnvironmentFile | null {
  if (typeof v.path !== "string" || v.type === "directory") return null;
  return { path: v.path, sizeBytes: num(v.size_bytes), mimeType: typeof v.mime_type === "string" ? v.mime_type : null };
}

/**
 * Plain REST calls (the SDK's environments client warns on every process
 * start that it is experimental, and its download buffers the whole file;
 * this one streams). Paths are as the SDK sends them (2.32, `v1beta`).
 */
export function createEnvironments(opts: { apiKey: string; baseUrl?: string }): UpstreamEnvironments {
  const base = `${(opts.baseUrl ?? "https://generativelanguage.googleapis.com").replace(/\/+$/, "")}/v1beta/environments`;
  const at = (id: string, rest = "") => `${base}/${encodeURIComponent(id)}${rest}`;
  const send = async (url: string, method = "GET"): Promise<Response | null> => {
    const res = await fetch(url, { method, headers: { "x-goog-api-key": opts.apiKey } });
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new UpstreamError("UPSTREAM_ERROR", `Upstream answered ${res.status} for an environment`, {
        status: res.status,
        retryable: res.status >= 500 || res.status === 429,
      });
    }
    return res;
  };
  const json = async (url: string): Promise<JsonObject | null> => {
    const res = await send(url);
    const body: unknown = res ? await res.json() : null;
    return isObj(body) ? body : null;
  };
  const filePath = (path: string) => path.split("/").map(encodeURIComponent).join("/");
  return {
    get: async (id) => {
      const v = await json(at(id));
      return v ? environment(id, v) : null;
    },
    files: async (id, path) => {
      const v = await json(`${at(id, `/files/${filePath(path)}`)}?recursive=true`);
      if (!v) return null;
      return (Array.isArray(v.files) ? v.files : []).flatMap((f) => {
        const one = isObj(f) ? file(f) : null;
        return one ? [one] : [];
      });
    },
    download: (id, path) => send(`${at(id, `/files/${filePath(path)}`)}?alt=media`),
    delete: async (id) => {
      await send(at(id), "DELETE");
    },
  };
}
