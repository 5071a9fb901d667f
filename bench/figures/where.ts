// Where the CPU of the rows the table does not meet goes: CPU profiles of the server over the same workloads,
// split by owner (PGlite, Prisma, the SDK, graphql-js, ...), and of the compiled server's start. The workload
// profiles run the sources under tsx, whose frames name their files (the compiled server's are one bundle);
// the start is the compiled server's, its frames named through the bundle's source maps.
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CallFrame, groupOwners, inspect, type Profile, selfTimeByOwner } from "../lib/cpuprofile.ts";
import { type Proc, startBareYoga, startCompiledServer, startServer } from "../lib/procs.ts";
import { round } from "../lib/stats.ts";
import { reqPerSecond } from "./requests.ts";
import { untilHealthy } from "./startup.ts";
import { cpuPerEventOneSubscriber, cpuPerEventUnwatched, firstDelta } from "./streaming.ts";

/** The parts a profile is split into, first match first (owners are package names, `src/...`, or V8's own). */
const PARTS: [string, RegExp][] = [
  ["PGlite (postgres in WASM, its JS and file system)", /^@electric-sql\/pglite$/],
  ["Prisma (client, query compiler, driver adapter)", /^@prisma\/|^src\/generated/],
  ["@google/genai (the upstream request, SSE parsing)", /^@google\/genai$/],
  ["graphql-js (parse, validate, execute)", /^graphql$|^@graphql-tools\//],
  ["Yoga, envelop, whatwg-node (HTTP, plugins)", /^graphql-yoga$|^@graphql-yoga\/|^@envelop\/|^@whatwg-node\//],
  ["ws, graphql-ws (WebSocket frames)", /^ws$|^graphql-ws$/],
  ["Pothos (schema, scope checks)", /^@pothos\//],
  ["prom-client (metrics)", /^prom-client$/],
  ["the server's own code (src/)", /^src\//],
  ["V8 compiling modules", /^\(compile\)$/],
  ["the bundle's top level (modules' top-level statements, esbuild's helpers)", /^\(bundle\)$/],
  ["Node.js on its own (event loop, sockets, HTTP parsing, module loading)", /^node$/],
  ["garbage collection", /^\(garbage collector\)$/],
  ["native code outside JavaScript (syscalls, V8 runtime)", /^\(program\)$/],
];

export interface Breakdown {
  /** What ran while the profile was taken. */
  workload: string;
  cpuMs: number;
  /** Share of the CPU (%) by part, largest first. */
  parts: [part: string, percent: number][];
  /** Where the profile was written. */
  profile: string;
}

/** The profile's split, and the profile itself in bench/results/ (git-ignored), to open in DevTools or speedscope. */
async function breakdown(workload: string, profile: Profile, source?: (f: CallFrame) => string): Promise<Breakdown> {
  const file = `where-${workload
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 60)}.cpuprofile`;
  await writeFile(new URL(`../results/${file}`, import.meta.url), JSON.stringify(profile));
  const parts = groupOwners(selfTimeByOwner(profile, source), PARTS, "other libraries");
  const cpuMs = parts.reduce((a, [, ms]) => a + ms, 0);
  return {
    workload,
    cpuMs: round(cpuMs, 0),
    parts: parts.map(([p, ms]) => [p, round((100 * ms) / cpuMs, 1)]),
    profile: `bench/results/${file}`,
  };
}

/** A tsx server on a data directory of its own; `close` stops it and removes the directory. */
async function ownServer(env: Record<string, string>, nodeArgs: string[] = []) {
  const dir = await mkdtemp(join(tmpdir(), "bench-where-"));
  const server = await startServer({ ...env, DATA_DIR: dir }, nodeArgs);
  const close = async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
  return { server, close };
}

/**
 * The workloads of the unmet CPU, flow and req/s rows, each under the profiler of a server of its own (tsx,
 * embedded, against the bench's emulator): unwatched runs, one subscriber unpaced and paced 2 ms, and
 * `{ viewer { id } }` under load, then bare Yoga under that load.
 */
export async function workloadProfiles(emulator: Proc, env: Record<string, string>): Promise<Breakdown[]> {
  const { server, close } = await ownServer(env, ["--inspect=127.0.0.1:0"]);
  const profiler = await inspect(server.output);
  const setup = { emulator, server };
  const out: Breakdown[] = [];
  const profiled = async (workload: string, run: () => Promise<unknown>) => {
    await profiler.start();
    await run();
    out.push(await breakdown(workload, await profiler.stop()));
  };
  try {
    // Warm: the first turns compile the hot paths and open the database's files.
    await firstDelta(setup, { deltaDelayMs: 0, deltas: 504, rounds: 5 });
    await profiled("unwatched runs (20 × 504 deltas, `createInteraction`, unpaced)", () =>
      cpuPerEventUnwatched(setup, { deltas: 504, runs: 20 }),
    );
    await profiled("one subscriber, unpaced (10 × 504 deltas, its own `chat`)", () =>
      cpuPerEventOneSubscriber(setup, { deltas: 504, runs: 10 }),
    );
    await profiled("one subscriber, paced 2 ms (2 × 504 deltas)", () =>
      firstDelta(setup, { deltaDelayMs: 2, deltas: 504, rounds: 2 }),
    );
    await reqPerSecond(server.url, VIEWER, 32, 1);
    await profiled("`{ viewer { id } }`, 32 connections, 5 s", () => reqPerSecond(server.url, VIEWER, 32, 5));
  } finally {
    profiler.close();
    await close();
  }
  // The req/s row's baseline under the same load: what the gateway adds is the difference.
  const bare = await startBareYoga(["--inspect=127.0.0.1:0"]);
  const bareProfiler = await inspect(bare.output);
  try {
    await reqPerSecond(bare.url, VIEWER, 32, 1);
    await bareProfiler.start();
    await reqPerSecond(bare.url, VIEWER, 32, 5);
    out.push(await breakdown("bare Yoga, the same load", await bareProfiler.stop()));
  } finally {
    bareProfiler.close();
    await bare.stop();
  }
  return out;
}
const VIEWER = "{ viewer { id } }";

/** The compiled server's start to a healthy /healthz on an existing data directory, under `--cpu-prof`. */
export async function startProfile(env: Record<string, string>): Promise<Breakdown & { healthyMs: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), "bench-start-"));
  const profiles = await mkdtemp(join(tmpdir(), "bench-start-prof-"));
  try {
    await (await startCompiledServer({ ...env, DATA_DIR: dataDir })).stop(); // the directory exists from here
    const t0 = performance.now();
    const server = await startCompiledServer({ ...env, DATA_DIR: dataDir }, [
      "--cpu-prof",
      `--cpu-prof-dir=${profiles}`,
    ]);
    const healthyMs = await untilHealthy(server.url, t0);
    await server.stop();
    const [file] = await readdir(profiles);
    if (!file) throw new Error("the server wrote no CPU profile");
    const profile = until(JSON.parse(await readFile(join(profiles, file), "utf8")) as Profile, healthyMs);
    return {
      ...(await breakdown("compiled server's start to a healthy /healthz", profile, bundleSource())),
      healthyMs: round(healthyMs, 0),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(profiles, { recursive: true, force: true });
  }
}

/** The profile's samples up to `ms` after it started. */
function until(profile: Profile, ms: number): Profile {
  let n = 0;
  for (let t = 0; n < profile.timeDeltas.length && t <= ms * 1000; n++) t += profile.timeDeltas[n] ?? 0;
  return { ...profile, samples: profile.samples.slice(0, n), timeDeltas: profile.timeDeltas.slice(0, n) };
}

/** A frame's original file, through the source map written beside each bundle chunk (its own URL otherwise). */
function bundleSource(): (f: CallFrame) => string {
  const maps = new Map<string, SourceMap | undefined>();
  return (f) => {
    if (!f.url.startsWith("file:") || !f.url.includes("/dist/bundle/")) return f.url;
    if (!maps.has(f.url)) maps.set(f.url, loadMap(`${fileURLToPath(f.url)}.map`));
    const entry = maps.get(f.url)?.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string } | undefined;
    // Unmapped: the bundle's top level (every module's top-level statements) and esbuild's helpers.
    return entry?.originalSource ?? "(bundle)";
  };
}

function loadMap(path: string): SourceMap | undefined {
  try {
    return new SourceMap(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return undefined;
  }
}

/** Sums and counts of the server's histograms, by metric name and labels, from its /metrics. */
async function histograms(metricsUrl: string): Promise<Map<string, { sum: number; count: number }>> {
  const out = new Map<string, { sum: number; count: number }>();
  for (const line of (await (await fetch(metricsUrl)).text()).split("\n")) {
    const m = line.match(/^(\w+)_(sum|count)(\{[^}]*\})? (\S+)$/);
    if (!m?.[1] || !m[4]) continue;
    const key = `${m[1]}${m[3] ?? ""}`;
    const h = out.get(key) ?? { sum: 0, count: 0 };
    h[m[2] === "sum" ? "sum" : "count"] = Number(m[4]);
    out.set(key, h);
  }
  return out;
}

/**
 * Where the first delta's added time goes (the first-delta rows), as means over unpaced `chat` turns: the
 * client's times of those turns and of the raw SDK's, next to the server's own histograms over the same turns:
 * its GraphQL phases for the chat operation; the subscription's set-up (from the resolver's start to the stream
 * it returns: the turn's start, whose upstream request is accepted in it); and the run's first token (from the
 * run's start, once upstream accepted it, to its first delta). Set-up and first token meet where the run starts:
 * together they are the server's span from the resolver to the first delta, against the raw SDK's request to its
 * first delta. What no histogram covers is the rest: the sockets both ways, and the first delta to its frame.
 */
export async function firstDeltaBudget(emulator: Proc, env: Record<string, string>) {
  const { server, close } = await ownServer({ ...env, METRICS_PORT: "0" });
  try {
    const metrics = `${server.output().match(/Metrics \(no key needed\):\s+(\S+)/)?.[1]}`;
    const setup = { emulator, server };
    await firstDelta(setup, { deltaDelayMs: 0, deltas: 104, rounds: 5 }); // warm
    const before = await histograms(metrics);
    const turns = await firstDelta(setup, { deltaDelayMs: 0, deltas: 104, rounds: 20 });
    const after = await histograms(metrics);
    const meanMs = (prefix: string) => {
      let sum = 0;
      let count = 0;
      for (const [key, h] of after)
        if (key.startsWith(prefix)) {
          sum += h.sum - (before.get(key)?.sum ?? 0);
          count += h.count - (before.get(key)?.count ?? 0);
        }
      return count ? (1000 * sum) / count : Number.NaN;
    };
    const op = '{operationName="Bench",operationType="subscription"}';
    const graphqlMs = ["parse", "validate", "context"]
      .map((p) => meanMs(`graphql_envelop_phase_${p}${op}`))
      .reduce((a, b) => a + b, 0);
    const setupMs = meanMs(`graphql_envelop_phase_subscribe${op}`);
    const firstTokenMs = meanMs("gig_run_first_token_seconds");
    const addedMs = turns.chatTtfdMsMean - turns.rawTtfdMsMean;
    const spanOverRawMs = setupMs + firstTokenMs - turns.rawTtfdMsMean;
    return {
      turns: turns.rounds,
      chatTtfdMsMean: turns.chatTtfdMsMean,
      rawTtfdMsMean: turns.rawTtfdMsMean,
      addedMs: round(addedMs, 2),
      graphqlMs: round(graphqlMs, 2),
      setupMs: round(setupMs, 2),
      firstTokenMs: round(firstTokenMs, 2),
      spanOverRawMs: round(spanOverRawMs, 2),
      restMs: round(addedMs - graphqlMs - spanOverRawMs, 2),
    };
  } finally {
    await close();
  }
}
