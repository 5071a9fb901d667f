// A whole server in one process started with `node --expose-gc --import tsx test/support/gc-cancel.ts`:
// runs whose upstream went silent are cancelled (and the server stopped) right after a garbage
// collection, as happens in production at any time. Prints one JSON line of measured times (ms).
// test/upstream-gc.test.ts runs it; on Node 20 an abort lost by GC used to hang these for minutes.
import { readFile } from "node:fs/promises";
import { createApp } from "../../src/app.ts";
import { startEmulator } from "../../src/emulator/server.ts";
import { createUpstream } from "../../src/gemini/client.ts";
import { loadConfig } from "../../src/infra/config.ts";
import { openDatabase } from "../../src/infra/db.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { postGql } from "./clients.ts";
import { waitFor } from "./wait.ts";

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("run with node --expose-gc");
/** What a full collection looks like to a run: everything unreachable is gone. */
const gc = async () => {
  for (let i = 0; i < 3; i++) {
    collect();
    await new Promise((r) => setTimeout(r, 20));
  }
};
const LIMIT_MS = 15_000;
const timed = async <T>(p: Promise<T>): Promise<{ ms: number; value?: T }> => {
  const t0 = performance.now();
  const value = await Promise.race([p, new Promise<undefined>((r) => void setTimeout(r, LIMIT_MS))]);
  return { ms: Math.round(performance.now() - t0), value };
};

const emulator = await startEmulator({ deltaDelayMs: 5, backgroundStepDelayMs: 20 });
const config = loadConfig({ PORT: "0", LOG_LEVEL: "silent" });
const snapshot = process.env.GC_TEST_SNAPSHOT;
const database = await openDatabase(snapshot ? { snapshot: new Blob([await readFile(snapshot)]) } : {});
const upstream = createUpstream({ apiKey: "gc-test", baseUrl: emulator.url, emulated: true });
const app = await createApp({ config, database, upstream, logger: createLogger({ level: "silent" }) });
const url = await app.start();
const db = database.prisma;

async function gql(query: string, variables: Record<string, unknown>) {
  const res = await postGql(url, query, variables);
  return (await res.json()) as { data?: Record<string, { id: string; status: string; job?: { id: string } }> };
}
const TURN = "mutation($input: CreateInteractionInput!) { createInteraction(input: $input) { id status job { id } } }";

/** A run streaming from upstream that went silent after its first events; resolves with its row id. */
async function silentRun(where: { background: boolean }): Promise<string> {
  const row = await waitFor(
    "a silent run",
    async () => {
      const live = emulator.log.at(-1);
      const row = await db.interaction.findFirst({
        where: { status: "in_progress", completedAt: null, remoteId: { not: null }, ...where },
      });
      return live?.streaming && live.status === 200 && row;
    },
    { timeoutMs: 10_000, everyMs: 25 },
  );
  return row.id;
}
const status = async (id: string) => (await db.interaction.findUniqueOrThrow({ where: { id } })).status;

// 1. cancelInteraction of a foreground turn.
emulator.faults.add([{ op: "create", stallAfter: 4 }]);
const turn = gql(TURN, { input: { model: "gemini-3.5-flash", text: "go quiet after a few words" } });
const turnId = await silentRun({ background: false });
await gc();
const cancelled = await timed(gql("mutation($id: ID!) { cancelInteraction(id: $id) { id status } }", { id: turnId }));
const turnEnded = await timed(turn);

// 2. cancelJob of a background job following its interaction's stream.
emulator.faults.add([{ op: "stream", stallAfter: 3 }]);
const job = await gql(TURN, { input: { model: "gemini-3.5-flash", text: "a quiet job", background: true } });
const jobRow = await silentRun({ background: true });
await gc();
const jobCancelled = await timed(
  gql("mutation($id: ID!) { cancelJob(id: $id) { id status } }", { id: job.data?.createInteraction?.job?.id }),
);

// 3. Graceful stop (what SIGTERM does) with a silent run: it waits for runs until the grace period
// is nearly over (graceMs - 500), then lets the rest go at once.
const GRACE_MS = 1_500;
emulator.faults.add([{ op: "create", stallAfter: 4 }]);
void gql(TURN, { input: { model: "gemini-3.5-flash", text: "still quiet at shutdown" } }).catch(() => undefined);
const lastId = await silentRun({ background: false });
await gc();
const stopped = await timed(app.stop({ graceMs: GRACE_MS }));

process.stdout.write(
  `${JSON.stringify({
    cancelMs: cancelled.ms,
    cancelStatus: cancelled.value?.data?.cancelInteraction?.status ?? null,
    turnEndedMs: turnEnded.ms,
    turnStatus: await status(turnId),
    cancelJobMs: jobCancelled.ms,
    jobStatus: jobCancelled.value?.data?.cancelJob?.status ?? null,
    jobInteractionStatus: await status(jobRow),
    stopMs: stopped.ms,
    graceMs: GRACE_MS,
    // Left resumable (not failed, not cancelled): a restart picks it up again.
    stoppedRunStatus: await status(lastId),
  })}\n`,
);
await database.close();
await emulator.close();
process.exit(0);
