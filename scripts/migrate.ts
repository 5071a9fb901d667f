// Applies the committed migrations to DATABASE_URL, or to PGlite in DATA_DIR.
// The server does this at start too; this is for deploy pipelines. Never run it
// against a PGlite directory while the server holds it.
import { loadConfig } from "../src/infra/config.ts";
import { openDatabase } from "../src/infra/db.ts";

const config = loadConfig();
const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
await db.close();
process.stdout.write(`migrations applied to ${config.DATABASE_URL ? "PostgreSQL" : config.DATA_DIR}\n`);
