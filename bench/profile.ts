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
import { chat, promptFor, wsClient } from "./lib/streams.ts";

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
}

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
const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
const pkg = (url: string) =>
  url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ??
  (url.includes("/src/")
    ? `src/${url.split("/src/")[1]?.split("/")[0]}`
    : url.startsWith("node:")
      ? "node"
      : url.startsWith("wasm:")
        ? url
        : "(vm)");
const tally = (key: (f: Profile["nodes"][number]["callFrame"]) => string) => {
  const m = new Map<string, number>();
  for (const id of profile.samples) {
    const f = byId.get(id);
    if (f) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  }
  return [...m].sort((a, b) => b[1] - a[1]);
};
const total = profile.samples.length;
const pct = (n: number) => `${((n * 100) / total).toFixed(1).padStart(5)}%`;
process.stdout.write(`self time by package (${total} samples):\n`);
for (const [k, n] of tally((f) => (f.url ? pkg(f.url) : f.functionName)).slice(0, 15))
  process.stdout.write(`${pct(n)}  ${k}\n`);
process.stdout.write("top functions:\n");
for (const [k, n] of tally(
  (f) => `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*node_modules\//, "")}:${f.lineNumber + 1}`,
).slice(0, 25))
  process.stdout.write(`${pct(n)}  ${k}\n`);
