// Applies the committed migrations to DATABASE_URL, or to PGlite in DATA_DIR.
// The server does this at start too; this is for deploy pipelines. A PGlite
// directory a server holds is refused (its lock file), never opened twice.
import { loadConfig } from "../src/infra/config.ts";
import { DataDirLockedError } from "../src/infra/datalock.ts";
import { openDatabase } from "../src/infra/db.ts";

const config = loadConfig();
try {
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, owner: "db:migrate" });
  await db.close();
} catch (err) {
  if (!(err instanceof DataDirLockedError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
process.stdout.write(`migrations applied to ${config.DATABASE_URL ? "PostgreSQL" : config.DATA_DIR}\n`);
