// V8 CPU profiles: taken from another process through its inspector (a server started with --inspect),
// and summarised as time by package, by function, and by the part of the server a sample's stack runs in.
import WebSocket from "ws";

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
export interface Profile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  /** Microseconds since the previous sample (the first: since startTime). */
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** The DevTools protocol of a process started with --inspect (its "Debugger listening on ws://..." line). */
export async function inspect(output: () => string) {
  let url: string | undefined;
  for (let i = 0; i < 200 && !url; i++) {
    url = output().match(/Debugger listening on (ws:\/\/\S+)/)?.[1];
    if (!url) await new Promise((r) => setTimeout(r, 25));
  }
  if (!url) throw new Error("no inspector (started without --inspect?)");
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  let next = 0;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on("message", (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 500 });
  return {
    start: () => post("Profiler.start"),
    stop: async () => ((await post("Profiler.stop")) as { profile: Profile }).profile,
    close: () => ws.close(),
  };
}

const pkg = (url: string) =>
  url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
  (url.includes("/src/")
    ? `src/${url.split("/src/")[1]?.split("/").slice(0, -1).join("/")}`
    : url.startsWith("node:")
      ? "node"
      : url.startsWith("wasm:")
        ? "wasm"
        : "(vm)");

/** Self time (ms) per key of a sample's leaf frame; `(idle)` is left out (not CPU). */
export function selfTime(profile: Profile, key: "package" | "function") {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const m = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id);
    if (!f || f.functionName === "(idle)") return;
    const k =
      key === "package"
        ? f.url
          ? pkg(f.url)
          : f.functionName
        : `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*node_modules\//, "").replace(/^.*\/src\//, "src/")}:${f.lineNumber + 1}`;
    m.set(k, (m.get(k) ?? 0) + sampleMs(profile, i));
  });
  return sorted(m);
}

/**
 * Time (ms) per part of the server: a sample counts for the first rule (in the order given) that any frame
 * of its stack matches (package path or function name), so that owners listed first (BullMQ, the pub/sub)
 * take the library time they cause; samples no rule matches count under their leaf's package.
 */
export function timeByPart(profile: Profile, parts: [name: string, match: RegExp][]) {
  const { parent, byId } = tree(profile);
  const rank: (id: number) => number = perNode((id) => {
    const f = byId.get(id);
    const label = `${f?.url ?? ""} ${f?.functionName ?? ""}`;
    const own = parts.findIndex(([, re]) => re.test(label));
    const up = parent.get(id);
    const mine = own < 0 ? parts.length : own;
    return Math.min(mine, up === undefined ? parts.length : rank(up));
  });
  const m = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id);
    if (!f || f.functionName === "(idle)") return;
    const r = rank(id);
    const k = parts[r]?.[0] ?? `other: ${f.url ? pkg(f.url) : f.functionName}`;
    m.set(k, (m.get(k) ?? 0) + sampleMs(profile, i));
  });
  return sorted(m);
}

/**
 * Self time (ms) by owner: the package of a sample's leaf frame (as `selfTime`), except that WASM, native
 * functions (a WASM instantiation, a file read) and Node's own code count for the nearest package above them
 * that called them (PGlite's postgres and Prisma's query compiler are both WASM; PGlite's file system is
 * Node's fs), and V8 compiling a module counts as `(compile)`.
 * `source` names a frame's original file when the profile ran a bundle (through its source maps), or an owner
 * in parentheses; idle samples are left out.
 */
export function selfTimeByOwner(profile: Profile, source: (f: CallFrame) => string = (f) => f.url) {
  const { parent, byId } = tree(profile);
  const owner: (id: number) => string = perNode((id) => {
    const f = byId.get(id);
    if (!f) return "(unknown)";
    if (COMPILE.test(f.functionName)) return "(compile)";
    const url = f.url && source(f);
    if (url?.startsWith("(")) return url;
    const up = parent.get(id);
    const caller = up !== undefined && byId.get(up)?.functionName !== "(root)" ? owner(up) : undefined;
    // Node's own code counts for the package that called it (PGlite's file system, ws' socket writes).
    if (url && !url.startsWith("wasm:")) return pkg(url) === "node" && caller && caller !== "node" ? caller : pkg(url);
    const pseudo = !url && f.functionName.startsWith("(");
    return (!pseudo && caller) || f.functionName || "(anonymous)";
  });
  const m = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (byId.get(id)?.functionName === "(idle)") return;
    const k = owner(id);
    m.set(k, (m.get(k) ?? 0) + sampleMs(profile, i));
  });
  return sorted(m);
}
const COMPILE = /^(compileSourceTextModule|compileForInternalLoader|wrapSafe|compileFunction)$/;

/** Owners (from selfTimeByOwner) grouped into the parts a reader asks about, in the order given; the rest by name. */
export function groupOwners(times: [string, number][], parts: [name: string, owner: RegExp][], rest = "other") {
  const m = new Map<string, number>();
  for (const [owner, ms] of times) {
    const name = parts.find(([, re]) => re.test(owner))?.[0] ?? rest;
    m.set(name, (m.get(name) ?? 0) + ms);
  }
  return sorted(m);
}

/**
 * The time a sample stands for (ms). The first one's delta runs from the profile's start, before the profiler
 * took any sample (122 ms once, charged to whatever stack came first): it counts for nothing.
 */
const sampleMs = (profile: Profile, i: number) => (i === 0 ? 0 : (profile.timeDeltas[i] ?? 0) / 1000);

/** A profile's call frames by node id, and each node's parent. */
function tree(profile: Profile) {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { parent, byId: new Map(profile.nodes.map((n) => [n.id, n.callFrame])) };
}

/** `f` of a node, computed once per node: the stacks of a profile share their ancestors. */
function perNode<T>(f: (id: number) => T): (id: number) => T {
  const known = new Map<number, T>();
  return (id) => {
    if (!known.has(id)) known.set(id, f(id));
    return known.get(id) as T;
  };
}

/** CPU (ms) the profile saw: every sample but idle ones. */
export const busyMs = (profile: Profile) => selfTime(profile, "package").reduce((a, [, ms]) => a + ms, 0);

const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);

export type Inspector = Awaited<ReturnType<typeof inspect>>;
