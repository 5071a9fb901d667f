import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, expect, it } from "vitest";
import { CreateBackgroundDocument, GetJobDocument, InteractionEventsDocument } from "./generated/graphql.ts";
import { collectWs } from "./support/clients.ts";
import { type ServerProcess, startServerProcess } from "./support/server-process.ts";
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

async function gql<R, V>(url: string, doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

type Ev = { __typename: string; cursor?: string; delta?: { __typename: string; text?: string } | null };

it("resumes a job after kill -9 of the server from its last event: no event lost or repeated, one upstream create", async () => {
  dataDir = await mkdtemp(join(tmpdir(), "gig-jobs-"));
  const emulatorUrl = await startEmulatorProcess();
  const env = { DATA_DIR: dataDir, GEMINI_BASE_URL: emulatorUrl, GEMINI_API_KEY: "any", LOG_LEVEL: "info" };
  const first = await startServerProcess(env, 60_000);
  servers.push(first);

  const text = `Remember this: ${Array.from({ length: 45 }, (_, i) => `item${i}`).join(" ")}`;
  const { createInteraction } = await gql(first.url, CreateBackgroundDocument, {
    input: {
      model: "gemini-3.5-flash",
      text,
      background: true,
      generationConfig: { thinking_summaries: "auto" },
      tools: [{ googleSearch: {} }],
    },
  });
  const jobId = createInteraction.job?.id as string;
  // Mid-run: some steps are stored, the rest still to come.
  await waitFor("two stored steps", async () => {
    const { job } = await gql(first.url, GetJobDocument, { id: jobId });
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
      const { job } = await gql(second.url, GetJobDocument, { id: jobId });
      return job?.status === "SUCCEEDED" && job;
    },
    { timeoutMs: 40_000 },
  );
  expect(done.attempts).toBe(2);
  expect(done.interaction.status).toBe("COMPLETED");
  expect(done.interaction.outputText).toContain("item44");
  expect(second.output()).toContain('"msg":"job started"');

  const events = await collectWs(second.url, InteractionEventsDocument, { id: createInteraction.id });
  expect(events.errors).toEqual([]);
  const evs = events.results.map((r) => r.interactionEvents as Ev);
  expect(evs.map((e) => Number(e.cursor))).toEqual(Array.from({ length: evs.length }, (_, i) => i + 1));
  expect(evs.at(-1)?.__typename).toBe("InteractionCompletedEvent");
  expect(evs.filter((e) => e.__typename === "StepStartEvent")).toHaveLength(done.interaction.steps.length);
  const joined = evs
    .filter((e) => e.delta?.__typename === "TextDelta")
    .map((e) => e.delta?.text)
    .join("");
  expect(joined).toBe(done.interaction.outputText);

  expect((await stats()).creates).toBe(1);
}, 120_000);
