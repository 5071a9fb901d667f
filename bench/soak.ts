// `npm run bench:soak`: memory of a long-running default server (`npm start` with nothing set:
// embedded PGlite and the built-in emulator) through SOAK_CHATS chats (default 1,000, over
// graphql-ws, SOAK_CONCURRENCY at once), then SOAK_IDLE_S seconds of idling (default 90). Reports
// RSS at start, after the load and after idling, and what the built-in emulator still holds
// (its retention is set short here, EMULATOR_RETENTION_MS=30000, so idling shows it forgetting).
// Results: bench/results/soak.json.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, rssBytes, sleep, startServer } from "./lib/procs.ts";
import { chat, promptFor, wsClient } from "./lib/streams.ts";

const CHATS = Number(process.env.SOAK_CHATS ?? 1_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 8);
const IDLE_S = Number(process.env.SOAK_IDLE_S ?? 90);
const log = (s: string) => process.stderr.write(`[soak] ${s}\n`);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const dataDir = await mkdtemp(join(tmpdir(), "soak-data-"));
// No GEMINI_API_KEY: the server starts its own emulator, as `npm start` does by default.
const server = await startServer({
  GEMINI_API_KEY: "",
  DATA_DIR: dataDir,
  QUOTA_REQUESTS_PER_MINUTE: "0",
  EMULATOR_RETENTION_MS: "30000",
});
const pid = server.child.pid as number;
const emulatorUrl = server.output().match(/built-in offline emulator at (http:\/\/\S+)/)?.[1];
const emulatorStats = async () =>
  emulatorUrl
    ? ((await (await fetch(`${emulatorUrl}/_emulator/stats`)).json()) as { interactions: number; requests: number })
    : null;

try {
  await sleep(3_000);
  const start = rssBytes(pid);
  log(`start: ${mb(start)} MB RSS; ${CHATS} chats, ${CONCURRENCY} at once`);
  const t0 = performance.now();
  let next = 0;
  let failed = 0;
  const reasons = new Set<string>();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      const ws = wsClient(server.url);
      while (next < CHATS) {
        next += 1;
        await chat(ws, promptFor(6)).catch((err: unknown) => {
          failed += 1;
          reasons.add(String(err instanceof Error ? err.message : JSON.stringify(err)).slice(0, 200));
        });
      }
      await ws.dispose();
    }),
  );
  const loadS = (performance.now() - t0) / 1000;
  await sleep(2_000);
  const afterLoad = rssBytes(pid);
  const heldAfterLoad = await emulatorStats();
  log(`after ${CHATS} chats (${loadS.toFixed(0)} s, ${failed} failed): ${mb(afterLoad)} MB RSS`);
  await sleep(IDLE_S * 1000);
  const afterIdle = rssBytes(pid);
  const heldAfterIdle = await emulatorStats();
  log(`after ${IDLE_S} s idle: ${mb(afterIdle)} MB RSS`);
  const result = {
    when: new Date().toISOString(),
    chats: CHATS,
    failed,
    failures: [...reasons].slice(0, 5),
    concurrency: CONCURRENCY,
    loadSeconds: Math.round(loadS),
    idleSeconds: IDLE_S,
    rssMb: { start: mb(start), afterLoad: mb(afterLoad), afterIdle: mb(afterIdle) },
    emulatorInteractions: { afterLoad: heldAfterLoad?.interactions, afterIdle: heldAfterIdle?.interactions },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  await writeFile(join(root, "bench/results/soak.json"), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}
