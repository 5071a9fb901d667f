// CPU profile of an unpaced chat load in one process (server, emulator and
// client), after warm-up, so start-up work does not cloud it:
//   npm run bench:profile        # PROFILE_CHATS=30 by default
// Writes bench/results/profile.cpuprofile (open it in Chrome DevTools'
// Performance tab or speedscope) and prints self time by package and the top functions.
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { createApp } from "../src/app.ts";
import { startEmulator } from "../src/emulator/server.ts";
import { createUpstream } from "../src/gemini/client.ts";
import { loadConfig } from "../src/infra/config.ts";
import { openDatabase } from "../src/infra/db.ts";
import { createLogger } from "../src/infra/logger.ts";
import { busyMs, type Profile, selfTime } from "./lib/cpuprofile.ts";
import { chat, promptFor, wsClient } from "./lib/streams.ts";

const emulator = await startEmulator({ deltaDelayMs: 0 });
const database = await openDatabase({});
const app = await createApp({
  config: loadConfig({ PORT: "0" }),
  database,
  upstream: createUpstream({ apiKey: "profile", baseUrl: emulator.url }),
  logger: createLogger({ level: "silent" }),
});
const ws = wsClient(await app.start());
const text = promptFor(504);
for (let i = 0; i < 3; i++) await chat(ws, text);

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.start");
for (let i = 0; i < Number(process.env.PROFILE_CHATS ?? 30); i++) await chat(ws, text);
const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
session.disconnect();
await ws.dispose();
await app.stop();
await database.close();
await emulator.close();

await writeFile(new URL("./results/profile.cpuprofile", import.meta.url), JSON.stringify(profile));
const total = busyMs(profile);
const pct = (ms: number) => `${((ms * 100) / total).toFixed(1).padStart(5)}%`;
process.stdout.write(`self time by package (${total.toFixed(0)} ms of CPU):\n`);
for (const [k, ms] of selfTime(profile, "package").slice(0, 15)) process.stdout.write(`${pct(ms)}  ${k}\n`);
process.stdout.write("top functions:\n");
for (const [k, ms] of selfTime(profile, "function").slice(0, 25)) process.stdout.write(`${pct(ms)}  ${k}\n`);
