// Users and API keys from the command line.
//   npm run keys -- create --user <name> [--admin]   prints a new key (the secret is shown once)
//   npm run keys -- list                             every key: prefix, user, scopes, last use, revoked
//   npm run keys -- revoke <key id | prefix>
// PostgreSQL (DATABASE_URL): opens the database directly. Embedded PGlite: a data directory has one owner
// at a time, so while a server runs on it the command goes through that server (with the console
// credential it wrote to <DATA_DIR>/admin.token); it never opens the directory a second time.
import { parseArgs } from "node:util";
import { loadConfig } from "../src/infra/config.ts";
import { readConsoleToken } from "../src/infra/console-token.ts";
import { DataDirLockedError, isAlive, lockHolder } from "../src/infra/datalock.ts";
import { openDatabase } from "../src/infra/db.ts";
import { configuredTemplate } from "../src/infra/pglite-template.ts";
import { directStore } from "./keys/direct.ts";
import { remoteStore } from "./keys/remote.ts";
import type { KeyRow, KeyStore } from "./keys/types.ts";

const USAGE = `usage:
  npm run keys -- create --user <name> [--admin]
  npm run keys -- list
  npm run keys -- revoke <key id | prefix>
`;

const fail = (message: string, code = 1): never => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    user: { type: "string" },
    // `--name` is the older spelling (npm run keys:create -- --name alice).
    name: { type: "string" },
    admin: { type: "boolean", default: false },
  },
});
const [command, target] = positionals;

try {
  process.loadEnvFile();
} catch {
  // no .env
}
const config = loadConfig();

async function openStore(): Promise<KeyStore> {
  if (config.DATABASE_URL) return directStore(await openDatabase({ url: config.DATABASE_URL }));
  const server = await readConsoleToken(config.DATA_DIR);
  if (server && isAlive(server.pid)) {
    process.stderr.write(`(through the server at ${server.url}, which owns ${config.DATA_DIR})\n`);
    return remoteStore(server);
  }
  const owner = await lockHolder(config.DATA_DIR);
  if (owner !== null)
    fail(
      `A ${owner.role} (pid ${owner.pid}) owns the embedded database in ${config.DATA_DIR}, and no server ` +
        `console credential (${config.DATA_DIR}/admin.token) is readable. Run this as the user that runs the ` +
        "server, wait until it has finished starting, or stop it first.",
    );
  try {
    return directStore(
      await openDatabase({
        dataDir: config.DATA_DIR,
        owner: "keys command",
        template: await configuredTemplate(config),
      }),
    );
  } catch (err) {
    // Another process took the directory between the check and the open.
    return err instanceof DataDirLockedError ? fail(err.message) : Promise.reject(err);
  }
}

const line = (k: KeyRow) =>
  [
    k.id,
    k.prefix.padEnd(12),
    `${k.user.name} (${k.user.role})`,
    k.name,
    k.scopes.join(",") || "(role)",
    `created ${k.createdAt}`,
    `last used ${k.lastUsedAt ?? "never"}`,
    k.revokedAt ? `REVOKED ${k.revokedAt}` : "active",
  ].join("  ");

if (command === "create") {
  const userName = values.user ?? values.name;
  if (!userName) fail(USAGE, 2);
  const store = await openStore();
  try {
    const made = await store.create(userName as string, values.admin ?? false);
    process.stdout.write(
      `user ${made.user.id} ${made.user.name} (${made.user.role})\nkey ${made.key.id} prefix ${made.key.prefix}\n` +
        `authorization: Bearer ${made.secret}\n(shown once: only its hash is stored)\n`,
    );
  } finally {
    await store.close();
  }
} else if (command === "list") {
  const store = await openStore();
  try {
    const rows = await store.list();
    process.stdout.write(rows.length ? `${rows.map(line).join("\n")}\n` : "no keys\n");
  } finally {
    await store.close();
  }
} else if (command === "revoke") {
  if (!target) fail(USAGE, 2);
  const store = await openStore();
  try {
    const row = await store.revoke(target as string);
    if (!row) fail(`No key with id or prefix ${JSON.stringify(target)}`);
    else process.stdout.write(`revoked ${line(row)}\n`);
  } finally {
    await store.close();
  }
} else {
  fail(USAGE, 2);
}
