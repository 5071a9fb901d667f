import { randomBytes } from "node:crypto";
import { chmod, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * The server console credential. An embedded (PGlite) data directory has one
 * owner at a time, so while the server runs, the keys CLI goes through it
 * with this admin-only token: random per start, written to
 * `<DATA_DIR>/admin.token` with mode 0600 (readable by the account that runs
 * the server), accepted only from a loopback address, removed at shutdown.
 */
export const CONSOLE_TOKEN_FILE = "admin.token";

export interface ConsoleToken {
  token: string;
  url: string;
  pid: number;
}

export const newConsoleToken = () => `gic_${randomBytes(32).toString("base64url")}`;

export async function writeConsoleToken(dataDir: string, value: ConsoleToken): Promise<void> {
  const file = join(dataDir, CONSOLE_TOKEN_FILE);
  await writeFile(file, JSON.stringify(value), { mode: 0o600 });
  // writeFile's mode applies only when it creates the file: one left behind (a crash) with wider rights keeps them.
  await chmod(file, 0o600);
}

export async function removeConsoleToken(dataDir: string, token: string): Promise<void> {
  // Only our own: a newer server on the same directory may have written its own since.
  if ((await readConsoleToken(dataDir))?.token === token) await rm(join(dataDir, CONSOLE_TOKEN_FILE), { force: true });
}

export async function readConsoleToken(dataDir: string): Promise<ConsoleToken | null> {
  try {
    const parsed = JSON.parse(await readFile(join(dataDir, CONSOLE_TOKEN_FILE), "utf8")) as Partial<ConsoleToken>;
    if (typeof parsed.token !== "string" || typeof parsed.url !== "string" || typeof parsed.pid !== "number")
      return null;
    return { token: parsed.token, url: parsed.url, pid: parsed.pid };
  } catch {
    return null;
  }
}
