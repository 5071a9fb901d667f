// The baseline of the CPU-per-event figures: what a client process spends to consume the same streams through
// the raw SDK (its SSE parsing and JSON decoding), measured in a process of its own.
//   node --import tsx bench/lib/raw-cpu.ts <emulator url> <deltas> <runs>   → prints {"cpuMicrosPerEvent":…}
import { promptFor, rawSdk } from "./streams.ts";

const [url = "", deltas = "504", runs = "5"] = process.argv.slice(2);
const raw = rawSdk(url);
const text = promptFor(Number(deltas));
await raw(text); // warm-up
const before = process.cpuUsage();
let events = 0;
for (let i = 0; i < Number(runs); i++) events += (await raw(text)).deltas + 6; // + created, status, step start/stop, completed
const used = process.cpuUsage(before);
process.stdout.write(
  `${JSON.stringify({ cpuMicrosPerEvent: Math.round(((used.user + used.system) / events) * 10) / 10 })}\n`,
);
