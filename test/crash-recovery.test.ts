import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import {
  ChatDocument,
  CreateBackgroundDocument,
  GetInteractionDocument,
  GetJobDocument,
  InteractionEventsDocument,
  ListConversationsDocument,
  TurnEventsDocument,
} from "./generated/graphql.ts";
import { collectWs, gqlAt, wsClient } from "./support/clients.ts";
import { joined } from "./support/jobs.ts";
import { ranAttempt, type ServerProcess, startServerProcess } from "./support/server-process.ts";
import { waitFor } from "./support/wait.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const children: ChildProcess[] = [];
const servers: ServerProcess[] = [];
let dataDir: string | undefined;

afterAll(async () => {
  await Promise.allSettled(servers.map((s) => s.stop("SIGKILL")));
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The emulator as a process of its own, so it outlives the server we kill. */
async function startEmulatorProcess(): Promise<string> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/emulator/main.ts", "--port", "0", "--background-step-delay", "250", "--delta-delay", "25"],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.push(child);
  let out = "";
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    out += String(d);
  });
  return waitFor("the emulator's URL", () => out.match(/emulator on (http:\/\/\S+)/)?.[1], { timeoutMs: 30_000 });
}

type Ev = { __typename: string; cursor?: string; delta?: { __typename: string; text?: string } | null };

it("resumes a job after kill -9 of the server from its last event: no event lost or repeated, one upstream create", async () => {
  dataDir = await mkdtemp(join(tmpdir(), "gig-jobs-"));
  const emulatorUrl = await startEmulatorProcess();
  const env = { DATA_DIR: dataDir, GEMINI_BASE_URL: emulatorUrl, GEMINI_API_KEY: "any", LOG_LEVEL: "info" };
  const first = await startServerProcess(env, 60_000);
  servers.push(first);

  const text = `Remember this: ${Array.from({ length: 45 }, (_, i) => `item${i}`).join(" ")}`;
  const { createInteraction } = await gqlAt(first.url, CreateBackgroundDocument, {
    input: {
      model: "gemini-3.5-flash",
      text,
      background: true,
      generationConfig: { thinkingSummaries: "AUTO" },
      tools: [{ googleSearch: {} }],
    },
  });
  const jobId = createInteraction.job?.id as string;
  // Mid-run: some steps are stored, the rest still to come.
  await waitFor("two stored steps", async () => {
    const { job } = await gqlAt(first.url, GetJobDocument, { id: jobId });
    return (job?.interaction.steps.length ?? 0) >= 2 && job?.status === "RUNNING";
  });
  await first.stop("SIGKILL");
  const stats = async () =>
    (await (await fetch(`${emulatorUrl}/_emulator/stats`)).json()) as { creates: number; running: number };
  // Killed mid-job: upstream is still producing it.
  expect((await stats()).running).toBe(1);

  const second = await startServerProcess(env, 60_000);
  servers.push(second);
  const done = await waitFor(
    "the job to succeed after the restart",
    async () => {
      const { job } = await gqlAt(second.url, GetJobDocument, { id: jobId });
      return job?.status === "SUCCEEDED" && job;
    },
    { timeoutMs: 40_000 },
  );
  expect(done.attempts).toBe(2);
  expect(done.interaction.status).toBe("COMPLETED");
  expect(done.interaction.outputText).toContain("item44");
  expect(ranAttempt(second, jobId, 2)).toBe(true);

  const events = await collectWs(second.url, InteractionEventsDocument, { id: createInteraction.id });
  expect(events.errors).toEqual([]);
  const evs = events.results.map((r) => r.interactionEvents as Ev);
  expect(evs.map((e) => Number(e.cursor))).toEqual(Array.from({ length: evs.length }, (_, i) => i + 1));
  expect(evs.at(-1)?.__typename).toBe("InteractionCompletedEvent");
  expect(evs.filter((e) => e.__typename === "StepStartEvent")).toHaveLength(done.interaction.steps.length);
  expect(joined(evs)).toBe(done.interaction.outputText);

  expect((await stats()).creates).toBe(1);
}, 120_000);

it("finishes a foreground chat after kill -9: the restarted server follows it upstream from its last logged event", async () => {
  const dir = await mkdtemp(join(tmpdir(), "gig-fg-"));
  const emulatorUrl = await startEmulatorProcess();
  const env = { DATA_DIR: dir, GEMINI_BASE_URL: emulatorUrl, GEMINI_API_KEY: "any", LOG_LEVEL: "info" };
  try {
    const first = await startServerProcess(env, 60_000);
    servers.push(first);
    const text = `Keep going: ${Array.from({ length: 60 }, (_, i) => `part${i}`).join(" ")}`;
    const seen: Ev[] = [];
    let interactionId = "";
    const client = wsClient(first.url);
    // The chat dies with the server; what it saw before must be a prefix of the final stream.
    const chat = collectWs(client, ChatDocument, {
      input: { text, generationConfig: { thinkingSummaries: "AUTO" }, tools: [{ googleSearch: {} }] },
    });
    await waitFor("the answer to be streaming", async () => {
      const row = await gqlAt(first.url, ListConversationsDocument, { first: 1 });
      interactionId = row.conversations.edges[0]?.node.head?.id ?? "";
      if (!interactionId) return false;
      const { interaction } = await gqlAt(first.url, GetInteractionDocument, { id: interactionId });
      return (interaction?.steps.length ?? 0) >= 2;
    });
    await first.stop("SIGKILL");
    seen.push(...(await chat).results.map((r) => r.chat as Ev));
    await client.dispose();

    const second = await startServerProcess(env, 60_000);
    servers.push(second);
    const done = await waitFor("the interaction to complete after the restart", async () => {
      const { interaction } = await gqlAt(second.url, GetInteractionDocument, { id: interactionId });
      return interaction?.status === "COMPLETED" && interaction;
    });
    expect(done.outputText).toContain("part59");
    const events = (await collectWs(second.url, InteractionEventsDocument, { id: interactionId })).results.map(
      (r) => r.interactionEvents as Ev,
    );
    expect(events.map((e) => Number(e.cursor))).toEqual(events.map((_, i) => i + 1));
    // (A chat ends with the turn's end, which a single interaction's stream does not send.)
    const ofRound = seen.filter((e) => e.__typename !== "TurnEndEvent");
    // What the live chat showed before the kill is part of the replay (deltas of a burst came merged:
    // each merged one's cursor is the last it carries) and its text is where the replay's begins.
    const replayed = events.map((e) => e.cursor);
    expect(ofRound.map((e) => replayed.indexOf(e.cursor))).toEqual(
      ofRound.map((e) => replayed.indexOf(e.cursor)).sort((a, b) => a - b),
    );
    expect(ofRound.every((e) => replayed.includes(e.cursor))).toBe(true);
    expect(done.outputText?.startsWith(joined(ofRound))).toBe(true);
    expect(joined(events)).toBe(done.outputText);
    // The restarted server also drove the rest of the turn: its stream ends with the turn's end.
    const turn = (await collectWs(second.url, TurnEventsDocument, { id: interactionId })).results;
    expect(turn.at(-1)?.turnEvents.__typename).toBe("TurnEndEvent");
    const stats = (await (await fetch(`${emulatorUrl}/_emulator/stats`)).json()) as { creates: number };
    expect(stats.creates).toBe(1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);
