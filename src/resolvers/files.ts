import type { Context, MediaUrls, Viewer } from "../context.ts";
import { assertCan, can } from "../engine/access/policy.ts";
import { fetchLimited } from "../engine/files/fetch.ts";
import type { Files } from "../engine/files/index.ts";
import { kindOf } from "../engine/files/inspect.ts";
import type { Grant, UrlSigner } from "../engine/files/signing.ts";
import type { JsonObject } from "../gemini/types.ts";
import type { File as FileRow } from "../generated/prisma/client.ts";
import type { Db } from "../infra/db.ts";
import { mediaAt } from "./steps.ts";
import { requireViewer } from "./viewer.ts";

const filesOf = (ctx: Context): Files => {
  if (!ctx.engine.files) throw new Error("file storage is not configured");
  return ctx.engine.files;
};

/** Stores an upload (GraphQL multipart; Yoga already cut it at FILE_MAX_BYTES) after checking its bytes. */
export async function uploadFile(ctx: Context, file: globalThis.File): Promise<FileRow> {
  const viewer = requireViewer(ctx);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return filesOf(ctx).ingest(viewer.id, bytes, { name: file.name || "upload", source: "upload" });
}

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
  ctx: Context,
  part: { fileId?: string | null; uri?: { uri: string; mimeType: string } | null },
): Promise<JsonObject | null> {
  const viewer = requireViewer(ctx);
  if (part.uri && passesThrough(part.uri.uri)) {
    return { type: kindOf(part.uri.mimeType), uri: part.uri.uri, mime_type: part.uri.mimeType };
  }
  let file: FileRow;
  if (part.uri) {
    const { config } = ctx;
    const bytes = await fetchLimited(part.uri.uri, {
      maxBytes: config.FILE_MAX_BYTES,
      timeoutMs: config.URL_FETCH_TIMEOUT_MS,
      allowPrivate: config.URL_FETCH_ALLOW_PRIVATE,
    });
    const name = new URL(part.uri.uri).pathname.split("/").pop() || "download";
    file = await filesOf(ctx).ingest(viewer.id, bytes, { name, source: "url" });
  } else if (part.fileId) {
    const row = await ctx.db.file.findUnique({ where: { id: part.fileId } });
    file = assertCan(viewer, "read", row, "File", part.fileId);
  } else return null;
  return { type: kindOf(file.mimeType), file_id: file.id, mime_type: file.mimeType };
}

export const fileUrl = (ctx: Context, f: FileRow) => ctx.media.file(f.id);

export function mediaUrls(signer: UrlSigner | undefined, viewer: Viewer | null, base: string): MediaUrls {
  const grant: Grant | null = viewer ? { userId: viewer.id, keyId: viewer.keyId ?? null } : null;
  const path = (p: string) => (signer && grant ? `${base}${signer.sign(p, grant)}` : `${base}${p}`);
  return { path, file: (id) => path(`/files/${encodeURIComponent(id)}`) };
}

/** The File row the viewer may read, or null (foreign and missing look alike). */
export async function readableFile(db: Db, viewer: Viewer | null, id: string): Promise<FileRow | null> {
  const file = await db.file.findUnique({ where: { id } });
  return file && can(viewer, "read", file) ? file : null;
}

/** Inline media stored in rows written before Files existed (GET /media/:id/steps/:k/:j or /media/:id/input/:j). */
export async function readMedia(db: Db, viewer: Viewer | null, id: string, where: string, indexes: number[]) {
  const row = await db.interaction.findUnique({ where: { id }, select: { ownerId: true, steps: true, input: true } });
  if (!row || !can(viewer, "read", row)) return null;
  const item = mediaAt(row, where, indexes);
  if (!item) return null;
  const mimeType = typeof item.mime_type === "string" ? item.mime_type : "application/octet-stream";
  return { mimeType, data: Buffer.from(String(item.data), "base64") };
}
