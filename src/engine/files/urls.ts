import type { JsonObject } from "../../gemini/types.ts";
import { isObj } from "../../gemini/types.ts";
import type { File as FileRow } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { can, type Viewer } from "../access/policy.ts";
import { mediaOf, type ReadDeps } from "../store/interactions.ts";
import type { Grant, UrlSigner } from "./signing.ts";

/** Builds the absolute, signed URLs a browser can use, for one viewer. */
export interface MediaUrls {
  /** A stored File. */
  file(id: string): string;
  /** Any path this server serves media at (e.g. /media/<interaction>/steps/0/1). */
  path(path: string): string;
  /** Who the URLs are signed for and where they point: two equal ones build the same URLs. */
  readonly scope: string;
}

/** The key under which inline media of a stored array carries the path GET /media serves it at. */
export const MEDIA_PATH = "_media_path";

/**
 * Where a browser can fetch media: a signed URL of this server (a stored File,
 * or inline bytes of rows older than Files), else the upstream uri.
 */
export function mediaUrl(c: JsonObject, urls: MediaUrls): string | null {
  if (typeof c.file_id === "string") return urls.file(c.file_id);
  if (typeof c[MEDIA_PATH] === "string") return urls.path(c[MEDIA_PATH]);
  if (typeof c.uri === "string") return c.uri;
  if (typeof c.data === "string") {
    const mimeType = typeof c.mime_type === "string" ? c.mime_type : "application/octet-stream";
    return `data:${mimeType};base64,${c.data}`;
  }
  return null;
}

/** A class, not a closure set: every operation's context holds one, a subscription's for its whole life. */
class SignedUrls implements MediaUrls {
  constructor(
    private readonly signer: UrlSigner | undefined,
    private readonly grant: Grant | null,
    private readonly base: string,
  ) {}
  path(p: string): string {
    return this.signer && this.grant ? `${this.base}${this.signer.sign(p, this.grant)}` : `${this.base}${p}`;
  }
  file(id: string): string {
    return this.path(`/files/${encodeURIComponent(id)}`);
  }
  get scope(): string {
    const who = this.grant ? `${this.grant.userId} ${this.grant.keyId ?? ""}` : "-";
    return `${this.base} ${who} ${this.signer ? "signed" : "plain"}`;
  }
}

export function mediaUrls(signer: UrlSigner | undefined, viewer: Viewer | null, base: string): MediaUrls {
  return new SignedUrls(signer, viewer ? { userId: viewer.id, keyId: viewer.keyId ?? null } : null, base);
}

/** The File row the viewer may read, or null (foreign and missing look alike). */
export async function readableFile(db: Db, viewer: Viewer | null, id: string): Promise<FileRow | null> {
  const file = await db.file.findUnique({ where: { id } });
  return file && can(viewer, "read", file) ? file : null;
}

/** The stored inline media at a GET /media path (`steps/<k>/<j>` or `input/<j>`), if any. */
export function mediaAt(i: { steps: unknown; input: unknown }, where: string, indexes: number[]): JsonObject | null {
  // Indexed as interactionSteps numbers them: over the well-formed steps only.
  const steps = Array.isArray(i.steps) ? i.steps.filter((s) => isObj(s) && typeof s.type === "string") : [];
  const step: unknown = steps[indexes[0] ?? -1];
  const list = where === "steps" ? (isObj(step) ? step.content : undefined) : i.input;
  const item: unknown = Array.isArray(list) ? list[indexes.at(-1) ?? -1] : undefined;
  return isObj(item) && typeof item.data === "string" ? item : null;
}

/** Inline media stored in rows written before Files existed (GET /media/:id/steps/:k/:j or /media/:id/input/:j). */
export async function readMedia(deps: ReadDeps, viewer: Viewer | null, id: string, where: string, indexes: number[]) {
  const row = await mediaOf(deps, id);
  if (!row || !can(viewer, "read", row)) return null;
  const item = mediaAt(row, where, indexes);
  if (!item) return null;
  const mimeType = typeof item.mime_type === "string" ? item.mime_type : "application/octet-stream";
  return { mimeType, data: Buffer.from(String(item.data), "base64") };
}
