// Creates a user and an API key for it, and prints the key once (only its hash is stored).
//   npm run keys:create -- --name alice [--admin]
// Run it while the server is stopped when using embedded PGlite (one process per data directory).
import { parseArgs } from "node:util";
import { loadConfig } from "../src/infra/config.ts";
import { openDatabase } from "../src/infra/db.ts";
import { issueApiKey } from "../src/resolvers/auth.ts";

const { values } = parseArgs({ options: { name: { type: "string" }, admin: { type: "boolean", default: false } } });
if (!values.name) {
  process.stderr.write("usage: npm run keys:create -- --name <name> [--admin]\n");
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
const user = await db.prisma.user.create({ data: { name: values.name, role: values.admin ? "ADMIN" : "USER" } });
const key = await issueApiKey(db.prisma, user.id, "cli");
await db.close();
process.stdout.write(`user ${user.id} (${user.role})\nauthorization: Bearer ${key}\n`);
