import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** The raw SQL surface both databases offer (a PGlite instance or a pg client). */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<R>(sql: string, params?: unknown[]): Promise<R[]>;
}

export const migrationsDir = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));
// An arbitrary constant: every process of this service that migrates takes the same lock.
const LOCK_KEY = 74_210_013;

/** A migration that failed to apply, or an applied one whose file has changed since. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

/** Prisma's `_prisma_migrations.checksum`: sha256 of the migration file, hex. */
export const checksumOf = (sql: string) => createHash("sha256").update(sql).digest("hex");

/**
 * Applies the committed migrations in name order, recording them in Prisma's
 * `_prisma_migrations` table so the Prisma CLI sees the same history. Spawning
 * the CLI costs seconds; this costs milliseconds. An advisory lock keeps two
 * processes starting at once from migrating twice. Each migration runs in
 * its own transaction, together with its record: one that fails is rolled back and reported with its
 * own error, the lock is released, and the next start tries it again. An
 * applied migration whose file changed since (its checksum differs) stops
 * the start: the database no longer matches the committed history.
 */
export async function migrate(db: SqlRunner, opts: { dir?: string } = {}): Promise<string[]> {
  const dir = opts.dir ?? migrationsDir;
  const names = (await readdir(dir, { withFileTypes: true }))
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
    const done = new Map(
      (
        await db.query<{ migration_name: string; checksum: string }>(
          `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
      ).map((r) => [r.migration_name, r.checksum]),
    );
    for (const name of names) {
      const sql = await readFile(`${dir}/${name}/migration.sql`, "utf8");
      const checksum = checksumOf(sql);
      const recorded = done.get(name);
      if (recorded !== undefined) {
        if (recorded !== checksum)
          throw new MigrationError(
            name,
            `Migration ${name} was changed after it was applied (checksum ${recorded.slice(0, 12)}… in the database, ${checksum.slice(0, 12)}… on disk); restore the file, and put schema changes in a new migration`,
          );
        continue;
      }
      // Applied and recorded in one transaction: a crash between the two would otherwise leave it
      // applied but unrecorded, and the next start would run it again.
      try {
        await db.exec(`BEGIN;\n${sql}\n;`);
        await db.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await db.exec("COMMIT");
      } catch (err) {
        // The failed statement left the transaction aborted: end it, or nothing else (the unlock) can run.
        await db.exec("ROLLBACK").catch(() => undefined);
        const reason = err instanceof Error ? err.message : String(err);
        throw new MigrationError(name, `Migration ${name} failed and was rolled back: ${reason}`, { cause: err });
      }
      applied.push(name);
    }
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
  }
  return applied;
}
