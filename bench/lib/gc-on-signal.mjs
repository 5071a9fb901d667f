// Bench only, preloaded into the measured server: SIGUSR2 runs a full garbage collection and prints
// what is held then, so the memory figure reads what the server keeps rather than garbage V8 has not
// collected yet (which swung the per-subscription figure between -118 and +40 KB from run to run),
// with the resident size of each V8 heap space (bench/lib/memory-map.ts splits the RSS with it).
import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
process.on("SIGUSR2", () => {
  gc();
  // ArrayBuffer memory is released by a sweeper after the GC: read once it has run, after a second GC.
  setTimeout(() => {
    gc();
    const { heapUsed, external } = process.memoryUsage();
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, s.physical_space_size]));
    process.stdout.write(`gc-held ${JSON.stringify({ heapUsed, external, spaces })}\n`);
  }, 300);
});
