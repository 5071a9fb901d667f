import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import {
  ChatTextDocument,
  type ChatTextSubscription,
  CreateBackgroundDocument,
  GetJobDocument,
  InteractionEventsDocument,
} from "../generated/graphql.ts";
import { type Collected, collectWs, gqlAt } from "../support/clients.ts";
import { longText } from "../support/factories.ts";
import { joined } from "../support/jobs.ts";
import { tempDatabase } from "../support/pg.ts";
import { type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

// Scale-out on a Redis Cluster (REDIS_URL listing its nodes): pub/sub, the run event streams and BullMQ
// (its keys under one hash tag) work across three cluster nodes started here.
const { DATABASE_URL } = process.env;
if (!DATABASE_URL) throw new Error("The services suite needs DATABASE_URL");

const base = 31000 + (process.pid % 600) * 3;
const ports = [base, base + 1, base + 2];
const nodes: ChildProcess[] = [];
let dir = "";
let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let a: ServerProcess;
let b: ServerProcess;

function startNode(port: number): Promise<ChildProcess> {
  const args = ["--port", String(port), "--cluster-enabled", "yes", "--cluster-config-file", `nodes-${port}.conf`];
  const child = spawn("redis-server", [...args, "--dir", dir, "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  nodes.push(child);
  let out = "";
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  return waitFor(`redis-server on ${port}`, () => out.includes("Ready to accept connections") && child);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gig-cluster-"));
  await Promise.all(ports.map(startNode));
  const hosts = ports.map((p) => `127.0.0.1:${p}`);
  execFileSync("redis-cli", ["--cluster", "create", ...hosts, "--cluster-replicas", "0", "--cluster-yes"]);
  await waitFor("the cluster to be up", () =>
    ports.every((p) =>
      execFileSync("redis-cli", ["-p", String(p), "cluster", "info"])
        .toString()
        .includes("cluster_state:ok"),
    ),
  );
  emulator = await startEmulator({ deltaDelayMs: 10, backgroundStepDelayMs: 50 });
  db = await tempDatabase(DATABASE_URL);
  const REDIS_URL = ports.map((p) => `redis://127.0.0.1:${p}`).join(",");
  const env = { DATABASE_URL: db.url, REDIS_URL, GEMINI_BASE_URL: emulator.url, GEMINI_API_KEY: "cluster-test" };
  a = await startServerProcess(env);
  b = await startServerProcess(env);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([a?.stop("SIGKILL"), b?.stop("SIGKILL")]);
  await emulator?.close();
  await db?.drop();
  for (const n of nodes) n.kill("SIGKILL");
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("a run started through A is followed live on B, through the cluster's pub/sub and event streams", async () => {
  const text = longText("cluster", { words: 60, stem: "c" });
  const into: Collected<ChatTextSubscription> = { results: [], errors: [] };
  const chat = collectWs(a.url, ChatTextDocument, { input: { text } }, { into });
  const id = await waitFor("the run's id", () => into.results[0]?.chat.interactionId);
  const followed = await collectWs(b.url, InteractionEventsDocument, { id });
  const own = await chat;
  expect(own.errors).toEqual([]);
  expect(followed.errors).toEqual([]);
  const events = followed.results.map((r) => r.interactionEvents);
  expect(events.map((e) => Number(e.cursor))).toEqual(events.map((_, i) => i + 1));
  expect(events.at(-1)?.__typename).toBe("InteractionCompletedEvent");
  expect(joined(events)).toContain("c59");
});

it("a background job goes through BullMQ on the cluster and succeeds", async () => {
  const { createInteraction } = await gqlAt(a.url, CreateBackgroundDocument, {
    input: { model: "gemini-3.5-flash", text: "cluster job", background: true },
  });
  const jobId = createInteraction.job?.id ?? "";
  const done = await waitFor("the job to succeed", async () => {
    const { job } = await gqlAt(b.url, GetJobDocument, { id: jobId });
    return job?.status === "SUCCEEDED" && job;
  });
  expect(done.interaction.outputText).toContain("cluster job");
  // BullMQ's keys are all under one hash tag (else a cluster refuses its multi-key scripts).
  const keys = ports.flatMap((p) =>
    execFileSync("redis-cli", ["-p", String(p), "--scan", "--pattern", "*"])
      .toString()
      .split("\n")
      .filter(Boolean),
  );
  const queue = keys.filter((k) => k.includes("gig-jobs"));
  expect(queue.length).toBeGreaterThan(0);
  expect(queue.every((k) => k.startsWith("{bull}:"))).toBe(true);
});
