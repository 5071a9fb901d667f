import { createHash } from "node:crypto";
import type { File as FileRow } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { FileRejectedError } from "../../infra/errors.ts";
import { type BlobStorage, isForeignKeyViolation } from "../../infra/storage.ts";
import { inspect, sniff } from "./inspect.ts";
import type { UploadGate } from "./rate.ts";

export interface FileLimits {
  maxBytes: number;
  /** Types accepted from users (patterns like `image/*`), judged from the bytes. */
  allowed: string[];
  /** Bytes of files one user may keep (0 or unset: no limit); a model's outputs count but are never refused. */
  storageQuotaBytes?: number;
  /** Each upload passes it first (UPLOAD_RATE_PER_MINUTE). */
  uploadGate?: UploadGate;
}

export type FileSource = "upload" | "url" | "generated";

/**
 * A user's files over content-addressed storage: the same bytes are kept once
 * (one Blob), while each user's File row keeps ownership per user. Interaction
 * rows hold `{ file_id }` references, never the bytes.
 */
export class Files {
  /** Content this process is storing right now (put, then its File row): the sweep leaves it alone. */
  private storing = new Map<string, number>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private db: Db,
    readonly storage: BlobStorage,
    readonly limits: FileLimits,
  ) {}

  /**
   * Checks bytes a user gives (upload rate, size, sniffed type, sound image,
   * the user's storage quota) and stores them; stores nothing when refused.
   */
  async ingest(ownerId: string, bytes: Uint8Array, meta: { name: string; source: FileSource }): Promise<FileRow> {
    if (meta.source === "upload") await this.limits.uploadGate?.(ownerId);
    const { mimeType } = await inspect(bytes, this.limits);
    await this.checkQuota(ownerId, bytes.byteLength);
    const file = await this.store(ownerId, bytes, mimeType, { ...meta, sniffed: mimeType });
    // Counted again with the row in: of uploads racing past the first check, those that overshoot are undone.
    try {
      await this.checkQuota(ownerId, 0);
    } catch (err) {
      await this.remove(file);
      throw err;
    }
    return file;
  }

  /** Bytes of the user's files now. */
  async usedBytes(ownerId: string): Promise<number> {
    const sum = await this.db.file.aggregate({ where: { ownerId }, _sum: { size: true } });
    return sum._sum.size ?? 0;
  }

  private async checkQuota(ownerId: string, adding: number): Promise<void> {
    const quota = this.limits.storageQuotaBytes ?? 0;
    if (quota <= 0) return;
    const used = await this.usedBytes(ownerId);
    if (used + adding > quota)
      throw new FileRejectedError(
        "STORAGE_QUOTA_EXCEEDED",
        `Your files would take ${used + adding} bytes; at most ${quota} are kept per user (STORAGE_QUOTA_BYTES_PER_USER)`,
      );
  }

  /** Deletes a File row, then its blob once no other File refers to it. */
  async remove(file: Pick<FileRow, "id" | "sha256">): Promise<void> {
    await this.db.file.deleteMany({ where: { id: file.id } });
    if (file.sha256) await this.storage.removeUnused(file.sha256);
  }

  /**
   * Removes every blob (row and bytes) no File refers to, however its last File went: a deleted user's
   * files (cascade), rows removed by hand, a crash between a delete and its blob's removal. Blobs this
   * process is storing are skipped; one another process is storing and loses here is stored again by
   * that process (see store). Answers how many blobs went.
   */
  async collectUnused(batch = 500): Promise<number> {
    let removed = 0;
    let after: string | undefined;
    for (;;) {
      const rows = await this.db.blob.findMany({
        where: { files: { none: {} }, ...(after ? { sha256: { gt: after } } : {}) },
        select: { sha256: true },
        orderBy: { sha256: "asc" },
        take: batch,
      });
      for (const { sha256 } of rows)
        if (!this.storing.has(sha256) && (await this.storage.removeUnused(sha256))) removed++;
      if (rows.length < batch) return removed;
      after = rows[rows.length - 1]?.sha256;
    }
  }

  /** Collects unused blobs now (resolves once done) and every `intervalMs` until close (BLOB_SWEEP_INTERVAL_MS). */
  sweepEvery(intervalMs: number, onError: (err: unknown) => void): Promise<void> {
    const sweep = () => this.collectUnused().then(() => undefined, onError);
    this.sweeper = setInterval(() => void sweep(), intervalMs);
    this.sweeper.unref();
    return sweep();
  }

  close(): void {
    clearInterval(this.sweeper);
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
    this.storing.set(sha256, (this.storing.get(sha256) ?? 0) + 1);
    try {
      return await this.storeBlob(ownerId, bytes, sha256, mimeType, meta);
    } finally {
      const left = (this.storing.get(sha256) ?? 1) - 1;
      if (left > 0) this.storing.set(sha256, left);
      else this.storing.delete(sha256);
    }
  }

  private async storeBlob(
    ownerId: string,
    bytes: Uint8Array,
    sha256: string,
    mimeType: string,
    meta: { name: string; source: FileSource; interactionId?: string; sniffed: string },
  ): Promise<FileRow> {
    // The blob row records what sniffing found: serving trusts it, not the File's declared type.
    const info = { sha256, size: bytes.byteLength, mimeType: meta.sniffed };
    await this.storage.put(info, bytes);
    const create = () =>
      this.db.file.create({
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
    try {
      return await create();
    } catch (err) {
      // The blob was removed (its last File deleted, or another process's sweep) between put and create: store it again, once.
      if (!isForeignKeyViolation(err)) throw err;
      await this.storage.put(info, bytes);
      return create();
    }
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
