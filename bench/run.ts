// `npm run bench`: every figure of the performance table, each against a
// baseline measured in the same run on the same machine (the raw SDK against
// the same standalone emulator, a bare Yoga server, `node -e ''`). Medians of
// interleaved rounds. Results: bench/results/summary.{json,md}.
// A full run also writes the table into README.md (between its bench:summary markers).
// BENCH_QUICK=1 runs fewer rounds (a smoke run into summary-quick.*, not for the README).
// BENCH_PG_URL (an admin connection; a database of its own is created and dropped), BENCH_REDIS_PORT.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { requestRates } from "./figures/requests.ts";
import { sqlPerTurn } from "./figures/sql.ts";
import { coldStart, memory } from "./figures/startup.ts";
import {
  cpuPerEventOneSubscriber,
  cpuPerEventUnwatched,
  fanOut,
  firstDelta,
  rawCpuPerEvent,
  type Setup,
} from "./figures/streaming.ts";
import { firstDeltaBudget, startProfile, workloadProfiles } from "./figures/where.ts";
import { type Proc, spawnUntil, startBareYoga, startCompiledServer, startEmulator, startServer } from "./lib/procs.ts";
import { type Results, renderSummary, withSummary } from "./lib/summary.ts";

const quick = process.env.BENCH_QUICK === "1";
const R = (full: number, small: number) => (quick ? small : full);
const started = performance.now();
/** Progress on stderr, with the time since the start (a full run takes about 10 minutes on 2 cores). */
const log = (s: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}\n`);

async function streamingFigures(setup: Setup, mode: string) {
  log(`${mode}: first delta, unpaced`);
  const unpaced = await firstDelta(setup, { deltaDelayMs: 0, deltas: 104, rounds: R(40, 6) });
  log(`${mode}: first delta, paced 25 ms`);
  const paced25ms = await firstDelta(setup, { deltaDelayMs: 25, deltas: 8, rounds: R(20, 4) });
  log(`${mode}: 504-delta replies`);
  const throughput504 = await firstDelta(setup, { deltaDelayMs: 0, deltas: 504, rounds: R(9, 3) });
  return { unpaced, paced25ms, throughput504 };
}

/** Scale-out needs PostgreSQL and a Redis; the bench starts a private Redis and its own database. */
async function scaleOutEnv(): Promise<{ env: Record<string, string>; close(): Promise<void> } | null> {
  const admin = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `bench_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
  } catch (err) {
    log(`scale-out skipped: no PostgreSQL (${(err as Error).message})`);
    await client.end().catch(() => {});
    return null;
  }
  let redis: Proc;
  try {
    const port = process.env.BENCH_REDIS_PORT ?? String(20000 + (process.pid % 20000));
    redis = await spawnUntil(
      "redis-server",
      ["--port", port, "--save", "", "--appendonly", "no"],
      {},
      /(Ready to accept connections)/,
    );
    redis.url = `redis://127.0.0.1:${port}`;
  } catch (err) {
    log(`scale-out skipped: no redis-server (${(err as Error).message})`);
    await client.query(`DROP DATABASE ${name}`);
    await client.end();
    return null;
  }
  return {
    env: { DATABASE_URL: admin.replace(/\/[^/]*$/, `/${name}`), REDIS_URL: redis.url },
    close: async () => {
      await redis.stop();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const emulator = await startEmulator(0);
const bare = await startBareYoga();
const base = { GEMINI_BASE_URL: emulator.url };
const dataDir = await mkdtemp(join(tmpdir(), "bench-data-"));
const results: Omit<Results, "machine"> = {};
try {
  log("embedded: starting");
  const embedded = await startServer({ ...base, DATA_DIR: dataDir });
  const setup = { emulator, server: embedded };
  const streaming = await streamingFigures(setup, "embedded");
  log("embedded: CPU per event, unwatched, and the raw SDK's on the same replies");
  const unwatchedCpu = await cpuPerEventUnwatched(setup, { deltas: 504, runs: R(10, 3) });
  const rawCpu = await rawCpuPerEvent(setup, { deltas: 504, runs: R(10, 3) });
  const oneSubscriberCpu = await cpuPerEventOneSubscriber(setup, { deltas: 504, runs: R(10, 3) });
  const rawCpuPaced = await rawCpuPerEvent(setup, { deltas: 504, runs: R(2, 1), deltaDelayMs: 2 });
  // The figure: one run, 0 then 30 followers besides its own chat; 504 deltas, as the CPU clock ticks in 10 ms.
  log("embedded: CPU per event, 1 and 31 subscribers");
  const fan = await fanOut(setup, { n: 31, deltas: 504, deltaDelayMs: 2, rounds: R(3, 1) });
  results.embedded = { ...streaming, unwatchedCpu, oneSubscriberCpu, rawCpu, rawCpuPaced, fanOut: fan };
  log("embedded: req/s against bare Yoga");
  results.requests = {
    embedded: await requestRates(embedded, bare, { connections: 32, seconds: R(5, 2), rounds: R(3, 1) }),
  };
  // The figure is per subscription with 10,000 open (100 sockets × 100); a quick run opens 2,000.
  log(`embedded: memory, ${R(10_000, 2_000)} idle subscriptions`);
  results.memory = await memory(embedded, bare, { chats: R(50, 10), sockets: 100, perSocket: R(100, 20) });
  await embedded.stop();

  log("SQL per turn");
  results.sql = await sqlPerTurn(emulator.url, R(10, 3));
  log("cold start");
  results.coldStart = await coldStart(base, R(3, 1));
  // What `npm start` runs (compiled, no tsx in the process): the memory a deployment sees. coldStart built dist/.
  log(`compiled server: memory, ${R(10_000, 2_000)} idle subscriptions`);
  const compiledDir = await mkdtemp(join(tmpdir(), "bench-compiled-"));
  try {
    const compiled = await startCompiledServer({ ...base, DATA_DIR: compiledDir });
    results.memoryCompiled = await memory(compiled, bare, { chats: R(50, 10), sockets: 100, perSocket: R(100, 20) });
    // The CPU rows again on what `npm start` runs (its bundle and node flags): the rows above run the sources under tsx.
    log("compiled server: CPU per event, unwatched, 1 and 31 subscribers");
    const setup = { emulator, server: compiled };
    await firstDelta(setup, { deltaDelayMs: 0, deltas: 504, rounds: R(15, 3) });
    results.compiledCpu = {
      unwatched: await cpuPerEventUnwatched(setup, { deltas: 504, runs: R(10, 3) }),
      oneSubscriber: await cpuPerEventOneSubscriber(setup, { deltas: 504, runs: R(10, 3) }),
      fanOut: await fanOut(setup, { n: 31, deltas: 504, deltaDelayMs: 2, rounds: R(3, 1) }),
    };
    await compiled.stop();
  } finally {
    await rm(compiledDir, { recursive: true, force: true });
  }

  log("where the CPU goes: profiles of the workloads and of the compiled server's start");
  results.where = {
    workloads: await workloadProfiles(emulator, base),
    start: await startProfile(base),
    firstDelta: await firstDeltaBudget(emulator, base),
  };

  const scaleOut = await scaleOutEnv();
  if (scaleOut) {
    try {
      log("scale-out: starting (PostgreSQL, a private Redis)");
      const server = await startServer({ ...base, ...scaleOut.env });
      results.scaleOut = await streamingFigures({ emulator, server }, "scale-out");
      log("scale-out: req/s against bare Yoga");
      results.requests.scaleOut = await requestRates(server, bare, {
        connections: 32,
        seconds: R(5, 2),
        rounds: R(3, 1),
      });
      await server.stop();
    } finally {
      await scaleOut.close();
    }
  }
} finally {
  await bare.stop();
  await emulator.stop();
  await rm(dataDir, { recursive: true, force: true });
}

const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  commit: execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim(),
  quick,
};
const out: Results = { machine, ...results };
await mkdir(new URL("./results/", import.meta.url), { recursive: true });
await writeFile(
  new URL(`./results/summary${quick ? "-quick" : ""}.json`, import.meta.url),
  `${JSON.stringify(out, null, 2)}\n`,
);
const md = renderSummary(out);
await writeFile(new URL(`./results/summary${quick ? "-quick" : ""}.md`, import.meta.url), md);
// The README's table comes from full runs only (a quick run is a smoke test).
const readme = new URL("../README.md", import.meta.url);
if (!quick) await writeFile(readme, withSummary(await readFile(readme, "utf8"), md));
process.stdout.write(md);
log(`done: bench/results/summary${quick ? "-quick" : ""}.md${quick ? "" : " and README.md"}`);
