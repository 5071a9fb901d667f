import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** The raw SQL surface both databases offer (a PGlite instance or a pg client). */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
}

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));
// An arbitrary constant: every process of this service that migrates takes the same lock.
const LOCK_KEY = 74_210_013;

/**
 * Applies the committed migrations in name order, recording them in Prisma's
 * `_prisma_migrations` table so the Prisma CLI sees the same history. Spawning
 * the CLI costs seconds; this costs milliseconds. An advisory lock keeps two
 * processes starting at once from migrating twice.
 */
export async function migrate(db: SqlRunner): Promise<string[]> {
  const names = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const applied: string[] = [];
  await db.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  try {
    await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const done = new Set(
      (
        await db.query<{ migration_name: string }>(
          `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
      ).map((r) => r.migration_name),
    );
    for (const name of names) {
      if (done.has(name)) continue;
      const sql = await readFile(`${migrationsDir}${name}/migration.sql`, "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      await db.exec(`BEGIN;\n${sql}\nCOMMIT;`);
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), checksum, name],
      );
      applied.push(name);
    }
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
  }
  return applied;
}
