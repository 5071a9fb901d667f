import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The newest modification time (ms) of any file under `dir`. */
export function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * vitest globalSetup: the browser tests drive the built app, so build it when
 * web/dist is missing or older than its sources (npm ci builds it too).
 */
export default async function setup(): Promise<void> {
  const index = join(root, "web/dist/index.html");
  const sources = Math.max(
    newest(join(root, "web/src")),
    newest(join(root, "packages/client/src")), // the pages are bundled with the client kit's source
    statSync(join(root, "web/index.html")).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  try {
    const { build } = await import("vite");
    await build({ configFile: join(root, "web/vite.config.ts"), logLevel: "warn" });
  } catch (err) {
    // Only the browser and web route tests need the app; the rest of the suite still runs.
    console.warn(`web app not built (run npm ci): ${String(err)}`);
  }
}
