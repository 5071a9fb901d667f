// `npm run bench:scaleout`: 1, 2 and 4 server processes on one PostgreSQL and one Redis (a private
// standalone redis-server, then a 3-node Redis Cluster started here), N streams × M followers each,
// the followers spread over the processes. Reports delivered events per CPU-second of the servers
// (flat across 1/2/4 = linear scaling) and the first delta added over the raw SDK under that load.
// Needs PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres: a database
// of its own is created and dropped) and redis-server / redis-cli on PATH.
// SCALE_STREAMS (4), SCALE_FOLLOWERS (4), SCALE_DELTAS (104). Results: bench/results/scaleout.{json,md}.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { cpuSeconds, type Proc, setEmulatorPacing, spawnUntil, startEmulator, startServer } from "./lib/procs.ts";
import { median, round } from "./lib/stats.ts";
import { chat, follow, promptFor, rawSdk, wsClient } from "./lib/streams.ts";

const N = Number(process.env.SCALE_STREAMS ?? 4);
const M = Number(process.env.SCALE_FOLLOWERS ?? 4);
const DELTAS = Number(process.env.SCALE_DELTAS ?? 104);
const log = (s: string) => process.stderr.write(`[scaleout] ${s}\n`);

const startRedis = (port: number, dir: string, cluster: boolean) =>
  spawnUntil(
    "redis-server",
    [
      "--port",
      String(port),
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
      ...(cluster ? ["--cluster-enabled", "yes", "--cluster-config-file", `nodes-${port}.conf`] : []),
    ],
    {},
    /(Ready to accept connections)/,
  );

/** A private Redis: standalone, or a 3-node cluster. Returns its REDIS_URL and the nodes to stop. */
async function redis(cluster: boolean, dir: string): Promise<{ url: string; nodes: Proc[] }> {
  const base = 21000 + (process.pid % 3000) * 3;
  const ports = cluster ? [base, base + 1, base + 2] : [base];
  const nodes = await Promise.all(ports.map((p) => startRedis(p, dir, cluster)));
  if (cluster) {
    const hosts = ports.map((p) => `127.0.0.1:${p}`);
    execFileSync("redis-cli", ["--cluster", "create", ...hosts, "--cluster-replicas", "0", "--cluster-yes"]);
    for (let i = 0; i < 100; i++) {
      const ok = ports.every((p) =>
        execFileSync("redis-cli", ["-p", String(p), "cluster", "info"]).includes("cluster_state:ok"),
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url: ports.map((p) => `redis://127.0.0.1:${p}`).join(","), nodes };
}

/** N chats, each followed by M subscribers on the other processes; CPU of all servers over the load. */
async function load(servers: Proc[], emulator: Proc) {
  await setEmulatorPacing(emulator.url, 2);
  const text = promptFor(DELTAS);
  const raw = rawSdk(emulator.url);
  const rawTtfd: number[] = [];
  for (let i = 0; i < 5; i++) rawTtfd.push((await raw(text)).ttfdMs);
  const sockets = servers.map((s) => wsClient(s.url, false));
  const before = servers.map((s) => cpuSeconds(s.child.pid as number));
  const t0 = performance.now();
  const runs = Array.from({ length: N }, async (_, i) => {
    const own = sockets[i % servers.length];
    if (!own) throw new Error("no socket");
    let followers: Promise<number[]> = Promise.resolve([]);
    const sample = await chat(own, text, {
      onCreated: (id) => {
        const on = Array.from({ length: M }, (_, j) => sockets[(i + j + 1) % servers.length] ?? own);
        followers = Promise.all(on.map((ws) => follow(ws, id)));
      },
    });
    const counts = await followers;
    return { ttfd: sample.ttfdMs, delivered: sample.deltas + counts.reduce((a, b) => a + b, 0) };
  });
  const done = await Promise.all(runs);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = servers.map((s, i) => cpuSeconds(s.child.pid as number) - (before[i] ?? 0));
  await Promise.all(sockets.map((ws) => ws.dispose()));
  const delivered = done.reduce((a, r) => a + r.delivered, 0);
  const cpuTotal = cpu.reduce((a, b) => a + b, 0);
  return {
    processes: servers.length,
    streams: N,
    followersPerStream: M,
    delivered,
    wallSeconds: round(seconds),
    cpuSecondsPerProcess: cpu.map((c) => round(c)),
    deliveredPerCpuSecond: round(delivered / cpuTotal, 0),
    addedTtfdMsP50: round(median(done.map((r) => r.ttfd)) - median(rawTtfd)),
  };
}

const admin = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const results: (Awaited<ReturnType<typeof load>> & { redis: string })[] = [];
const emulator = await startEmulator(2);
const dir = await mkdtemp(join(tmpdir(), "bench-scale-"));
try {
  for (const cluster of [false, true]) {
    const r = await redis(cluster, dir);
    const name = `bench_scale_${process.pid}_${cluster ? "c" : "s"}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    try {
      const env = {
        DATABASE_URL: admin.replace(/\/[^/]*$/, `/${name}`),
        REDIS_URL: r.url,
        GEMINI_BASE_URL: emulator.url,
      };
      for (const count of [1, 2, 4]) {
        log(`${cluster ? "cluster" : "standalone"} Redis, ${count} process(es)`);
        const servers: Proc[] = [];
        // One at a time: they migrate under an advisory lock, and a 2-core machine starts them faster serially.
        for (let i = 0; i < count; i++) servers.push(await startServer(env));
        try {
          results.push({ ...(await load(servers, emulator)), redis: cluster ? "cluster (3 nodes)" : "standalone" });
        } finally {
          await Promise.all(servers.map((s) => s.stop()));
        }
      }
    } finally {
      await Promise.all(r.nodes.map((n) => n.stop()));
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    }
  }
} finally {
  await emulator.stop();
  await rm(dir, { recursive: true, force: true });
}

const md = [
  `# Scale-out (${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version})`,
  "",
  `${N} streams × ${M} followers, ${DELTAS} deltas paced 2 ms apart; followers on the other processes.`,
  `Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")} (other work on the machine shows here).`,
  "",
  "| Redis | processes | delivered events | events per server CPU-second | CPU s per process | first delta added (p50) |",
  "|---|---|---|---|---|---|",
  ...results.map(
    (x) =>
      `| ${x.redis} | ${x.processes} | ${x.delivered} | ${x.deliveredPerCpuSecond} | ${x.cpuSecondsPerProcess.join(" / ")} | +${x.addedTtfdMsP50} ms |`,
  ),
  "",
].join("\n");
await mkdir(new URL("./results/", import.meta.url), { recursive: true });
await writeFile(new URL("./results/scaleout.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(new URL("./results/scaleout.md", import.meta.url), md);
process.stdout.write(md);
