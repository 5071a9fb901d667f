import type { Context, Viewer } from "../context.ts";
import { visible } from "../engine/access.ts";
import type { File as FileRow } from "../generated/prisma/client.ts";
import type { Db } from "../infra/db.ts";
import { ValidationError } from "../infra/errors.ts";
import { mediaAt } from "./steps.ts";
import { requireViewer } from "./viewer.ts";

/** Upstream's inline-data limit is 20 MB per request; a larger file could never be sent. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Stores an upload (GraphQL multipart request) for later use as `ContentInput.fileId`. */
export async function uploadFile(ctx: Context, file: globalThis.File): Promise<FileRow> {
  const viewer = requireViewer(ctx);
  if (file.size === 0) throw new ValidationError("The file is empty", "file");
  if (file.size > MAX_FILE_BYTES) throw new ValidationError(`The file is larger than ${MAX_FILE_BYTES} bytes`, "file");
  const mimeType = file.type || "application/octet-stream";
  const data = new Uint8Array(await file.arrayBuffer());
  return ctx.db.file.create({
    data: { ownerId: viewer.id, name: file.name || "upload", mimeType, size: data.byteLength, data },
  });
}

/** Inline media of an interaction (GET /media/:id/steps/:k/:j or /media/:id/input/:j), for its owner. */
export async function readMedia(db: Db, viewer: Viewer | null, id: string, where: string, indexes: number[]) {
  const found = await db.interaction.findUnique({ where: { id }, select: { ownerId: true, steps: true, input: true } });
  const row = visible(viewer, found);
  if (!row) return null;
  const item = mediaAt(row, where, indexes);
  if (!item) return null;
  const mimeType = typeof item.mime_type === "string" ? item.mime_type : "application/octet-stream";
  return { mimeType, data: Buffer.from(String(item.data), "base64") };
}

export const fileUrl = (f: FileRow) => `/files/${f.id}`;

/** A stored file for `GET /files/:id`, authorised like the GraphQL API: its owner or an admin. */
export async function readFile(db: Db, viewer: Viewer | null, id: string): Promise<FileRow | null> {
  return visible(viewer, await db.file.findUnique({ where: { id } }));
}
