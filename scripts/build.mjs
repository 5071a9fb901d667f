#!/usr/bin/env node
// The production build: compiled JavaScript in dist/, started with plain `node dist/main.js`.
// Plain JavaScript on purpose: it runs before anything is compiled, with no loader.
//
//   node scripts/build.mjs             build everything
//   node scripts/build.mjs --if-stale  build only when a source is newer than the last build (npm start)
//
// Each step is one entry of STEPS: a web app's build (web/ -> its assets) is added
// here once it exists, and the server serves what it writes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stamp = join(root, "dist", ".build-stamp");

const STEPS = [
  {
    name: "server (tsc -> dist/)",
    inputs: ["src", "prisma/schema.prisma", "tsconfig.json", "tsconfig.build.json", "package-lock.json"],
    run: () => run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"]),
  },
];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The newest modification time under a file or directory (0 when absent). */
function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(full)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const onlyIfStale = process.argv.includes("--if-stale");
const started = Date.now();
let ran = 0;
for (const step of STEPS) {
  if (onlyIfStale && built && Math.max(...step.inputs.map(newest)) <= built) continue;
  process.stderr.write(`build: ${step.name}\n`);
  step.run();
  ran++;
}
if (ran) {
  mkdirSync(join(root, "dist"), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
  process.stderr.write(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
