// SQL statements per chat turn, and how many reach the database before the
// client has its first delta (the goal is none: the first token waits only for upstream).
import { createApp } from "../../src/app.ts";
import { createUpstream } from "../../src/gemini/client.ts";
import { loadConfig } from "../../src/infra/config.ts";
import { openDatabase } from "../../src/infra/db.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { sleep } from "../lib/procs.ts";
import { median } from "../lib/stats.ts";
import { chat, promptFor, wsClient } from "../lib/streams.ts";

export async function sqlPerTurn(emulatorUrl: string, turns: number) {
  let statements = 0;
  const database = await openDatabase({
    onQuery: () => {
      statements += 1;
    },
  });
  const app = await createApp({
    config: loadConfig({ PORT: "0" }),
    database,
    upstream: createUpstream({ apiKey: "bench", baseUrl: emulatorUrl }),
    logger: createLogger({ level: "silent" }),
  });
  const ws = wsClient(await app.start());
  const total: number[] = [];
  const beforeFirst: number[] = [];
  try {
    await chat(ws, promptFor(20)); // warm-up: first-use caches
    for (let i = 0; i < turns; i++) {
      const start = statements;
      await chat(ws, promptFor(20), { onFirstDelta: () => beforeFirst.push(statements - start) });
      await sleep(200); // settling writes may trail the terminal event
      total.push(statements - start);
    }
  } finally {
    await ws.dispose();
    await app.stop();
    await database.close();
  }
  return { turns, statementsPerTurn: median(total), statementsBeforeFirstDelta: median(beforeFirst) };
}
