import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "./db.ts";

/** Prisma's foreign-key violation (P2003): here, a File naming a blob that is not there (any more), or the reverse. */
export const isForeignKeyViolation = (err: unknown) =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2003";

export interface BlobInfo {
  sha256: string;
  size: number;
  mimeType: string;
}

/**
 * Content-addressed bytes. Callers name content by its sha256 and never learn
 * where it lives, so an object store (S3-compatible) can be added as a third
 * implementation without touching them. The `Blob` row (size, type) always
 * lives in the database: File rows refer to it, and it is the one place that
 * says a blob is complete.
 */
export interface BlobStorage {
  /** Stores the bytes once; storing the same content again only answers false. */
  put(info: BlobInfo, bytes: Uint8Array): Promise<boolean>;
  stat(sha256: string): Promise<BlobInfo | null>;
  get(sha256: string): Promise<Buffer | null>;
  /** Bytes `start..end` (inclusive), streamed where the backend can. */
  range(sha256: string, start: number, end: number): Promise<Readable | null>;
  /** Removes the blob when no File refers to it any more; answers whether it did. */
  removeUnused(sha256: string): Promise<boolean>;
}

const statOf = (db: Db, sha256: string) =>
  db.blob.findUnique({ where: { sha256 }, select: { sha256: true, size: true, mimeType: true } });

/**
 * Deletes the Blob row only while no File refers to it (one statement; the
 * File -> Blob foreign key refuses the delete should a File appear meanwhile),
 * and runs `dropBytes` inside the same transaction: a put racing it waits on
 * the row, then finds the bytes gone and writes them again.
 */
async function removeUnusedRow(db: Db, sha256: string, dropBytes?: () => Promise<void>): Promise<boolean> {
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.blob.deleteMany({ where: { sha256, files: { none: {} } } });
      if (count > 0) await dropBytes?.();
      return count > 0;
    });
  } catch (err) {
    // A File that came to use the blob in between: it is kept.
    if (isForeignKeyViolation(err)) return false;
    throw err;
  }
}

/** Bytes in the `Blob` table (the default: one database to back up). */
export class DbStorage implements BlobStorage {
  constructor(private db: Db) {}
  async put(info: BlobInfo, bytes: Uint8Array): Promise<boolean> {
    const made = await this.db.blob.createMany({
      data: [{ ...info, data: new Uint8Array(bytes) }],
      skipDuplicates: true,
    });
    return made.count > 0;
  }
  stat(sha256: string) {
    return statOf(this.db, sha256);
  }
  async get(sha256: string): Promise<Buffer | null> {
    const row = await this.db.blob.findUnique({ where: { sha256 }, select: { data: true } });
    return row?.data ? Buffer.from(row.data) : null;
  }
  async range(sha256: string, start: number, end: number): Promise<Readable | null> {
    // Blobs are bounded by FILE_MAX_BYTES, so slicing the whole value is acceptable here; a
    // streaming backend (the directory, an object store) serves ranges without reading it all.
    const data = await this.get(sha256);
    return data ? Readable.from([data.subarray(start, end + 1)]) : null;
  }
  removeUnused(sha256: string): Promise<boolean> {
    return removeUnusedRow(this.db, sha256);
  }
}

/** Bytes in a directory, `<dir>/<ab>/<sha256>`; written to a temp name and renamed, so a reader never sees half a file. */
export class DirStorage implements BlobStorage {
  constructor(
    private db: Db,
    private dir: string,
  ) {}
  private path(sha256: string) {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error("not a sha256");
    return join(this.dir, sha256.slice(0, 2), sha256);
  }
  private async write(sha256: string, bytes: Uint8Array): Promise<void> {
    const path = this.path(sha256);
    await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
    const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, bytes);
    await rename(temp, path);
  }
  async put(info: BlobInfo, bytes: Uint8Array): Promise<boolean> {
    if (await statOf(this.db, info.sha256)) return false;
    await this.write(info.sha256, bytes);
    const made = await this.db.blob.createMany({ data: [{ ...info, data: null }], skipDuplicates: true });
    // A removal of the same blob may have dropped the bytes just written (see removeUnusedRow).
    if (!(await stat(this.path(info.sha256)).catch(() => null))) await this.write(info.sha256, bytes);
    return made.count > 0;
  }
  stat(sha256: string) {
    return statOf(this.db, sha256);
  }
  async get(sha256: string): Promise<Buffer | null> {
    return readFile(this.path(sha256)).catch(() => null);
  }
  async range(sha256: string, start: number, end: number): Promise<Readable | null> {
    const path = this.path(sha256);
    if (!(await stat(path).catch(() => null))) return null;
    return createReadStream(path, { start, end });
  }
  removeUnused(sha256: string): Promise<boolean> {
    return removeUnusedRow(this.db, sha256, () => rm(this.path(sha256), { force: true }));
  }
}

export function createStorage(db: Db, opts: { kind: "db" | "dir"; dir: string }): BlobStorage {
  return opts.kind === "dir" ? new DirStorage(db, opts.dir) : new DbStorage(db);
}
