import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checksumOf, MigrationError, migrate, type SqlRunner } from "../src/infra/migrate.ts";
import { migratedSnapshot } from "./support/harness.ts";

let dir: string;
let pglite: PGlite;
let db: SqlRunner;
beforeAll(async () => {
  // The committed migrations (already applied in the snapshot), plus one of this test's own.
  dir = await mkdtemp(join(tmpdir(), "migrations-"));
  await cp(new URL("../prisma/migrations/", import.meta.url), dir, { recursive: true });
  const snapshot = await migratedSnapshot();
  pglite = snapshot ? new PGlite({ loadDataDir: snapshot }) : new PGlite();
  db = {
    exec: async (sql) => void (await pglite.exec(sql)),
    query: async (sql, params) => (await pglite.query(sql, params)).rows as never[],
  };
  await migrate(db, { dir });
});
afterAll(async () => {
  await pglite?.close();
  await rm(dir, { recursive: true, force: true });
});

const advisoryLocks = async () =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`))[0]?.n;
const tables = async () =>
  (await db.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`)).map((r) => r.t);

describe("migrations", () => {
  it("a failing migration reports its own error, rolls back, releases the lock, and applies once fixed", async () => {
    const name = "20991231000000_broken";
    await mkdir(join(dir, name));
    const broken = 'CREATE TABLE "Half" (id INT);\nSELECT * FROM "NoSuchTable";\n';
    await writeFile(join(dir, name, "migration.sql"), broken);

    const err = await migrate(db, { dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect((err as MigrationError).migration).toBe(name);
    expect((err as Error).message).toContain(`Migration ${name} failed`);
    expect((err as Error).message).toMatch(/relation "NoSuchTable" does not exist/);
    // Nothing of it stays, it is not recorded as applied, and the lock is free for the next start.
    expect(await tables()).not.toContain("Half");
    expect(await db.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [name])).toHaveLength(0);
    expect(await advisoryLocks()).toBe(0);

    const fixed = 'CREATE TABLE "Half" (id INT);\n';
    await writeFile(join(dir, name, "migration.sql"), fixed);
    expect(await migrate(db, { dir })).toEqual([name]);
    expect(await tables()).toContain("Half");
    const [row] = await db.query<{ checksum: string }>(
      `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1`,
      [name],
    );
    expect(row?.checksum).toBe(checksumOf(fixed));
    expect(await migrate(db, { dir })).toEqual([]);
  });

  it("a crash between applying a migration and recording it re-runs nothing: both or neither are kept", async () => {
    const name = "20991231000001_crash";
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, "migration.sql"), 'CREATE TABLE "Once" (id INT);\n');
    // The process dies as it records the migration: every later call fails, nothing is cleaned up by it.
    let dead = false;
    const crashing: SqlRunner = {
      exec: async (sql) => {
        if (dead) throw new Error("process gone");
        await db.exec(sql);
      },
      query: async (sql, params) => {
        if (dead || sql.startsWith(`INSERT INTO "_prisma_migrations"`)) {
          dead = true;
          throw new Error("process gone");
        }
        return db.query(sql, params);
      },
    };
    await expect(migrate(crashing, { dir })).rejects.toThrow();
    // What the database does with a dropped session: its open transaction and its locks go.
    await pglite.exec("ROLLBACK");
    await db.query("SELECT pg_advisory_unlock_all()");
    expect(await tables()).not.toContain("Once");

    // The next start applies it once (run again on a committed table, CREATE TABLE would fail) and records it.
    expect(await migrate(db, { dir })).toEqual([name]);
    expect(await tables()).toContain("Once");
    expect(await db.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [name])).toHaveLength(1);
  });

  it("refuses to start when an applied migration's file has changed since", async () => {
    const name = "20261124000000_init";
    const path = join(dir, name, "migration.sql");
    const original = await readFile(path, "utf8");
    await writeFile(path, `${original}\n-- edited after the fact\n`);
    try {
      const err = await migrate(db, { dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(MigrationError);
      expect((err as Error).message).toContain(`Migration ${name} was changed after it was applied`);
      expect(await advisoryLocks()).toBe(0);
    } finally {
      await writeFile(path, original);
    }
    expect(await migrate(db, { dir })).toEqual([]);
  });
});
