import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("../..", import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * vitest globalSetup: the browser tests drive the built app, so build it when
 * web/dist is missing or older than web/src (npm ci builds it too).
 */
export default async function setup(): Promise<void> {
  const index = join(root, "web/dist/index.html");
  const stale =
    !existsSync(index) ||
    statSync(index).mtimeMs < Math.max(newest(join(root, "web/src")), statSync(join(root, "web/index.html")).mtimeMs);
  if (stale) await build({ configFile: join(root, "web/vite.config.ts"), logLevel: "warn" });
}
