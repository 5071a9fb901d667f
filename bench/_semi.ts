import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { memory } from "./figures/startup.ts";
import { cpuPerEventOneSubscriber, cpuPerEventUnwatched, fanOut, firstDelta } from "./figures/streaming.ts";
import { spawnUntil, startBareYoga, startEmulator } from "./lib/procs.ts";

const emulator = await startEmulator(0);
const bare = await startBareYoga();
const GC = new URL("./lib/gc-on-signal.mjs", import.meta.url).href;
const LOAD = { PORT: "0", LOG_LEVEL: "warn", GEMINI_API_KEY: "bench", STREAM_MAX_PER_ADDRESS: "100000", STREAM_MAX_PER_USER: "100000", WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: "100000", QUOTA_REQUESTS_PER_MINUTE: "0", QUOTA_CONCURRENT_RUNS: "0", QUOTA_TOKENS_PER_DAY: "0", QUOTA_TOKENS_PER_MONTH: "0", MALLOC_ARENA_MAX: "1", MALLOC_TRIM_THRESHOLD_: "65536" };
const variants = (process.env.SEMI ?? "1,default").split(",");
for (let round = 0; round < Number(process.env.ROUNDS ?? 1); round++)
  for (const v of variants) {
    const dir = await mkdtemp(join(tmpdir(), "semi-"));
    const [entry, ...flagList] = v.split(" ");
    const flags = flagList;
    const server = await spawnUntil(process.execPath, [...flags, "--import", GC, entry as string], { ...LOAD, GEMINI_BASE_URL: emulator.url, DATA_DIR: dir }, /GraphiQL: (http:\/\/\S+)\/graphql/);
    const setup = { emulator, server };
    const mem0 = process.env.MEM ? await memory(server, bare, { chats: 50, sockets: 2, perSocket: 1 }) : undefined;
    await firstDelta(setup, { deltaDelayMs: 0, deltas: 504, rounds: 15 });
    await cpuPerEventUnwatched(setup, { deltas: 504, runs: 6 });
    const unwatched = await cpuPerEventUnwatched(setup, { deltas: 504, runs: 6 });
    const one = await cpuPerEventOneSubscriber(setup, { deltas: 504, runs: 6 });
    const fd = await firstDelta(setup, { deltaDelayMs: 0, deltas: 504, rounds: 7 });
    const fan = process.env.FAN ? await fanOut(setup, { n: 31, deltas: 504, deltaDelayMs: 2, rounds: 2 }) : { cpuMicrosPerEventOneSubscriber: 0, cpuMicrosPerEventPerExtraSubscriber: 0 };
    console.log(`[${v}]`, JSON.stringify({ unwatched: unwatched.cpuMicrosPerEvent, one: one.cpuMicrosPerEvent, added: fd.addedTtfdMsP50, flow: fd.flowRatio, fanOne: fan.cpuMicrosPerEventOneSubscriber, perExtra: fan.cpuMicrosPerEventPerExtraSubscriber, idle: mem0?.idleRssMb, idleGc: mem0?.idleRssAfterGcMb, perSub: mem0?.rssPerIdleSubscriptionKb }));
    await server.stop();
  }
await bare.stop();
await emulator.stop();
process.exit(0);
