import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { type ServerProcess, startServerProcess } from "./server-process.ts";

/**
 * Real server processes restarted on one data directory (embedded mode), against
 * one emulator: for what a restart must keep. Everything is stopped and removed
 * after the file's tests.
 */
export function useRestarts(prefix: string, base: Record<string, string> = {}) {
  const ctx = { emulator: undefined as unknown as Emulator };
  const servers: ServerProcess[] = [];
  const dirs: string[] = [];
  beforeAll(async () => {
    ctx.emulator = await startEmulator({ deltaDelayMs: 0 });
  });
  afterAll(async () => {
    await Promise.allSettled(servers.map((s) => s.stop("SIGKILL")));
    await ctx.emulator?.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  return Object.assign(ctx, {
    async serverOn(dir: string, env: Record<string, string>) {
      const s = await startServerProcess(
        { DATA_DIR: dir, GEMINI_BASE_URL: ctx.emulator.url, GEMINI_API_KEY: "any", ...base, ...env },
        60_000,
      );
      servers.push(s);
      return s;
    },
    async dataDir() {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
  });
}
