import { type Context, requireViewer } from "../context.ts";
import { assertCan } from "../engine/access/policy.ts";
import { filesOf } from "../engine/files/parts.ts";
import type { File as FileRow } from "../generated/prisma/client.ts";

/** Stores an upload (GraphQL multipart; Yoga already cut it at FILE_MAX_BYTES) after checking its bytes. */
export async function uploadFile(ctx: Context, file: globalThis.File): Promise<FileRow> {
  const viewer = requireViewer(ctx);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return filesOf(ctx).ingest(viewer.id, bytes, { name: file.name || "upload", source: "upload" });
}

export const fileUrl = (ctx: Context, f: FileRow) => ctx.media.file(f.id);

/** Deletes a file of the viewer (an admin: anyone's); its bytes go once no other file uses them. */
export async function deleteFile(ctx: Context, id: string): Promise<boolean> {
  const row = await ctx.db.file.findUnique({ where: { id } });
  await filesOf(ctx).remove(assertCan(requireViewer(ctx), "write", row, "File", id));
  return true;
}
