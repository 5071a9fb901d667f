// Streaming figures: time to first delta and throughput against the raw SDK,
// and the server's CPU per event (no subscriber, and per extra subscriber).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { cpuSeconds, type Proc, root, setEmulatorPacing } from "../lib/procs.ts";
import { mean, median, quantile, round } from "../lib/stats.ts";
import { chat, connectedWsClient, follow, promptFor, rawSdk, type Sample, wsClient } from "../lib/streams.ts";

export interface Setup {
  emulator: Proc;
  server: Proc;
}

/** Interleaved raw/chat rounds; the "added" figures are per-round differences. */
export async function firstDelta(
  { emulator, server }: Setup,
  opts: { deltaDelayMs: number; deltas: number; rounds: number },
) {
  await setEmulatorPacing(emulator.url, opts.deltaDelayMs);
  const raw = rawSdk(emulator.url);
  // One socket kept open, as a chat frontend keeps it (the raw SDK reuses its pooled HTTP connection);
  // a lazy client would close it after each turn and open a new one, handshake included, for the next.
  const ws = wsClient(server.url, false);
  const text = promptFor(opts.deltas);
  const pairs: [Sample, Sample][] = [];
  try {
    for (let i = 0; i < 3; i++) await Promise.all([raw(text), chat(ws, text)]); // warm-up (JIT, sockets, caches)
    for (let i = 0; i < opts.rounds; i++) {
      // Alternate which goes first so neither always runs on a cooler machine.
      if (i % 2) {
        const r = await raw(text);
        pairs.push([r, await chat(ws, text)]);
      } else {
        const c = await chat(ws, text);
        pairs.push([await raw(text), c]);
      }
    }
  } finally {
    await ws.dispose();
  }
  const added = pairs.map(([r, c]) => c.ttfdMs - r.ttfdMs);
  const rate = (s: Sample) => (s.deltas * 1000) / s.totalMs;
  // First to last delta: how fast a reply flows once it flows (the request and the first delta left out).
  const flow = (s: Sample) => ((s.deltas - 1) * 1000) / Math.max(s.lastMs - s.ttfdMs, 0.001);
  return {
    deltaDelayMs: opts.deltaDelayMs,
    deltasPerReply: median(pairs.map(([, c]) => c.deltas)),
    rounds: opts.rounds,
    rawTtfdMsP50: round(median(pairs.map(([r]) => r.ttfdMs))),
    chatTtfdMsP50: round(median(pairs.map(([, c]) => c.ttfdMs))),
    rawTtfdMsMean: round(mean(pairs.map(([r]) => r.ttfdMs))),
    chatTtfdMsMean: round(mean(pairs.map(([, c]) => c.ttfdMs))),
    addedTtfdMsP50: round(median(added)),
    addedTtfdMsP99: round(quantile(added, 0.99)),
    rawDeltasPerSecond: round(median(pairs.map(([r]) => rate(r))), 0),
    chatDeltasPerSecond: round(median(pairs.map(([, c]) => rate(c))), 0),
    throughputRatio: round(median(pairs.map(([r, c]) => rate(c) / rate(r))), 3),
    rawFlowDeltasPerSecond: round(median(pairs.map(([r]) => flow(r))), 0),
    chatFlowDeltasPerSecond: round(median(pairs.map(([, c]) => flow(c))), 0),
    flowRatio: round(median(pairs.map(([r, c]) => flow(c) / flow(r))), 3),
  };
}

const CREATE = `mutation Bench($input: CreateInteractionInput!) { createInteraction(input: $input) { id status } }`;

/** Server CPU per run event with nobody subscribed: blocking mutations over HTTP. */
export async function cpuPerEventUnwatched({ emulator, server }: Setup, opts: { deltas: number; runs: number }) {
  await setEmulatorPacing(emulator.url, 0);
  const text = promptFor(opts.deltas);
  const run = () =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: CREATE, variables: { input: { model: "gemini-3.5-flash", text } } }),
    }).then((r) => r.json());
  await run();
  const pid = server.child.pid as number;
  const before = cpuSeconds(pid);
  for (let i = 0; i < opts.runs; i++) await run();
  const cpu = cpuSeconds(pid) - before;
  // A reply of n deltas is n + 6 upstream events (created, status, step start/stop, completed).
  const events = opts.runs * (opts.deltas + 6);
  return { runs: opts.runs, eventsPerRun: opts.deltas + 6, cpuMicrosPerEvent: round((cpu * 1e6) / events, 1) };
}

/** Server CPU per run event with one subscriber (its own chat over graphql-ws), unpaced replies. */
export async function cpuPerEventOneSubscriber({ emulator, server }: Setup, opts: { deltas: number; runs: number }) {
  await setEmulatorPacing(emulator.url, 0);
  const text = promptFor(opts.deltas);
  const ws = await connectedWsClient(server.url);
  try {
    await chat(ws, text);
    const pid = server.child.pid as number;
    const before = cpuSeconds(pid);
    for (let i = 0; i < opts.runs; i++) await chat(ws, text);
    const cpu = cpuSeconds(pid) - before;
    const events = opts.runs * (opts.deltas + 6);
    return { runs: opts.runs, eventsPerRun: opts.deltas + 6, cpuMicrosPerEvent: round((cpu * 1e6) / events, 1) };
  } finally {
    await ws.dispose();
  }
}

/** Server CPU for one paced run watched by `n` subscribers on separate sockets (opened before it is measured). */
async function watchedRun({ server }: Setup, text: string, n: number) {
  const pid = server.child.pid as number;
  const sockets = await Promise.all(Array.from({ length: n }, () => connectedWsClient(server.url)));
  const before = cpuSeconds(pid);
  let followers: Promise<number[]> = Promise.resolve([]);
  const owner = sockets[0];
  if (!owner) throw new Error("no socket");
  const sample = await chat(owner, text, {
    onCreated: (id) => {
      followers = Promise.all(sockets.slice(1).map((ws) => follow(ws, id)));
    },
  });
  const counts = await followers;
  const cpu = cpuSeconds(pid) - before;
  await Promise.all(sockets.map((ws) => ws.dispose()));
  return { cpu, delivered: sample.deltas + counts.reduce((a, b) => a + b, 0), eventsPerFollower: median(counts) };
}

/** CPU per delivered event per extra subscriber, from 1 to `n` subscribers on one run. */
export async function fanOut(setup: Setup, opts: { n: number; deltas: number; deltaDelayMs: number; rounds: number }) {
  await setEmulatorPacing(setup.emulator.url, opts.deltaDelayMs);
  const text = promptFor(opts.deltas);
  const per: number[] = [];
  const single: number[] = [];
  let events = 0;
  for (let i = 0; i < opts.rounds; i++) {
    const one = await watchedRun(setup, text, 1);
    const many = await watchedRun(setup, text, opts.n);
    events = many.eventsPerFollower;
    single.push((one.cpu * 1e6) / one.delivered);
    per.push(((many.cpu - one.cpu) * 1e6) / ((opts.n - 1) * many.eventsPerFollower));
  }
  return {
    subscribers: opts.n,
    eventsPerSubscriber: events,
    cpuMicrosPerEventOneSubscriber: round(median(single), 1),
    cpuMicrosPerEventPerExtraSubscriber: round(median(per), 1),
  };
}

/**
 * The raw SDK's CPU per event consuming the same replies (in a process of its own): the CPU rows' baseline.
 * Paced replies cost it more per event than unpaced ones (a read, and a wake of the event loop, per event).
 */
export async function rawCpuPerEvent(
  { emulator }: Setup,
  opts: { deltas: number; runs: number; deltaDelayMs?: number },
) {
  await setEmulatorPacing(emulator.url, opts.deltaDelayMs ?? 0);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "bench/lib/raw-cpu.ts", emulator.url, String(opts.deltas), String(opts.runs)],
    { cwd: root },
  );
  return JSON.parse(stdout) as { cpuMicrosPerEvent: number };
}
