import type { JsonObject } from "../../gemini/types.ts";
import type { File as FileRow } from "../../generated/prisma/client.ts";
import type { Config } from "../../infra/config.ts";
import type { Db } from "../../infra/db.ts";
import { UnauthenticatedError } from "../../infra/errors.ts";
import { assertCan, type Viewer } from "../access/policy.ts";
import { fetchLimited } from "./fetch.ts";
import type { Files } from "./index.ts";
import { kindOf } from "./inspect.ts";

/** What turning a media part into a stored reference needs (a request's context has it all). */
export interface PartDeps {
  viewer: Viewer | null;
  db: Db;
  config: Pick<Config, "FILE_MAX_BYTES" | "URL_FETCH_TIMEOUT_MS" | "URL_FETCH_ALLOW_PRIVATE">;
  engine: { files?: Files };
}

export const filesOf = (deps: Pick<PartDeps, "engine">): Files => {
  if (!deps.engine.files) throw new Error("file storage is not configured");
  return deps.engine.files;
};

/**
 * URIs upstream reads itself (its own file store, Cloud Storage, YouTube) go
 * as they are; any other http(s) URL is fetched here, within limits, checked
 * like an upload and sent as bytes, because upstream does not fetch arbitrary
 * web URLs for content.
 */
export const passesThrough = (uri: string) =>
  /^gs:\/\//.test(uri) ||
  /^https:\/\/generativelanguage\.googleapis\.com\/.*files\//.test(uri) ||
  /^https:\/\/(www\.)?(youtube\.com|youtu\.be)\//.test(uri);

/** One media part of a user turn, as stored in the row: a reference to a File (never its bytes), or an upstream URI. */
export async function mediaPart(
  deps: PartDeps,
  part: { fileId?: string | null; uri?: { uri: string; mimeType: string } | null },
): Promise<JsonObject | null> {
  const viewer = deps.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (part.uri && passesThrough(part.uri.uri)) {
    return { type: kindOf(part.uri.mimeType), uri: part.uri.uri, mime_type: part.uri.mimeType };
  }
  let file: FileRow;
  if (part.uri) {
    const { config } = deps;
    const bytes = await fetchLimited(part.uri.uri, {
      maxBytes: config.FILE_MAX_BYTES,
      timeoutMs: config.URL_FETCH_TIMEOUT_MS,
      allowPrivate: config.URL_FETCH_ALLOW_PRIVATE,
    });
    const name = new URL(part.uri.uri).pathname.split("/").pop() || "download";
    file = await filesOf(deps).ingest(viewer.id, bytes, { name, source: "url" });
  } else if (part.fileId) {
    const row = await deps.db.file.findUnique({ where: { id: part.fileId } });
    file = assertCan(viewer, "read", row, "File", part.fileId);
  } else return null;
  return { type: kindOf(file.mimeType), file_id: file.id, mime_type: file.mimeType };
}
