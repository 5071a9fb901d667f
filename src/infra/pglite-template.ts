import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { migrate, migrationsDir } from "./migrate.ts";

/**
 * A migrated, empty PGlite data directory as a `dumpDataDir` tarball. initdb
 * and the migrations cost seconds in WASM; a new embedded data directory (and
 * every test's in-memory database) starts from this tarball instead. One per
 * set of committed migrations: the name carries their hash, so a stale
 * template is never found.
 */

/** Where `npm run build` writes the template and the server looks for it (dist/, from src/ or dist/). */
export const BUILD_TEMPLATE_DIR = fileURLToPath(new URL("../../dist/", import.meta.url));

async function migrationsKey(): Promise<string> {
  const hash = createHash("sha256");
  for (const name of (await readdir(migrationsDir)).sort()) {
    hash.update(name);
    hash.update(await readFile(join(migrationsDir, name, "migration.sql")).catch(() => Buffer.alloc(0)));
  }
  return hash.digest("hex").slice(0, 16);
}

export const templatePath = async (dir: string) => join(dir, `pglite-${await migrationsKey()}.tar`);

/**
 * The template file as a Blob whose bytes are read from disk when PGlite asks for them
 * (`arrayBuffer()`, the one method PGlite's loadDataDir calls) and are not kept: PGlite holds
 * the Blob it was given for as long as it runs, which cost 40 MB of resident memory as an
 * in-memory copy; a start on an existing data directory never reads it at all. (Node's own
 * file-backed Blob, fs.openAsBlob, crashes a later heap snapshot once read, on Node 20.)
 */
class TemplateFile extends Blob {
  constructor(
    readonly path: string,
    private readonly fileSize: number,
  ) {
    super([], { type: "application/x-tar" });
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const out = new ArrayBuffer(this.fileSize);
    const file = await open(this.path);
    try {
      const { bytesRead } = await file.read(new Uint8Array(out), 0, this.fileSize, 0);
      if (bytesRead !== this.fileSize) throw new Error(`${this.path} changed while it was read`);
    } finally {
      await file.close();
    }
    return out;
  }
}

/** A NUL-terminated field of a tar header. */
const field = (block: Buffer, at: number, length: number) => {
  const raw = block.subarray(at, at + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString("utf8");
};

/**
 * Extracts the template into a new data directory a block at a time (1 MB resident at most),
 * instead of handing PGlite the Blob: its loader reads the whole tarball into memory and copies
 * it while untarring, ~80 MB of garbage a fresh start left behind until V8's next major GC.
 * PG_VERSION, by which a data directory is known to exist, is written last: a start that dies
 * half-way leaves a directory the next start extracts again. Returns false for a Blob that is not
 * a template file (PGlite loads it).
 */
export async function extractTemplate(template: Blob, dir: string): Promise<boolean> {
  if (!(template instanceof TemplateFile)) return false;
  // Synchronous on purpose: a thousand small files, before the server listens; the async calls took 3× as long.
  const src = openSync(template.path, "r");
  const block = Buffer.alloc(1 << 20);
  const made = new Set<string>();
  const folder = (path: string, mode?: number) => {
    if (made.has(path)) return;
    mkdirSync(path, { recursive: true, mode });
    made.add(path);
  };
  let last: { target: string; at: number; size: number; mode: number } | undefined;
  const copy = (target: string, at: number, size: number, mode: number) => {
    folder(dirname(target));
    const out = openSync(target, "w", mode);
    try {
      for (let done = 0; done < size; ) {
        const read = readSync(src, block, 0, Math.min(block.length, size - done), at + done);
        if (!read) throw new Error(`${template.path} ends inside ${target}`);
        writeSync(out, block, 0, read);
        done += read;
      }
    } finally {
      closeSync(out);
    }
  };
  try {
    for (let at = 0; ; ) {
      if (readSync(src, block, 0, 512, at) < 512 || block[0] === 0) break;
      const name = [field(block, 345, 155), field(block, 0, 100)].filter(Boolean).join("/");
      const parts = name.split("/").filter((p) => p && p !== ".");
      if (parts.includes("..")) throw new Error(`${template.path}: entry outside the directory: ${name}`);
      const size = Number.parseInt(field(block, 124, 12).trim() || "0", 8);
      const mode = Number.parseInt(field(block, 100, 8).trim() || "600", 8);
      const type = block[156];
      const target = join(dir, ...parts);
      at += 512;
      if (type === 0x35) folder(target, mode);
      else if (type !== 0x30 && type !== 0) throw new Error(`${template.path}: unsupported entry type in ${name}`);
      else if (parts.join("/") === "PG_VERSION") last = { target, at, size, mode };
      else copy(target, at, size, mode);
      at += Math.ceil(size / 512) * 512;
    }
    if (!last) throw new Error(`${template.path} has no PG_VERSION`);
    copy(last.target, last.at, last.size, last.mode);
  } finally {
    closeSync(src);
  }
  return true;
}

/** The template for the current migrations in `dir`, or undefined when none was made. */
export async function findTemplate(dir: string): Promise<Blob | undefined> {
  const path = await templatePath(dir);
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? new TemplateFile(path, info.size) : undefined;
}

/** The template a new embedded data directory starts from, when one was built. */
export const configuredTemplate = (config: { PGLITE_TEMPLATE_DIR?: string }) =>
  findTemplate(config.PGLITE_TEMPLATE_DIR ?? BUILD_TEMPLATE_DIR);

/** Makes the template in `dir` unless it exists; returns its path. */
export async function writeTemplate(dir: string): Promise<string> {
  const path = await templatePath(dir);
  if (
    await readFile(path).then(
      () => true,
      () => false,
    )
  )
    return path;
  await mkdir(dir, { recursive: true });
  const pglite = new PGlite();
  await migrate({
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async (sql, params) => (await pglite.query(sql, params)).rows as never[],
  });
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  // Written under a temporary name first: a run that dies half-way leaves no truncated template.
  const partial = `${path}.${process.pid}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, path);
  return path;
}
