import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/infra/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A tarball of a migrated, empty PGlite data directory (see openDatabase's `snapshot`). */
    pgliteSnapshot: string;
  }
}

/** A key for the committed migrations: a snapshot is reused only while they are unchanged. */
async function migrationsKey(): Promise<string> {
  const dir = new URL("../../prisma/migrations/", import.meta.url);
  const hash = createHash("sha256");
  for (const name of (await readdir(dir)).sort()) {
    hash.update(name);
    hash.update(await readFile(new URL(`${name}/migration.sql`, dir)).catch(() => Buffer.alloc(0)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Booting PGlite (initdb) and migrating costs seconds per test file; this
 * does it once per run (or once per set of migrations), and every harness
 * loads the dump instead.
 */
export default async function setup(project: TestProject): Promise<void> {
  const dir = join(tmpdir(), "gemini-graphql-test");
  await mkdir(dir, { recursive: true });
  const path = join(dir, `pglite-${await migrationsKey()}.tar`);
  const exists = await readFile(path).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const pglite = new PGlite();
    await migrate({
      exec: async (sql) => void (await pglite.exec(sql)),
      query: async (sql, params) => (await pglite.query(sql, params)).rows as never[],
    });
    const dump = await pglite.dumpDataDir("none");
    await pglite.close();
    // Written under a temporary name first: a run that dies half-way leaves no truncated snapshot.
    const partial = `${path}.${process.pid}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await import("node:fs/promises").then((fs) => fs.rename(partial, path));
  }
  project.provide("pgliteSnapshot", path);
}
