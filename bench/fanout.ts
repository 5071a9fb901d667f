// `npm run bench:fanout`: the delivery figures of issue 29 alone, each against its baseline measured in the
// same run (one subscriber against 1 + FOLLOWERS; the raw SDK against the same emulator). The full table is
// `npm run bench`; this one is quick enough to compare two commits on a shared machine.
// FANOUT_FOLLOWERS (default 30), FANOUT_ROUNDS (default 3), FANOUT_DELTAS (a watched reply's deltas, default 504:
// the CPU clock ticks in 10 ms, so a small run measures mostly the tick).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fanOut, firstDelta } from "./figures/streaming.ts";
import { startEmulator, startServer } from "./lib/procs.ts";

const followers = Number(process.env.FANOUT_FOLLOWERS ?? 30);
const rounds = Number(process.env.FANOUT_ROUNDS ?? 3);
const deltas = Number(process.env.FANOUT_DELTAS ?? 504);
const dataDir = await mkdtemp(join(tmpdir(), "bench-fanout-"));
const emulator = await startEmulator(0);
const server = await startServer({ GEMINI_BASE_URL: emulator.url, DATA_DIR: dataDir });
try {
  const setup = { emulator, server };
  const throughput = await firstDelta(setup, { deltaDelayMs: 0, deltas: 504, rounds: rounds * 2 + 1 });
  const fan = await fanOut(setup, { n: followers + 1, deltas, deltaDelayMs: 2, rounds });
  process.stdout.write(`${JSON.stringify({ throughput504: throughput, fanOut: fan }, null, 2)}\n`);
} finally {
  await server.stop();
  await emulator.stop();
  await rm(dataDir, { recursive: true, force: true });
}
