import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { newest } from "./build-web.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const pkg = join(root, "packages/client");

/**
 * vitest globalSetup: tests that import the client kit by its package name get packages/client/dist
 * (what an app installs), so build it when it is missing or older than its sources, rather than rely
 * on an earlier `npm run build`.
 */
export default function setup(): void {
  const built = join(pkg, "dist/node.js");
  const sources = Math.max(
    newest(join(pkg, "src")),
    statSync(join(pkg, "tsconfig.json")).mtimeMs,
    statSync(join(pkg, "package.json")).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(pkg, "tsconfig.json")], {
    stdio: "inherit",
  });
}
