import type { JsonObject } from "../../gemini/types.ts";
import type { File as FileRow } from "../../generated/prisma/client.ts";
import type { Config } from "../../infra/config.ts";
import type { Db } from "../../infra/db.ts";
import { AppError, UnauthenticatedError } from "../../infra/errors.ts";
import { assertCan, type Viewer } from "../access/policy.ts";
import { fetchLimited } from "./fetch.ts";
import type { Files } from "./index.ts";
import { kindOf } from "./inspect.ts";

/** What turning a media part into a stored reference needs (a request's context has it all). */
export interface PartDeps {
  viewer: Viewer | null;
  db: Db;
  config: Pick<
    Config,
    "FILE_MAX_BYTES" | "URL_FETCH_TIMEOUT_MS" | "URL_FETCH_ALLOW_PRIVATE" | "UPSTREAM_REFERENCES_ALLOWED"
  >;
  engine: { files?: Files };
}

export const filesOf = (deps: Pick<PartDeps, "engine">): Files => {
  if (!deps.engine.files) throw new Error("file storage is not configured");
  return deps.engine.files;
};

/**
 * Resources of the upstream project (Cloud Storage objects, Files API files):
 * upstream reads them with the server's key, so they are any user's to name
 * only when UPSTREAM_REFERENCES_ALLOWED says so (this server never creates one for a user).
 */
const upstreamResource = (uri: string) =>
  /^gs:\/\//.test(uri) || /^https:\/\/generativelanguage\.googleapis\.com\/.*files\//.test(uri);

/**
 * URIs upstream reads itself (its own file store, Cloud Storage, YouTube) go
 * as they are; any other http(s) URL is fetched here, within limits, checked
 * like an upload and sent as bytes, because upstream does not fetch arbitrary
 * web URLs for content.
 */
export const passesThrough = (uri: string) =>
  upstreamResource(uri) || /^https:\/\/(www\.)?(youtube\.com|youtu\.be)\//.test(uri);

/** Refuses a reference to an upstream resource of the server's project unless the setting allows them. */
export function checkUpstreamReference(deps: Pick<PartDeps, "config">, what: string, field: string): void {
  if (deps.config.UPSTREAM_REFERENCES_ALLOWED) return;
  throw new AppError(
    "UPSTREAM_REFERENCE_REFUSED",
    `${what} is read with the server's upstream key and was not created for you here (UPSTREAM_REFERENCES_ALLOWED)`,
    { field },
  );
}

/**
 * Fetches of a turn's `uri` parts, run only once the quota gate has admitted
 * the turn (see launch): an over-quota user makes the server fetch nothing.
 * Each fills in the placeholder part it was made for.
 */
export type Fetches = (() => Promise<void>)[];

/** Runs the fetches one at a time: a turn's fetches hold one connection, not one per part. */
export async function runFetches(fetches: Fetches): Promise<void> {
  for (const fetch of fetches) await fetch();
}

/** Fetches a URL input within the configured limits and stores it as a File of the viewer. */
async function fetchToFile(deps: PartDeps, ownerId: string, uri: string): Promise<FileRow> {
  const { config } = deps;
  const bytes = await fetchLimited(uri, {
    maxBytes: config.FILE_MAX_BYTES,
    timeoutMs: config.URL_FETCH_TIMEOUT_MS,
    allowPrivate: config.URL_FETCH_ALLOW_PRIVATE,
  });
  const name = new URL(uri).pathname.split("/").pop() || "download";
  return filesOf(deps).ingest(ownerId, bytes, { name, source: "url" });
}

/**
 * One media part of a user turn, as stored in the row: a reference to a File
 * (never its bytes), or an upstream URI. A URL this server fetches is a
 * placeholder until its fetch (added to `fetches`) runs.
 */
export async function mediaPart(
  deps: PartDeps,
  part: { fileId?: string | null; uri?: { uri: string; mimeType: string } | null },
  fetches: Fetches,
): Promise<JsonObject | null> {
  const viewer = deps.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (part.uri && passesThrough(part.uri.uri)) {
    if (upstreamResource(part.uri.uri)) checkUpstreamReference(deps, "This URI", "uri");
    return { type: kindOf(part.uri.mimeType), uri: part.uri.uri, mime_type: part.uri.mimeType };
  }
  if (part.uri) {
    const uri = part.uri.uri;
    const item: JsonObject = { type: kindOf(part.uri.mimeType), uri, mime_type: part.uri.mimeType };
    fetches.push(async () => {
      const file = await fetchToFile(deps, viewer.id, uri);
      // In place: the body, the row's input and the history rebuild all hold this same object.
      delete item.uri;
      Object.assign(item, { type: kindOf(file.mimeType), file_id: file.id, mime_type: file.mimeType });
    });
    return item;
  }
  if (!part.fileId) return null;
  const row = await deps.db.file.findUnique({ where: { id: part.fileId } });
  const file = assertCan(viewer, "read", row, "File", part.fileId);
  return { type: kindOf(file.mimeType), file_id: file.id, mime_type: file.mimeType };
}
