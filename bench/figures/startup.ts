// Cold start to a healthy /healthz, and memory at idle and per idle subscription.
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { residentByKind } from "../lib/memory-map.ts";
import {
  heldMemory,
  type Proc,
  root,
  rssBytes,
  sleep,
  startBareYoga,
  startCompiledServer,
  startServer,
} from "../lib/procs.ts";
import { median, round } from "../lib/stats.ts";
import { chat, idleSubscription, promptFor, wsClient } from "../lib/streams.ts";

/** Polls /healthz until it answers; the ms since `t0`. */
export async function untilHealthy(url: string, t0: number): Promise<number> {
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return performance.now() - t0;
    await sleep(5);
  }
}

async function timeToHealthy(start: () => Promise<Proc>): Promise<number> {
  const t0 = performance.now();
  const proc = await start();
  const ms = await untilHealthy(proc.url, t0);
  await proc.stop();
  return ms;
}

const nodeNoop = () =>
  new Promise<number>((resolve) => {
    const t0 = performance.now();
    spawn(process.execPath, ["-e", ""], { cwd: root }).once("exit", () => resolve(performance.now() - t0));
  });

/**
 * Interleaved rounds of: `node -e ''`, bare Yoga, the server through tsx on a fresh and on an existing
 * data directory, and the compiled server (`npm start`) on the same existing directory.
 */
export async function coldStart(env: Record<string, string>, rounds: number) {
  // The compiled server needs a current dist/ (not timed).
  spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: root, stdio: "inherit" });
  const t = {
    nodeNoop: [] as number[],
    bareYoga: [] as number[],
    fresh: [] as number[],
    existing: [] as number[],
    compiled: [] as number[],
  };
  for (let i = 0; i < rounds; i++) {
    const dir = await mkdtemp(join(tmpdir(), "bench-start-"));
    t.nodeNoop.push(await nodeNoop());
    t.bareYoga.push(await timeToHealthy(startBareYoga));
    t.fresh.push(await timeToHealthy(() => startServer({ ...env, DATA_DIR: dir })));
    t.existing.push(await timeToHealthy(() => startServer({ ...env, DATA_DIR: dir })));
    t.compiled.push(await timeToHealthy(() => startCompiledServer({ ...env, DATA_DIR: dir })));
    await rm(dir, { recursive: true, force: true });
  }
  const m = (xs: number[]) => round(median(xs), 0);
  return {
    rounds,
    nodeNoopMs: m(t.nodeNoop),
    bareYogaMs: m(t.bareYoga),
    freshDataDirMs: m(t.fresh),
    existingDataDirMs: m(t.existing),
    freshVsBareYoga: round(median(t.fresh) / median(t.bareYoga)),
    existingVsBareYoga: round(median(t.existing) / median(t.bareYoga)),
    compiledExistingDataDirMs: m(t.compiled),
    compiledVsTsx: round(median(t.compiled) / median(t.existing)),
    compiledVsNodeNoop: round(median(t.compiled) / median(t.nodeNoop)),
  };
}

/**
 * RSS after some chats and a quiet spell (as it is, and after a full GC), and the cost of many open
 * idle subscriptions (between two readings after a full GC, so garbage does not count).
 */
export async function memory(server: Proc, bare: Proc, opts: { chats: number; sockets: number; perSocket: number }) {
  const pid = server.child.pid as number;
  const ws = wsClient(server.url);
  for (let i = 0; i < opts.chats; i++) await chat(ws, promptFor(50));
  await ws.dispose();
  await sleep(3000);
  const idle = rssBytes(pid);
  const idleHeld = await heldMemory(server);
  const idleByKind = residentByKind(pid, idleHeld.spaces);
  const sockets = Array.from({ length: opts.sockets }, () => wsClient(server.url, false));
  const disposers = [];
  for (const s of sockets) for (let j = 0; j < opts.perSocket; j++) disposers.push(await idleSubscription(s));
  await sleep(3000);
  const withSubs = await heldMemory(server);
  const subscriptions = disposers.length;
  for (const d of disposers) d();
  await Promise.all(sockets.map((s) => s.dispose()));
  const mb = (b: number) => round(b / 2 ** 20, 1);
  return {
    chats: opts.chats,
    idleRssMb: mb(idle),
    idleRssAfterGcMb: mb(idleHeld.rss),
    /** What the RSS after the GC is made of (MB by kind). */
    idleByKind,
    bareYogaIdleRssMb: mb(rssBytes(bare.child.pid as number)),
    subscriptions,
    rssPerIdleSubscriptionKb: round((withSubs.rss - idleHeld.rss) / subscriptions / 1024, 2),
    heapPerIdleSubscriptionKb: round((withSubs.heapAndExternal - idleHeld.heapAndExternal) / subscriptions / 1024, 2),
  };
}
