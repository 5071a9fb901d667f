// Child processes the benchmarks measure from outside: the standalone emulator,
// the server as `npm start` runs it, a bare Yoga baseline, a private Redis.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
const TICKS_PER_SECOND = 100; // Linux USER_HZ, the unit of /proc/<pid>/stat times

export interface Proc {
  child: ChildProcess;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** Spawns a process and resolves once a line of its stdout matches `ready` (the URL in group 1). */
export function spawnUntil(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs = 60_000,
) {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const append = (d: Buffer) => {
    out += String(d);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  return new Promise<Proc>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")} did not start:\n${out}`)), timeoutMs);
    const check = () => {
      const m = out.match(ready);
      if (!m) return;
      clearTimeout(timer);
      child.stdout?.off("data", check);
      resolve({
        child,
        url: m[1] ?? "",
        output: () => out,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
            setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
          }),
      });
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}:\n${out}`)));
  });
}

export const startEmulator = (deltaDelayMs: number) =>
  spawnUntil(
    process.execPath,
    ["--import", "tsx", "src/emulator/main.ts", "--port", "0", "--delta-delay", String(deltaDelayMs)],
    {},
    /emulator on (http:\/\/\S+)/,
  );

/**
 * The bench measures what the gateway adds, from one load generator on one address: the per-user quotas and
 * the per-address WebSocket limits (production guards) are lifted so they do not refuse the load itself.
 */
const LOAD_ENV = {
  PORT: "0",
  LOG_LEVEL: "warn",
  GEMINI_API_KEY: "bench",
  STREAM_MAX_PER_ADDRESS: "100000",
  STREAM_MAX_PER_USER: "100000",
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: "100000",
  QUOTA_REQUESTS_PER_MINUTE: "0",
  QUOTA_CONCURRENT_RUNS: "0",
  QUOTA_TOKENS_PER_DAY: "0",
  QUOTA_TOKENS_PER_MONTH: "0",
};

/** Preloaded into the measured server: SIGUSR2 runs a full GC there (see heldRssBytes). */
const GC_ON_SIGNAL = new URL("./gc-on-signal.mjs", import.meta.url).href;

/** The server from its TypeScript sources through tsx (`npm run dev`, `npm run start:ts`), against the standalone emulator. */
export const startServer = (env: Record<string, string>, nodeArgs: string[] = []) =>
  spawnUntil(
    process.execPath,
    [...nodeArgs, "--import", GC_ON_SIGNAL, "--import", "tsx", "src/main.ts"],
    { ...LOAD_ENV, ...env },
    /GraphiQL: (http:\/\/\S+)\/graphql/,
  );

/**
 * What `npm start` runs, read from package.json's start script (`exec env K=V ... node <flags> dist/bundle/main.js`):
 * its environment settings, node's flags and the entry point, so the bench measures the server as deployed.
 */
function startScript(): { env: Record<string, string>; flags: string[]; entry: string } {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  const node = words.indexOf("node");
  const env = Object.fromEntries(
    words
      .slice(0, node)
      .filter((w) => /^[A-Z_]+=/.test(w))
      .map((w) => [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)]),
  );
  const entry = words.findIndex((w, i) => i > node && w.endsWith(".js"));
  return { env, flags: words.slice(node + 1, entry), entry: words[entry] as string };
}

/** The production start: compiled JavaScript from dist/ with plain node (`npm run build` first), as `npm start` runs it. */
export const startCompiledServer = (env: Record<string, string>, nodeArgs: string[] = []) => {
  const start = startScript();
  return spawnUntil(
    process.execPath,
    [...start.flags, ...nodeArgs, "--import", GC_ON_SIGNAL, start.entry],
    { ...start.env, ...LOAD_ENV, ...env },
    /GraphiQL: (http:\/\/\S+)\/graphql/,
  );
};

export const startBareYoga = (nodeArgs: string[] = []) =>
  spawnUntil(
    process.execPath,
    [...nodeArgs, "--import", "tsx", "bench/lib/bare-yoga.ts"],
    {},
    /bare yoga on (http:\/\/\S+)/,
  );

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * CPU seconds of a process's main thread (JavaScript, and what V8 does on it) and of its other threads (V8's
 * concurrent compiler and GC, libuv's pool); /proc/<pid>/stat sums them.
 */
export function cpuSecondsByThread(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    } catch {
      continue; // the thread ended meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Node names none of its threads: the main one is the one whose id is the process's.
    const kind = tid === String(pid) ? "main thread" : "other threads (V8 compiler and GC, libuv pool)";
    out[kind] = (out[kind] ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  }
  return out;
}

/**
 * Memory after a full GC in a server started by startServer/startCompiledServer (gc-on-signal.mjs):
 * what it holds, not garbage V8 has yet to collect. RSS, and the V8 heap plus external memory in use.
 */
export async function heldMemory(
  proc: Proc,
): Promise<{ rss: number; heapAndExternal: number; spaces: Record<string, number> }> {
  const seen = proc.output().length;
  process.kill(proc.child.pid as number, "SIGUSR2");
  for (let i = 0; i < 200; i++) {
    await sleep(25);
    const line = proc
      .output()
      .slice(seen)
      .match(/gc-held (\{.*\})/)?.[1];
    if (!line) continue;
    const held = JSON.parse(line) as { heapUsed: number; external: number; spaces: Record<string, number> };
    // RSS once the GC's freed pages are given back.
    await sleep(250);
    return {
      rss: rssBytes(proc.child.pid as number),
      heapAndExternal: held.heapUsed + held.external,
      spaces: held.spaces,
    };
  }
  throw new Error("the server did not answer SIGUSR2 (started without bench/lib/gc-on-signal.mjs?)");
}

/** Resident set size in bytes. */
export function rssBytes(pid: number): number {
  const kb = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/)?.[1];
  return Number(kb) * 1024;
}

export const setEmulatorPacing = (emulatorUrl: string, deltaDelayMs: number) =>
  fetch(`${emulatorUrl}/_emulator/config`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ deltaDelayMs }),
  }).then((r) => r.text());

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
