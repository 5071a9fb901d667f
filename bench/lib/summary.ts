// The README table: each figure of the performance issue, its baseline from
// the same run, the goal, and whether it is met.
import { markdownTable } from "../../scripts/markdown-table.ts";
import type { requestRates } from "../figures/requests.ts";
import type { sqlPerTurn } from "../figures/sql.ts";
import type { coldStart, memory } from "../figures/startup.ts";
import type {
  cpuPerEventOneSubscriber,
  cpuPerEventUnwatched,
  fanOut,
  firstDelta,
  rawCpuPerEvent,
} from "../figures/streaming.ts";
import type { Breakdown, firstDeltaBudget, startProfile } from "../figures/where.ts";

type Of<F extends (...a: never[]) => unknown> = Awaited<ReturnType<F>>;
interface Streaming {
  unpaced: Of<typeof firstDelta>;
  paced25ms: Of<typeof firstDelta>;
  throughput504: Of<typeof firstDelta>;
}
export interface Results {
  machine: { date: string; node: string; cpus: string; memoryGb: number; commit: string; quick: boolean };
  embedded?: Streaming & {
    unwatchedCpu: Of<typeof cpuPerEventUnwatched>;
    fanOut: Of<typeof fanOut>;
    oneSubscriberCpu?: Of<typeof cpuPerEventOneSubscriber>;
    /** The raw SDK's CPU per event on the same replies (the CPU rows' baseline). */
    rawCpu?: Of<typeof rawCpuPerEvent>;
    /** The same, on the paced replies of the one-subscriber row. */
    rawCpuPaced?: Of<typeof rawCpuPerEvent>;
  };
  scaleOut?: Streaming;
  requests?: { embedded?: Of<typeof requestRates>; scaleOut?: Of<typeof requestRates> };
  memory?: Of<typeof memory>;
  /** The same figure for the compiled server (`npm start`). */
  memoryCompiled?: Of<typeof memory>;
  /** The CPU rows on the compiled server (`npm start`: its bundle and node flags). */
  compiledCpu?: {
    unwatched: Of<typeof cpuPerEventUnwatched>;
    oneSubscriber: Of<typeof cpuPerEventOneSubscriber>;
    fanOut: Of<typeof fanOut>;
  };
  sql?: Of<typeof sqlPerTurn>;
  coldStart?: Of<typeof coldStart>;
  /** CPU profiles of the workloads of the rows not met, and of the compiled server's start. */
  where?: { workloads: Breakdown[]; start: Of<typeof startProfile>; firstDelta?: Of<typeof firstDeltaBudget> };
}

type Row = [figure: string, measured: string, goal: string, met: boolean | undefined, before: string];
type Add = (figure: string, measured: string | undefined, goal: string, met: boolean | undefined) => void;

/** The issue's "now" column: where each figure stood when the issue was filed (2026-12-04, its own runs). */
const AT_ISSUE: [prefix: string, figure: string][] = [
  ["first delta added by `chat` over the raw SDK, unpaced, embedded", "+2.7 / +8 ms"],
  ["first delta added, unpaced, scale-out", "+4.1 / +12 ms"],
  ["first delta added, deltas paced 25 ms apart, embedded", "+2.1 ms"],
  ["first delta added, deltas paced 25 ms apart, scale-out", "+3.4 ms"],
  ["a 504-delta reply, first-to-last delta rate vs raw, embedded", "0.08×"],
  ["a 504-delta reply, first-to-last delta rate vs raw, scale-out", "0.07×"],
  ["deltas/s to one subscriber vs raw, embedded", "0.18×"],
  ["deltas/s to one subscriber vs raw, scale-out", "0.15×"],
  ["server CPU per delivered event per extra subscriber", "69 µs"],
  ["server CPU per run event, one subscriber", "456 µs (harness)"],
  ["server CPU per run event, unwatched", "112 µs"],
  ["idle RSS, embedded, compiled", "180–224 MB"],
  ["memory held per idle subscription, compiled", "18–20 KB"],
  ["memory held per idle subscription, tsx", "18–20 KB"],
  ["`{ viewer { id } }` req/s vs bare Yoga, 32 connections, embedded", "0.75–0.92×"],
  ["cold start to /healthz, compiled", "2.0–2.2 s"],
];
const atIssue = (figure: string) => AT_ISSUE.find(([prefix]) => figure.startsWith(prefix))?.[1] ?? "–";

function streamingRows(r: Results, add: Add): void {
  const e = r.embedded;
  const s = r.scaleOut;
  const ttfd = (x?: Of<typeof firstDelta>) =>
    x &&
    `+${x.addedTtfdMsP50} ms p50, +${x.addedTtfdMsP99} ms p99 (raw ${x.rawTtfdMsP50} ms, chat ${x.chatTtfdMsP50} ms)`;
  const within = (x: Of<typeof firstDelta> | undefined, p50: number, p99: number) =>
    x && x.addedTtfdMsP50 <= p50 && x.addedTtfdMsP99 <= p99;
  add(
    "first delta added by `chat` over the raw SDK, unpaced, embedded",
    ttfd(e?.unpaced),
    "≤ 1 ms p50, ≤ 3 ms p99",
    within(e?.unpaced, 1, 3),
  );
  add(
    "first delta added, unpaced, scale-out (PostgreSQL + Redis)",
    ttfd(s?.unpaced),
    "≤ 2 ms p50, ≤ 5 ms p99",
    within(s?.unpaced, 2, 5),
  );
  add(
    "first delta added, deltas paced 25 ms apart, embedded",
    ttfd(e?.paced25ms),
    "≤ 1 ms p50",
    within(e?.paced25ms, 1, Infinity),
  );
  add(
    "first delta added, deltas paced 25 ms apart, scale-out",
    ttfd(s?.paced25ms),
    "≤ 1 ms p50",
    within(s?.paced25ms, 1, Infinity),
  );
  const flow = (x?: Of<typeof firstDelta>) =>
    x?.flowRatio !== undefined
      ? `${x.flowRatio}× raw (${x.chatFlowDeltasPerSecond} vs ${x.rawFlowDeltasPerSecond} deltas/s, ${x.deltasPerReply} deltas)`
      : undefined;
  add(
    "a 504-delta reply, first-to-last delta rate vs raw, embedded",
    flow(e?.throughput504),
    "≥ 0.5×",
    e && e.throughput504.flowRatio >= 0.5,
  );
  add(
    "a 504-delta reply, first-to-last delta rate vs raw, scale-out",
    flow(s?.throughput504),
    "≥ 0.5×",
    s && s.throughput504.flowRatio >= 0.5,
  );
  const tp = (x?: Of<typeof firstDelta>) =>
    x && `${x.throughputRatio}× raw (${x.chatDeltasPerSecond} vs ${x.rawDeltasPerSecond} deltas/s, request to end)`;
  add(
    "deltas/s to one subscriber vs raw, embedded",
    tp(e?.throughput504),
    "≥ 0.5×",
    e && e.throughput504.throughputRatio >= 0.5,
  );
  add(
    "deltas/s to one subscriber vs raw, scale-out",
    tp(s?.throughput504),
    "≥ 0.5×",
    s && s.throughput504.throughputRatio >= 0.5,
  );
}

function startupRows(r: Results, add: Add): void {
  for (const [how, m] of [
    ["compiled (`npm start`)", r.memoryCompiled],
    ["tsx", r.memory],
  ] as const) {
    add(
      `idle RSS, embedded, ${how}`,
      m &&
        `${m.idleRssMb} MB, ${m.idleRssAfterGcMb} MB after a full GC (bare Yoga under tsx ${m.bareYogaIdleRssMb} MB)`,
      "≤ 150 MB",
      m && m.idleRssMb <= 150,
    );
    // RSS after a GC can grow less than what a subscription holds (it first fills free heap): both must meet it.
    add(
      `memory held per idle subscription, ${how} (${m?.subscriptions} open, readings after a full GC)`,
      m && `${m.rssPerIdleSubscriptionKb} KB of RSS, ${m.heapPerIdleSubscriptionKb} KB of V8 heap and external memory`,
      "≤ 8 KB",
      m && Math.max(m.rssPerIdleSubscriptionKb, m.heapPerIdleSubscriptionKb) <= 8,
    );
  }
  const c = r.coldStart;
  add(
    "cold start to /healthz, compiled (`npm start`), existing data dir",
    c && `${c.compiledExistingDataDirMs} ms (${c.compiledVsNodeNoop}× node -e, bare Yoga under tsx ${c.bareYogaMs} ms)`,
    "≤ 1.5 s",
    c && c.compiledExistingDataDirMs <= 1500,
  );
  add(
    "cold start to /healthz, tsx, existing / fresh data dir",
    c && `${c.existingDataDirMs} ms / ${c.freshDataDirMs} ms (node -e ${c.nodeNoopMs} ms)`,
    "–",
    undefined,
  );
}

const rawCpu = (e: NonNullable<Results["embedded"]>, paced = false) => {
  const raw = paced ? e.rawCpuPaced : e.rawCpu;
  return raw ? `; the raw SDK consuming the same replies: ${raw.cpuMicrosPerEvent} µs per event` : "";
};

/** One row per figure of the performance issue (29), each with its "this issue" target. */
export function renderSummary(r: Results): string {
  const rows: Row[] = [];
  const add = (figure: string, measured: string | undefined, goal: string, met: boolean | undefined) =>
    measured !== undefined && rows.push([figure, measured, goal, met, atIssue(figure)]);
  streamingRows(r, add);
  const e = r.embedded;
  add(
    "server CPU per delivered event per extra subscriber (0 → 30 followers of one run)",
    e &&
      `${e.fanOut.cpuMicrosPerEventPerExtraSubscriber} µs (${e.fanOut.subscribers - 1} followers, ${e.fanOut.eventsPerSubscriber} events each, paced 2 ms)${rawCpu(e, true)}`,
    "≤ 20 µs",
    e && e.fanOut.cpuMicrosPerEventPerExtraSubscriber <= 20,
  );
  add(
    "server CPU per run event, one subscriber",
    e?.fanOut.cpuMicrosPerEventOneSubscriber !== undefined
      ? `${e.fanOut.cpuMicrosPerEventOneSubscriber} µs (a ${e.fanOut.eventsPerSubscriber}-event reply, paced 2 ms)${rawCpu(e, true)}`
      : undefined,
    "≤ 100 µs",
    e && e.fanOut.cpuMicrosPerEventOneSubscriber <= 100,
  );
  add(
    "server CPU per run event, one subscriber, unpaced",
    e?.oneSubscriberCpu &&
      `${e.oneSubscriberCpu.cpuMicrosPerEvent} µs (${e.oneSubscriberCpu.eventsPerRun}-event replies, its own chat)${rawCpu(e)}`,
    "≤ 100 µs",
    e?.oneSubscriberCpu && e.oneSubscriberCpu.cpuMicrosPerEvent <= 100,
  );
  add(
    "server CPU per run event, unwatched",
    e && `${e.unwatchedCpu.cpuMicrosPerEvent} µs (${e.unwatchedCpu.eventsPerRun}-event replies, unpaced)${rawCpu(e)}`,
    "≤ 50 µs",
    e && e.unwatchedCpu.cpuMicrosPerEvent <= 50,
  );
  const c = r.compiledCpu;
  add(
    "server CPU per delivered event per extra subscriber, compiled (`npm start`)",
    c && `${c.fanOut.cpuMicrosPerEventPerExtraSubscriber} µs (as above)`,
    "≤ 20 µs",
    c && c.fanOut.cpuMicrosPerEventPerExtraSubscriber <= 20,
  );
  add(
    "server CPU per run event, one subscriber, compiled (`npm start`)",
    c && `${c.fanOut.cpuMicrosPerEventOneSubscriber} µs paced 2 ms; ${c.oneSubscriber.cpuMicrosPerEvent} µs unpaced`,
    "≤ 100 µs",
    c && c.fanOut.cpuMicrosPerEventOneSubscriber <= 100 && c.oneSubscriber.cpuMicrosPerEvent <= 100,
  );
  add(
    "server CPU per run event, unwatched, compiled (`npm start`)",
    c && `${c.unwatched.cpuMicrosPerEvent} µs`,
    "≤ 50 µs",
    c && c.unwatched.cpuMicrosPerEvent <= 50,
  );
  startupRows(r, add);
  for (const [mode, q] of Object.entries(r.requests ?? {})) {
    for (const [query, x] of Object.entries(q ?? {})) {
      add(
        `\`${query}\` req/s vs bare Yoga, 32 connections, ${mode}`,
        `${x.ratio}× (${x.gateway} vs ${x.bareYoga})`,
        "≥ 0.9×",
        x.ratio >= 0.9,
      );
    }
  }
  const q = r.sql;
  add(
    "SQL statements per chat turn",
    q && `${q.statementsPerTurn} (${q.statementsBeforeFirstDelta} before the first delta)`,
    "≤ 4, none before the first delta",
    q && q.statementsPerTurn <= 4 && q.statementsBeforeFirstDelta === 0,
  );
  const { machine } = r;
  return [
    `# Gateway performance (${machine.date}${machine.quick ? ", QUICK smoke run" : ""})`,
    "",
    `Machine: ${machine.cpus}, ${machine.memoryGb} GB, Node ${machine.node}, commit ${machine.commit}. Baselines measured in the same run.`,
    "",
    ...table(rows),
    "",
    ...whereSections(r),
  ].join("\n");
}

/** The causes of the rows not met, as this run measured them: CPU profiles by part, and idle RSS by kind. */
function whereSections(r: Results): string[] {
  const out: string[] = [];
  const w = r.where;
  if (w) {
    const columns = [...w.workloads, w.start];
    const parts = [...new Set(columns.flatMap((c) => c.parts.map(([p]) => p)))];
    const share = (c: Breakdown, part: string) => c.parts.find(([p]) => p === part)?.[1];
    out.push(
      "## Where the CPU goes",
      "",
      "Share of the CPU by part, from a CPU profile of each workload in this run (the workloads under tsx, whose",
      "frames name their files; the start on the compiled server, named through its source maps). WASM and native",
      "calls, and Node's own code, count for the package that called them (PGlite's file system is Node's fs).",
      "The rows above that are not met are spent here. Each profile is in bench/results/where-*.cpuprofile after a",
      "run (not committed; open one in Chrome DevTools' Performance tab or speedscope).",
      "",
      ...markdownTable(
        ["part", ...columns.map((c) => c.workload)],
        [
          ["CPU profiled", ...columns.map((c) => `${c.cpuMs} ms`)],
          ...parts.map((p) => [p, ...columns.map((c) => (share(c, p) === undefined ? "–" : `${share(c, p)}%`))]),
        ],
      ),
      "",
      `The start: ${w.start.healthyMs} ms to a healthy /healthz under the profiler.`,
      "",
    );
  }
  const b = w?.firstDelta;
  if (b) {
    out.push(
      "## Where the first delta's added time goes",
      "",
      `Means over ${b.turns} unpaced \`chat\` turns (104 deltas) on a server of its own, each next to a raw SDK`,
      "request: the client's times, and the server's own histograms over the same turns (/metrics).",
      "",
      ...markdownTable(
        ["", "ms"],
        [
          ["chat's first delta at the client / the raw SDK's", `${b.chatTtfdMsMean} / ${b.rawTtfdMsMean}`],
          ["added", String(b.addedMs)],
          ["of which GraphQL parse, validate and context", String(b.graphqlMs)],
          [
            "of which the server's span from the resolver to the first delta, over the raw SDK's request to it",
            `${b.spanOverRawMs} (set-up ${b.setupMs}: the turn's start, upstream's acceptance in it; then the run's first token ${b.firstTokenMs})`,
          ],
          ["of which the rest: the sockets both ways, the first delta to its frame", String(b.restMs)],
        ],
      ),
      "",
    );
  }
  const m = r.memoryCompiled;
  if (m?.idleByKind) {
    out.push(
      "## What the idle RSS is made of",
      "",
      `The compiled server after ${m.chats} chats and a full GC (${m.idleRssAfterGcMb} MB; bare Yoga under tsx ${m.bareYogaIdleRssMb} MB),`,
      "from /proc/<pid>/smaps and V8's heap statistics:",
      "",
      ...markdownTable(
        ["kind", "MB"],
        m.idleByKind.map(([k, mb]) => [k, String(mb)]),
      ),
      "",
    );
  }
  return out;
}

// Padded like the README's formatter, so `npm run lint` passes on the README the bench writes.
const table = (rows: Row[]) =>
  markdownTable(
    ["figure", "measured (baseline of the same run)", "goal (issue 29)", "met", "at the issue"],
    rows.map(([f, v, g, ok, was]) => [f, v, g, ok === undefined ? "–" : ok ? "yes" : "no", was]),
  );

const README_START = "<!-- bench:summary (written by npm run bench) -->";
const README_END = "<!-- /bench:summary -->";

/** README's performance table: the summary's table between its markers (a full run only). */
export function withSummary(readme: string, summary: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return readme;
  const lines = summary.split("\n");
  // The first table only (the profiles below it stay in bench/results/summary.md).
  const first = lines.findIndex((l) => l.startsWith("|"));
  const past = lines.findIndex((l, i) => i > first && !l.startsWith("|"));
  const body = [
    ...lines.filter((l) => l.startsWith("Machine:")),
    "",
    ...lines.slice(first, past < 0 ? undefined : past),
  ];
  return `${readme.slice(0, start + README_START.length)}\n${body.join("\n")}\n${readme.slice(end)}`;
}
