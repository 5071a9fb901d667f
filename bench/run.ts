// Runs every benchmark in turn, each in its own process; each writes its results under bench/results/.
import { execFileSync } from "node:child_process";

const scenarios: [string, Record<string, string>][] = [
  ["chat.ts", { BENCH_DELTA_DELAY_MS: "0", BENCH_ROUNDS: process.env.BENCH_ROUNDS ?? "30" }],
  ["chat.ts", { BENCH_DELTA_DELAY_MS: "5", BENCH_ROUNDS: process.env.BENCH_ROUNDS ?? "20" }],
];
for (const [file, env] of scenarios) {
  execFileSync(process.execPath, ["--import", "tsx", new URL(file, import.meta.url).pathname], {
    env: { ...process.env, ...env },
    stdio: "inherit",
  });
}
