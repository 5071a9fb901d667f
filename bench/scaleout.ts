// `npm run bench:scaleout`: 1, 2 and 4 server processes on one PostgreSQL and one Redis (a private
// standalone redis-server, then a 3-node Redis Cluster started here), N streams × M followers each,
// the followers spread over the processes. Reports delivered events per CPU-second of the servers
// (flat across 1/2/4 = linear scaling) and the first delta added over the raw SDK under that load.
// Needs PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres: a database
// of its own is created and dropped) and redis-server / redis-cli on PATH.
// SCALE_STREAMS (4), SCALE_FOLLOWERS (4), SCALE_DELTAS (104), SCALE_ROUNDS measured (10) after SCALE_WARMUP
// (10) unmeasured, SCALE_PROCS (1,2,4), SCALE_REDIS (standalone,cluster), SCALE_PLACEMENT (spread; local puts a
// stream's followers on its owner's process), SCALE_REDIS_PORT (the first of 3 ports). SCALE_PROFILE=1 also takes a CPU profile of every
// server over the measured rounds (bench/results/scaleout-*.cpuprofile) and adds where the time went.
// Results: bench/results/scaleout.{json,md}.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { busyMs, type Inspector, inspect, type Profile, selfTime, timeByPart } from "./lib/cpuprofile.ts";
import {
  cpuSeconds,
  cpuSecondsByThread,
  type Proc,
  setEmulatorPacing,
  sleep,
  spawnUntil,
  startEmulator,
  startServer,
} from "./lib/procs.ts";
import { median, quantile, round } from "./lib/stats.ts";
import { chat, follow, promptFor, rawSdk, received, wsClient } from "./lib/streams.ts";

const N = Number(process.env.SCALE_STREAMS ?? 4);
const M = Number(process.env.SCALE_FOLLOWERS ?? 4);
const DELTAS = Number(process.env.SCALE_DELTAS ?? 104);
const ROUNDS = Number(process.env.SCALE_ROUNDS ?? 10);
const WARMUP = Number(process.env.SCALE_WARMUP ?? 10);
const PROFILE = process.env.SCALE_PROFILE === "1";
const REDIS_PORT = Number(process.env.SCALE_REDIS_PORT ?? 21000 + (process.pid % 3000) * 3);
const IDLE_MS = 5000;
/** "spread": a stream's followers on the other processes (the case to scale); "local": on its owner's. */
const PLACEMENT = process.env.SCALE_PLACEMENT === "local" ? "local" : "spread";
const PROCESS_COUNTS = (process.env.SCALE_PROCS ?? "1,2,4").split(",").map(Number);
const REDIS_KINDS = (process.env.SCALE_REDIS ?? "standalone,cluster").split(",");
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

/**
 * A private Redis: standalone, or a 3-node cluster, on the first free ports from REDIS_PORT on (a port of the
 * range may be an outgoing connection's for a while). Returns its REDIS_URL and the nodes to stop.
 */
async function redis(cluster: boolean, dir: string): Promise<{ url: string; nodes: Proc[] }> {
  for (let base = REDIS_PORT; ; base += 3) {
    const ports = cluster ? [base, base + 1, base + 2] : [base];
    const started = await Promise.allSettled(ports.map((p) => startRedis(p, dir, cluster)));
    const nodes = started.flatMap((x) => (x.status === "fulfilled" ? [x.value] : []));
    if (nodes.length < ports.length) {
      await Promise.all(nodes.map((n) => n.stop()));
      if (base - REDIS_PORT >= 45) throw new Error(`no free ports for Redis from ${REDIS_PORT}`);
      continue;
    }
    if (cluster) {
      const hosts = ports.map((p) => `127.0.0.1:${p}`);
      execFileSync("redis-cli", ["--cluster", "create", ...hosts, "--cluster-replicas", "0", "--cluster-yes"]);
      for (let i = 0; i < 100; i++) {
        const ok = ports.every((p) =>
          execFileSync("redis-cli", ["-p", String(p), "cluster", "info"]).includes("cluster_state:ok"),
        );
        if (ok) break;
        await sleep(100);
      }
    }
    return { url: ports.map((p) => `redis://127.0.0.1:${p}`).join(","), nodes };
  }
}

/** Follow subscriptions the servers refused (their errors), over the whole run. */
const refused: string[] = [];

/** N chats started at once, each followed by M subscribers on the other processes. */
async function burst(servers: Proc[], text: string) {
  const sockets = servers.map((s) => wsClient(s.url, false));
  const runs = Array.from({ length: N }, async (_, i) => {
    const own = sockets[i % servers.length];
    if (!own) throw new Error("no socket");
    let followers: Promise<number[]> = Promise.resolve([]);
    const sample = await chat(own, text, {
      onCreated: (id) => {
        const on = Array.from({ length: M }, (_, j) =>
          PLACEMENT === "local" ? own : (sockets[(i + j + 1) % servers.length] ?? own),
        );
        // A refused follow is counted (and its error kept), not fatal: the table shows it.
        followers = Promise.all(
          on.map((ws) =>
            follow(ws, id).catch((err: Error) => {
              refused.push(err.message);
              return 0;
            }),
          ),
        );
      },
    });
    const counts = await followers;
    return { ttfd: sample.ttfdMs, delivered: sample.deltas + counts.reduce((a, b) => a + b, 0) };
  });
  const done = await Promise.all(runs);
  await Promise.all(sockets.map((ws) => ws.dispose()));
  return { ttfd: done.map((r) => r.ttfd), delivered: done.reduce((a, r) => a + r.delivered, 0) };
}

const cpuOf = (servers: Proc[]) => servers.map((s) => cpuSeconds(s.child.pid as number));
const since = (servers: Proc[], before: number[]) => cpuOf(servers).map((c, i) => c - (before[i] ?? 0));

/**
 * The processes' CPU over ROUNDS rounds, after WARMUP unmeasured ones (a fresh process's first turns pay
 * its JIT compilation, first queries and connections: counted, they are a fixed cost per process that the
 * figure would charge to scaling). Also: CPU at rest (nothing to deliver) and, with SCALE_PROFILE=1, a
 * CPU profile of each process over the measured rounds.
 */
async function load(servers: Proc[], emulator: Proc, inspectors: Inspector[]) {
  await setEmulatorPacing(emulator.url, 2);
  const text = promptFor(DELTAS);
  // The baseline: the raw SDK with the same N streams at once, on the same emulator.
  const raw = rawSdk(emulator.url);
  const rawTtfd: number[] = [];
  for (let r = 0; r < ROUNDS; r++)
    rawTtfd.push(...(await Promise.all(Array.from({ length: N }, () => raw(text)))).map((x) => x.ttfdMs));
  for (let r = 0; r < WARMUP; r++) await burst(servers, text);
  await sleep(500);
  const atRest = cpuOf(servers);
  await sleep(IDLE_MS);
  const idle = since(servers, atRest);
  await Promise.all(inspectors.map((p) => p.start()));
  const before = cpuOf(servers);
  const threadsBefore = servers.map((s) => cpuSecondsByThread(s.child.pid as number));
  const framesBefore = received.frames;
  const refusedBefore = refused.length;
  const t0 = performance.now();
  const ttfd: number[] = [];
  let delivered = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const x = await burst(servers, text);
    ttfd.push(...x.ttfd);
    delivered += x.delivered;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = since(servers, before);
  const frames = received.frames - framesBefore;
  // Mean over the processes, in CPU ms per process.
  const byThread: Record<string, number> = {};
  servers.forEach((s, i) => {
    for (const [k, v] of Object.entries(cpuSecondsByThread(s.child.pid as number)))
      byThread[k] = (byThread[k] ?? 0) + ((v - (threadsBefore[i]?.[k] ?? 0)) * 1000) / servers.length;
  });
  const profiles = await Promise.all(inspectors.map((p) => p.stop()));
  const cpuTotal = cpu.reduce((a, b) => a + b, 0);
  return {
    result: {
      processes: servers.length,
      streams: N,
      followersPerStream: M,
      rounds: ROUNDS,
      delivered,
      /** Messages sent: fewer than events when a subscriber behind gets consecutive deltas merged. */
      frames,
      refusedFollows: refused.slice(refusedBefore),
      wallSeconds: round(seconds),
      cpuSecondsPerProcess: cpu.map((c) => round(c)),
      deliveredPerCpuSecond: round(delivered / cpuTotal, 0),
      framesPerCpuSecond: round(frames / cpuTotal, 0),
      cpuMsPerProcessByThread: Object.fromEntries(Object.entries(byThread).map(([k, v]) => [k, round(v, 0)])),
      idleCpuMsPerSecondPerProcess: idle.map((c) => round((c * 1000) / (IDLE_MS / 1000), 0)),
      rawTtfdMsP50: round(median(rawTtfd)),
      chatTtfdMsP50: round(median(ttfd)),
      addedTtfdMsP50: round(median(ttfd) - median(rawTtfd)),
      addedTtfdMsP90: round(quantile(ttfd, 0.9) - quantile(rawTtfd, 0.9)),
    },
    profiles,
  };
}

/** Where a server's CPU went, by the first of these (in order) that a sample's stack runs through. */
const PARTS: [string, RegExp][] = [
  ["BullMQ (worker, queue, stalled checks)", /node_modules\/bullmq\//],
  ["run leases, reconcile sweep", /src\/engine\/runs\/(leases|reconciler)\.ts/],
  ["GraphQL execution", /node_modules\/graphql\//],
  ["graphql-ws and ws (frames out, messages in)", /node_modules\/(graphql-ws|ws)\//],
  ["Yoga, envelop, whatwg-node", /graphql-yoga|@envelop|@whatwg-node/],
  ["Prisma and pg", /@prisma|\.prisma\/|node_modules\/pg(-[a-z]+)?\//],
  ["pub/sub: Redis messages in and out (src/infra/pubsub.ts)", /src\/infra\/pubsub\.ts/],
  ["event log and live queues (src/engine/events)", /src\/engine\/events\//],
  [
    "upstream stream, fold, record (src/engine/runs, src/gemini, SDK)",
    /src\/engine\/runs\/|src\/gemini\/|@google\/genai/,
  ],
  ["ioredis (replies not traced to a caller)", /node_modules\/ioredis\//],
  ["garbage collector", /\(garbage collector\)/],
  ["V8 outside JS (program)", /\(program\)/],
];

/**
 * The measured window's main-thread CPU by part, per process (the mean over the processes), and the top
 * functions. A profile samples by the clock: on a loaded machine a descheduled thread's wait counts for
 * what it was running, so shares are taken from the profile and scaled to the main thread's measured CPU.
 */
function breakdown(profiles: Profile[], mainThreadMs: number) {
  const add = (into: Map<string, number>, rows: [string, number][]) => {
    for (const [k, ms] of rows) into.set(k, (into.get(k) ?? 0) + ms / profiles.length);
  };
  const parts = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const p of profiles) {
    add(parts, timeByPart(p, PARTS));
    add(fns, selfTime(p, "function"));
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => ({ what: k, share: round(ms / profiled, 3), cpuMs: round((ms / profiled) * mainThreadMs, 0) }));
  const profiled = profiles.reduce((a, p) => a + busyMs(p), 0) / profiles.length;
  return {
    mainThreadMsPerProcess: round(mainThreadMs, 0),
    parts: top(parts, 20),
    functions: top(fns, 15),
  };
}

const admin = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
type Result = Awaited<ReturnType<typeof load>>["result"] & { redis: string; profile?: ReturnType<typeof breakdown> };
const results: Result[] = [];
const emulator = await startEmulator(2);
const dir = await mkdtemp(join(tmpdir(), "bench-scale-"));
try {
  for (const cluster of REDIS_KINDS.map((k) => k === "cluster")) {
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
      const redisName = cluster ? "cluster (3 nodes)" : "standalone";
      for (const count of PROCESS_COUNTS) {
        log(`${redisName} Redis, ${count} process(es): starting`);
        const servers: Proc[] = [];
        const inspectors: Inspector[] = [];
        try {
          // One at a time: they migrate under an advisory lock, and a 2-core machine starts them faster serially.
          for (let i = 0; i < count; i++)
            servers.push(await startServer(env, PROFILE ? ["--inspect=127.0.0.1:0"] : []));
          if (PROFILE) for (const s of servers) inspectors.push(await inspect(s.output));
          log(`${redisName} Redis, ${count} process(es): ${WARMUP} warm-up and ${ROUNDS} measured rounds`);
          const { result, profiles } = await load(servers, emulator, inspectors);
          const x: Result = { ...result, redis: redisName };
          if (PROFILE) {
            x.profile = breakdown(profiles, x.cpuMsPerProcessByThread["main thread"] ?? 0);
            await mkdir(new URL("./results/", import.meta.url), { recursive: true });
            for (const [i, p] of profiles.entries())
              await writeFile(
                new URL(
                  `./results/scaleout-${cluster ? "cluster" : "standalone"}-${count}p-${i}.cpuprofile`,
                  import.meta.url,
                ),
                JSON.stringify(p),
              );
          }
          results.push(x);
          log(
            `  ${x.deliveredPerCpuSecond} events per CPU-second, CPU s per process ${x.cpuSecondsPerProcess.join(" / ")}, first delta +${x.addedTtfdMsP50} ms`,
          );
        } finally {
          for (const i of inspectors) i.close();
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

const profileNotes = results
  .filter((x) => x.profile)
  .flatMap((x) => [
    "",
    `### ${x.redis}, ${x.processes} process(es): ${x.profile?.mainThreadMsPerProcess} ms of main-thread CPU per process`,
    "",
    "| part (first match up the stack) | share | ≈ CPU ms per process |",
    "|---|---|---|",
    ...(x.profile?.parts ?? []).map((p) => `| ${p.what} | ${(p.share * 100).toFixed(1)}% | ${p.cpuMs} |`),
  ]);

const md = [
  `# Scale-out (${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version})`,
  "",
  `${N} streams at once × ${M} followers each, ${DELTAS} deltas paced 2 ms apart, followers on the other processes;`,
  `${ROUNDS} measured rounds after ${WARMUP} warm-up round(s) (a fresh process's first turns compile and connect).`,
  "CPU is the servers' (user + system) over the measured rounds; the raw SDK baseline runs the same N streams at once.",
  `Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")} (other work on the machine shows here).`,
  "",
  "| Redis | processes | delivered events (frames) | events per server CPU-second | CPU s per process | main / other threads, ms per process | CPU at rest (ms/s per process) | first delta added (p50 / p90) |",
  "|---|---|---|---|---|---|---|---|",
  ...results.map(
    (x) =>
      `| ${x.redis} | ${x.processes} | ${x.delivered} (${x.frames}) | ${x.deliveredPerCpuSecond} | ${x.cpuSecondsPerProcess.join(" / ")} | ${x.cpuMsPerProcessByThread["main thread"] ?? 0} / ${Object.entries(x.cpuMsPerProcessByThread).reduce((a, [k, v]) => a + (k === "main thread" ? 0 : v), 0)} | ${x.idleCpuMsPerSecondPerProcess.join(" / ")} | +${x.addedTtfdMsP50} / +${x.addedTtfdMsP90} ms (raw ${x.rawTtfdMsP50} ms) |`,
  ),
  ...results
    .filter((x) => x.refusedFollows.length)
    .map(
      (x) =>
        `\n${x.redis}, ${x.processes} process(es): ${x.refusedFollows.length} follow subscription(s) refused, e.g. ${x.refusedFollows[0]}`,
    ),
  ...profileNotes,
  "",
].join("\n");
await mkdir(new URL("./results/", import.meta.url), { recursive: true });
await writeFile(new URL("./results/scaleout.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(new URL("./results/scaleout.md", import.meta.url), md);
process.stdout.write(md);
