// The README table: each figure of the performance issue, its baseline from
// the same run, the goal, and whether it is met.
import type { requestRates } from "../figures/requests.ts";
import type { sqlPerTurn } from "../figures/sql.ts";
import type { coldStart, memory } from "../figures/startup.ts";
import type { cpuPerEventUnwatched, fanOut, firstDelta } from "../figures/streaming.ts";

type Of<F extends (...a: never[]) => unknown> = Awaited<ReturnType<F>>;
interface Streaming {
  unpaced: Of<typeof firstDelta>;
  paced25ms: Of<typeof firstDelta>;
  throughput504: Of<typeof firstDelta>;
}
export interface Results {
  machine: { date: string; node: string; cpus: string; memoryGb: number; commit: string; quick: boolean };
  embedded?: Streaming & { unwatchedCpu: Of<typeof cpuPerEventUnwatched>; fanOut: Of<typeof fanOut> };
  scaleOut?: Streaming;
  requests?: { embedded?: Of<typeof requestRates>; scaleOut?: Of<typeof requestRates> };
  memory?: Of<typeof memory>;
  /** The same figure for the compiled server (`npm start`). */
  memoryCompiled?: Of<typeof memory>;
  sql?: Of<typeof sqlPerTurn>;
  coldStart?: Of<typeof coldStart>;
}

type Row = [figure: string, measured: string, goal: string, met: boolean | undefined];

export function renderSummary(r: Results): string {
  const rows: Row[] = [];
  const add = (figure: string, measured: string | undefined, goal: string, met: boolean | undefined) =>
    measured !== undefined && rows.push([figure, measured, goal, met]);
  const e = r.embedded;
  const s = r.scaleOut;
  const ttfd = (x?: Of<typeof firstDelta>) =>
    x &&
    `+${x.addedTtfdMsP50} ms p50, +${x.addedTtfdMsP99} ms p99 (raw ${x.rawTtfdMsP50} ms, chat ${x.chatTtfdMsP50} ms)`;
  add(
    "TTFD added by `chat` over the raw SDK, unpaced, embedded",
    ttfd(e?.unpaced),
    "≤ 1 ms p50, ≤ 5 ms p99",
    e && e.unpaced.addedTtfdMsP50 <= 1 && e.unpaced.addedTtfdMsP99 <= 5,
  );
  add(
    "same, scale-out",
    ttfd(s?.unpaced),
    "≤ 1 ms p50, ≤ 5 ms p99",
    s && s.unpaced.addedTtfdMsP50 <= 1 && s.unpaced.addedTtfdMsP99 <= 5,
  );
  add(
    "same, deltas paced 25 ms apart, embedded",
    ttfd(e?.paced25ms),
    "≤ 1 ms p50",
    e && e.paced25ms.addedTtfdMsP50 <= 1,
  );
  const tp = (x?: Of<typeof firstDelta>) =>
    x &&
    `${x.throughputRatio}× raw (${x.chatDeltasPerSecond} vs ${x.rawDeltasPerSecond} deltas/s, ${x.deltasPerReply} deltas)`;
  add(
    "deltas/s to one subscriber, unpaced, embedded",
    tp(e?.throughput504),
    "≥ 0.9× raw",
    e && e.throughput504.throughputRatio >= 0.9,
  );
  add("same, scale-out", tp(s?.throughput504), "≥ 0.9× raw", s && s.throughput504.throughputRatio >= 0.9);
  add(
    "server CPU per delivered event per extra subscriber (1→100)",
    e && `${e.fanOut.cpuMicrosPerEventPerExtraSubscriber} µs`,
    "≤ 20 µs",
    e && e.fanOut.cpuMicrosPerEventPerExtraSubscriber <= 20,
  );
  add(
    "server CPU per run event, no subscriber",
    e && `${e.unwatchedCpu.cpuMicrosPerEvent} µs`,
    "≤ 50 µs",
    e && e.unwatchedCpu.cpuMicrosPerEvent <= 50,
  );
  for (const [mode, q] of Object.entries(r.requests ?? {})) {
    for (const [query, x] of Object.entries(q ?? {})) {
      const goal = query.includes("viewer") ? 0.8 : 0.9;
      add(
        `\`${query}\` req/s vs bare Yoga, 32 connections, ${mode}`,
        `${x.ratio}× (${x.gateway} vs ${x.bareYoga})`,
        `≥ ${goal}×`,
        x.ratio >= goal,
      );
    }
  }
  const c = r.coldStart;
  add(
    "cold start to /healthz, existing data dir",
    c && `${c.existingDataDirMs} ms (bare Yoga ${c.bareYogaMs} ms, node -e ${c.nodeNoopMs} ms)`,
    "≤ 2 s",
    c && c.existingDataDirMs <= 2000,
  );
  add(
    "cold start to /healthz, compiled (npm start), existing data dir",
    c && `${c.compiledExistingDataDirMs} ms (${c.compiledVsTsx}× the tsx start, ${c.compiledVsNodeNoop}× node -e)`,
    "≤ 2 s",
    c && c.compiledExistingDataDirMs <= 2000,
  );
  add(
    "cold start to /healthz, fresh data dir",
    c && `${c.freshDataDirMs} ms (${c.freshVsBareYoga}× bare Yoga)`,
    "≤ 3 s",
    c && c.freshDataDirMs <= 3000,
  );
  for (const [how, m] of [
    ["tsx", r.memory],
    ["compiled (`npm start`)", r.memoryCompiled],
  ] as const) {
    add(
      `embedded server RSS at idle, ${how}`,
      m &&
        `${m.idleRssMb} MB, ${m.idleRssAfterGcMb} MB after a full GC (bare Yoga under tsx ${m.bareYogaIdleRssMb} MB)`,
      "≤ 150 MB",
      m && m.idleRssMb <= 150,
    );
    // RSS after a GC can grow less than what a subscription holds (it first fills free heap): both must meet it.
    add(
      `memory per idle subscription, ${how} (${m?.subscriptions} open, readings after a full GC)`,
      m &&
        `${m.rssPerIdleSubscriptionKb} KB of RSS, ${m.heapPerIdleSubscriptionKb} KB of V8 heap and external memory held`,
      "≤ 8 KB",
      m && Math.max(m.rssPerIdleSubscriptionKb, m.heapPerIdleSubscriptionKb) <= 8,
    );
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
    "| figure | measured | goal | met |",
    "|---|---|---|---|",
    ...rows.map(([f, v, g, ok]) => `| ${f} | ${v} | ${g} | ${ok === undefined ? "–" : ok ? "yes" : "no"} |`),
    "",
  ].join("\n");
}
