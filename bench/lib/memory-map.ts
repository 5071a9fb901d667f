// A process's resident memory by kind, from /proc/<pid>/smaps and V8's own heap statistics (printed by
// gc-on-signal.mjs): what the idle RSS row is made of.
import { readFileSync } from "node:fs";
import { round } from "./stats.ts";

/** WASM memories are reserved with guard regions of gigabytes; the part in use is an ordinary mapping beside them. */
const WASM_MEMORY_MIN_SIZE = 100 * 2 ** 20;

/**
 * Resident MB by kind: the node binary (file-backed), other files, malloc's heap, JIT and WASM code, PGlite's
 * WASM memory, the V8 heap (its spaces' resident sizes), and the anonymous rest (malloc's large blocks, buffers,
 * thread stacks). Linux only.
 */
export function residentByKind(pid: number, v8Spaces: Record<string, number>): [kind: string, mb: number][] {
  const kb = new Map<string, number>();
  const add = (k: string, n: number) => kb.set(k, (kb.get(k) ?? 0) + n);
  let current: { path: string; perm: string; size: number } | undefined;
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const head = line.match(/^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/);
    if (head) {
      current = {
        path: head[4] ?? "",
        perm: head[3] ?? "",
        size: Number.parseInt(head[2] ?? "0", 16) - Number.parseInt(head[1] ?? "0", 16),
      };
      continue;
    }
    const rss = line.match(/^Rss:\s+(\d+) kB/)?.[1];
    if (!rss || !current) continue;
    const { path, perm, size } = current;
    if (path.startsWith("/"))
      add(
        path === process.execPath
          ? "the node binary (code, data, ICU; file-backed)"
          : "shared libraries and other files",
        Number(rss),
      );
    else if (path === "[heap]") add("malloc's heap (Node, V8 and library internals)", Number(rss));
    else if (perm.includes("x")) add("JIT and WASM code", Number(rss));
    else if (size >= WASM_MEMORY_MIN_SIZE && perm.startsWith("rw"))
      add("PGlite's WASM memory (postgres' heap and shared buffers)", Number(rss));
    else add("anonymous", Number(rss));
  }
  const v8Kb = Object.values(v8Spaces).reduce((a, b) => a + b, 0) / 1024;
  const anon = kb.get("anonymous") ?? 0;
  kb.delete("anonymous");
  for (const [space, bytes] of Object.entries(v8Spaces)) if (bytes > 0) kb.set(`V8 heap: ${space}`, bytes / 1024);
  kb.set("other anonymous memory (malloc's large blocks, buffers, stacks)", Math.max(0, anon - v8Kb));
  return [...kb].map(([k, v]) => [k, round(v / 1024, 1)] as [string, number]).sort((a, b) => b[1] - a[1]);
}
