#!/usr/bin/env node
// The production build: compiled JavaScript in dist/, bundled into dist/bundle/, started with plain
// `node dist/bundle/main.js`.
// Plain JavaScript on purpose: it runs before anything is compiled, with no loader.
//
//   node scripts/build.mjs             build everything
//   node scripts/build.mjs --if-stale  build only when a source is newer than the last build (npm start)
//
// Each artefact is one entry of STEPS (the web app, the server, the client kit); add one there for anything new.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * One entry per artefact: what it is built from, the file whose age says when it was last built,
 * and how to build it. `--if-stale` skips a step whose output is newer than all of its inputs.
 */
const STEPS = [
  {
    name: "web app (vite -> web/dist/)",
    inputs: ["web", "packages/client/src", "package-lock.json"],
    ignore: ["web/dist"],
    output: "web/dist/index.html",
    run: () => run(npm, ["run", "build:web"]),
  },
  {
    name: "server (tsc -> dist/, esbuild -> dist/bundle/)",
    inputs: [
      "src",
      "scripts/bundle",
      "prisma/schema.prisma",
      "tsconfig.json",
      "tsconfig.build.json",
      "package-lock.json",
    ],
    ignore: [],
    output: "dist/.build-stamp",
    run: () => {
      run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"]);
      readCompilerWasmOnce(join(root, "dist/generated/prisma/internal/class.js"));
      bundle();
      writeFileSync(join(root, "dist/.build-stamp"), new Date().toISOString());
    },
  },
  {
    // The client kit other apps import (@gemini-interactions-graphql/client): JavaScript and .d.ts files.
    name: "client kit (tsc -> packages/client/dist/)",
    inputs: ["packages/client/src", "packages/client/tsconfig.json", "packages/client/package.json"],
    ignore: [],
    output: "packages/client/dist/.build-stamp",
    run: () => {
      run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", "packages/client/tsconfig.json"]);
      writeFileSync(join(root, "packages/client/dist/.build-stamp"), new Date().toISOString());
    },
  },
  {
    // A new embedded data directory starts from this instead of initdb + every migration (seconds in WASM).
    name: "embedded database template (dist/pglite-<migrations hash>.tar)",
    inputs: ["prisma/migrations", "dist/.build-stamp"],
    ignore: [],
    output: "dist/.template-stamp",
    run: () => {
      const script = "await (await import('./dist/infra/pglite-template.js')).writeTemplate('dist')";
      run(process.execPath, ["--input-type=module", "-e", script]);
      writeFileSync(join(root, "dist/.template-stamp"), new Date().toISOString());
    },
  },
];

/**
 * Prisma's generated client imports its query compiler as a module whose one export is the WASM in
 * base64: the module's source and the string stay in the heap for the life of the process (2 x 2.5 MB),
 * though the bytes are needed once, to compile. The compiled client reads that file as text instead,
 * so both strings are garbage once the module is compiled. Left as generated when the code has changed
 * shape (a newer Prisma): only memory is at stake.
 */
function readCompilerWasmOnce(file) {
  if (!existsSync(file)) return;
  const source = readFileSync(file, "utf8");
  const marker = "/* read as text: scripts/build.mjs */";
  if (source.includes(marker)) return;
  const imported =
    /const \{ wasm \} = await import\(("@prisma\/client\/runtime\/query_compiler_bg\.\w+\.wasm-base64\.mjs")\);/;
  const match = source.match(imported);
  if (!match)
    return void process.stderr.write("build: Prisma's query compiler loader changed shape; left as generated\n");
  const read = [
    `${marker} const text = await (await import("node:fs/promises")).readFile(new URL(import.meta.resolve(${match[1]})), "utf8");`,
    `const wasm = text.slice(text.indexOf('"') + 1, text.lastIndexOf('"'));`,
  ].join(" ");
  writeFileSync(
    file,
    source.replace(imported, () => read),
  );
}

/**
 * The server as one module and a few lazily loaded chunks (the emulator, scale-out, GraphiQL): Node 20
 * resolves, reads and links each of the ~1,600 files of dist/ and node_modules one by one, and that
 * was 1.2 of its 2 seconds to a healthy /healthz. Whitespace-minified it is also ASCII only (comments
 * gone), so V8 holds its 3.5 MB source as one-byte characters. Identifiers are kept, for stack traces.
 * Left outside, resolved from node_modules at run time: packages that read files next to their own
 * modules (PGlite's WASM and data, Prisma's query compiler, BullMQ's Lua scripts), the tracing SDK
 * (loaded only when tracing is on), and ws's optional native add-ons.
 * google-auth-library is replaced by a stand-in (scripts/bundle/): see there why it is never used.
 * The bundle sits two folders below the project root like every compiled module, so paths made from
 * `import.meta.url` (the migrations, the database template) resolve the same.
 */
function bundle() {
  const external = [
    "@electric-sql/pglite",
    "@prisma/client",
    "bullmq",
    "@opentelemetry/sdk-*",
    "@opentelemetry/exporter-*",
    "@opentelemetry/resources",
    "@prisma/instrumentation",
    "bufferutil",
    "utf-8-validate",
  ];
  rmSync(join(root, "dist/bundle"), { recursive: true, force: true });
  const { buildSync } = createRequire(import.meta.url)("esbuild");
  buildSync({
    entryPoints: [join(root, "dist/main.js")],
    outdir: join(root, "dist/bundle"),
    ...{ bundle: true, splitting: true, format: "esm", platform: "node", target: "node20" },
    ...{ minifyWhitespace: true, minifySyntax: true, legalComments: "none", logLevel: "error" },
    // Written next to it, read only under --enable-source-maps: positions in src/*.ts, through tsc's maps.
    sourcemap: true,
    // A production build, as the bundled libraries read it: graphql-js's instanceOf is a plain instanceof
    // (its development check of each failed one was 0.7% of a fan-out's CPU and 2.6% of a chat's up to its
    // first delta, in profiles), and graphql-ws closes a socket on an internal error without its message.
    define: { "process.env.NODE_ENV": '"production"' },
    external,
    alias: { "google-auth-library": join(root, "scripts/bundle/google-auth-library.mjs") },
    // CommonJS packages inside an ES module still call require() for Node's built-ins.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
  });
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The newest modification time under a file or directory (0 when absent), skipping `ignore` and node_modules. */
function newest(path, ignore) {
  const full = join(root, path);
  if (!existsSync(full) || ignore.includes(path) || path.endsWith("node_modules")) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const entry of readdirSync(full)) max = Math.max(max, newest(join(path, entry), ignore));
  return max;
}

const onlyIfStale = process.argv.includes("--if-stale");
const started = Date.now();
let ran = 0;
for (const step of STEPS) {
  const out = join(root, step.output);
  const built = existsSync(out) ? statSync(out).mtimeMs : 0;
  if (onlyIfStale && built && Math.max(...step.inputs.map((i) => newest(i, step.ignore))) <= built) continue;
  if (!existsSync(join(root, step.inputs[0]))) continue; // e.g. no web/ in this checkout
  process.stderr.write(`build: ${step.name}\n`);
  mkdirSync(join(root, "dist"), { recursive: true });
  step.run();
  ran++;
}
if (ran) process.stderr.write(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
