// Streaming overhead of the gateway: time to first delta and delta throughput
// through the `chat` subscription (graphql-ws) vs the raw SDK stream, against
// the same emulator in the same run. Results: bench/results/chat.{json,md}.
import { writeFile } from "node:fs/promises";
import { GoogleGenAI } from "@google/genai";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { createApp } from "../src/app.ts";
import { startEmulator } from "../src/emulator/server.ts";
import { createUpstream } from "../src/gemini/client.ts";
import { loadConfig } from "../src/infra/config.ts";
import { openDatabase } from "../src/infra/db.ts";
import { createLogger } from "../src/infra/logger.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const TEXT = `bench ${Array.from({ length: 300 }, (_, i) => `w${i}`).join(" ")}`;

interface Sample {
  ttfdMs: number;
  totalMs: number;
  deltas: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const DELAY = Number(process.env.BENCH_DELTA_DELAY_MS ?? 0);
const emulator = await startEmulator({ deltaDelayMs: DELAY });
const database = await openDatabase({});
const app = await createApp({
  config: loadConfig({ PORT: "0" }),
  database,
  upstream: createUpstream({ apiKey: "bench", baseUrl: emulator.url }),
  logger: createLogger({ level: "silent" }),
});
const url = await app.start();
const ai = new GoogleGenAI({ apiKey: "bench", httpOptions: { baseUrl: emulator.url } });
const ws = createClient({ url: `${url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket });

async function raw(): Promise<Sample> {
  const t0 = performance.now();
  let first = 0;
  let deltas = 0;
  const stream = await ai.interactions.create({ model: "gemini-3.5-flash", input: TEXT, stream: true });
  for await (const ev of stream) {
    if (ev.event_type === "step.delta") {
      deltas += 1;
      first ||= performance.now() - t0;
    }
  }
  return { ttfdMs: first, totalMs: performance.now() - t0, deltas };
}

function chat(): Promise<Sample> {
  const t0 = performance.now();
  let first = 0;
  let deltas = 0;
  return new Promise((resolve, reject) => {
    ws.subscribe(
      {
        query: `subscription($input: SendMessageInput!) { chat(input: $input) { __typename ... on StepDeltaEvent { delta { ... on TextDelta { text } } } } }`,
        variables: { input: { text: TEXT } },
      },
      {
        next: (v) => {
          if ((v.data?.chat as { __typename: string } | undefined)?.__typename === "StepDeltaEvent") {
            deltas += 1;
            first ||= performance.now() - t0;
          }
        },
        error: reject,
        complete: () => resolve({ ttfdMs: first, totalMs: performance.now() - t0, deltas }),
      },
    );
  });
}

// Warm up both paths (JIT, connections, PGlite caches), then interleave the measured rounds.
for (let i = 0; i < 3; i++) {
  await raw();
  await chat();
}
const rawSamples: Sample[] = [];
const chatSamples: Sample[] = [];
for (let i = 0; i < ROUNDS; i++) {
  rawSamples.push(await raw());
  chatSamples.push(await chat());
}

const summary = (s: Sample[]) => ({
  ttfdMsMedian: median(s.map((x) => x.ttfdMs)),
  totalMsMedian: median(s.map((x) => x.totalMs)),
  deltasPerRun: median(s.map((x) => x.deltas)),
  deltasPerSecond: median(s.map((x) => (x.deltas * 1000) / x.totalMs)),
});
const rawS = summary(rawSamples);
const chatS = summary(chatSamples);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  rounds: ROUNDS,
  emulatorDeltaDelayMs: DELAY,
  raw: rawS,
  chat: chatS,
  ratios: {
    ttfd: chatS.ttfdMsMedian / rawS.ttfdMsMedian,
    throughput: chatS.deltasPerSecond / rawS.deltasPerSecond,
  },
};
const name = `chat-delay${DELAY}ms`;
await writeFile(new URL(`./results/${name}.json`, import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
const md = `# chat vs raw SDK, emulator delta delay ${DELAY} ms (${result.date}, ${ROUNDS} rounds, Node ${process.version})

| path | TTFD median (ms) | run median (ms) | deltas/run | deltas/s median |
|---|---|---|---|---|
| raw SDK stream | ${rawS.ttfdMsMedian.toFixed(2)} | ${rawS.totalMsMedian.toFixed(2)} | ${rawS.deltasPerRun} | ${rawS.deltasPerSecond.toFixed(0)} |
| chat subscription | ${chatS.ttfdMsMedian.toFixed(2)} | ${chatS.totalMsMedian.toFixed(2)} | ${chatS.deltasPerRun} | ${chatS.deltasPerSecond.toFixed(0)} |

Ratios (chat / raw): time to first delta ${result.ratios.ttfd.toFixed(2)}x, throughput ${result.ratios.throughput.toFixed(2)}x.
${
  DELAY
    ? "With paced deltas (as a model streams), this shows what a client feels: the setup before the first delta and whether the gateway keeps up."
    : "With no delay between deltas, this is the gateway's own overhead (GraphQL execution, event log, pub/sub, database writes in the same thread for PGlite), not model speed."
}
`;
await writeFile(new URL(`./results/${name}.md`, import.meta.url), md);
process.stdout.write(md);

await ws.dispose();
await app.stop();
await database.close();
await emulator.close();
