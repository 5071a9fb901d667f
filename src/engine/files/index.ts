import { createHash } from "node:crypto";
import type { File as FileRow } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import type { BlobStorage } from "../../infra/storage.ts";
import { inspect, sniff } from "./inspect.ts";

export interface FileLimits {
  maxBytes: number;
  /** Types accepted from users (patterns like `image/*`), judged from the bytes. */
  allowed: string[];
}

export type FileSource = "upload" | "url" | "generated";

/**
 * A user's files over content-addressed storage: the same bytes are kept once
 * (one Blob), while each user's File row keeps ownership per user. Interaction
 * rows hold `{ file_id }` references, never the bytes.
 */
export class Files {
  constructor(
    private db: Db,
    readonly storage: BlobStorage,
    readonly limits: FileLimits,
  ) {}

  /** Checks bytes a user gives (size, sniffed type, sound image) and stores them; stores nothing when refused. */
  async ingest(ownerId: string, bytes: Uint8Array, meta: { name: string; source: FileSource }): Promise<FileRow> {
    const { mimeType } = await inspect(bytes, this.limits);
    return this.store(ownerId, bytes, mimeType, { ...meta, sniffed: mimeType });
  }

  /**
   * Media a model produced, kept whatever it is: a model's output is never refused. The type
   * sniffed from the bytes wins; upstream's word is kept only for what sniffing cannot tell
   * (raw PCM audio, text), and such files are only ever served as downloads.
   */
  async record(ownerId: string, interactionId: string, bytes: Uint8Array, declared: string | null): Promise<FileRow> {
    const sniffed = await sniff(bytes);
    const mimeType = sniffed === "application/octet-stream" && declared ? declared : sniffed;
    const ext = mimeType.split("/")[1]?.replace(/[^a-z0-9]/gi, "") || "bin";
    return this.store(ownerId, bytes, mimeType, { name: `output.${ext}`, source: "generated", interactionId, sniffed });
  }

  private async store(
    ownerId: string,
    bytes: Uint8Array,
    mimeType: string,
    meta: { name: string; source: FileSource; interactionId?: string; sniffed: string },
  ): Promise<FileRow> {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    // The blob row records what sniffing found: serving trusts it, not the File's declared type.
    await this.storage.put({ sha256, size: bytes.byteLength, mimeType: meta.sniffed }, bytes);
    return this.db.file.create({
      data: {
        ownerId,
        name: meta.name.slice(0, 255) || "file",
        mimeType,
        size: bytes.byteLength,
        sha256,
        source: meta.source,
        interactionId: meta.interactionId ?? null,
      },
    });
  }

  /** A file's bytes (files stored before blobs existed keep theirs on the row). */
  async bytes(file: Pick<FileRow, "sha256" | "data">): Promise<Buffer | null> {
    if (file.sha256) return this.storage.get(file.sha256);
    return file.data ? Buffer.from(file.data) : null;
  }

  /** Rows by id, one query (for inlining references when a request goes upstream). */
  async byIds(ids: string[]): Promise<Map<string, FileRow>> {
    if (!ids.length) return new Map();
    const rows = await this.db.file.findMany({ where: { id: { in: [...new Set(ids)] } } });
    return new Map(rows.map((r) => [r.id, r]));
  }
}
