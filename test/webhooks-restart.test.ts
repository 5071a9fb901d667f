import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import { afterAll, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { startEmulator } from "../src/emulator/server.ts";
import { createUpstream } from "../src/gemini/client.ts";
import { loadConfig } from "../src/infra/config.ts";
import { openDatabase } from "../src/infra/db.ts";
import { createLogger } from "../src/infra/logger.ts";
import { CreateBackgroundDocument, CreateWebhookDocument, TestWebhookDocument } from "./generated/graphql.ts";
import { waitFor } from "./support/wait.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function boot(dataDir: string, emulatorUrl: string) {
  const database = await openDatabase({ dataDir });
  const app = await createApp({
    config: loadConfig({
      PORT: "0",
      URL_FETCH_ALLOW_PRIVATE: "true",
      WEBHOOK_RETRY_SCHEDULE_MS: "3000",
      SHUTDOWN_DRAIN_MS: "0",
    }),
    database,
    upstream: createUpstream({ apiKey: "k", baseUrl: emulatorUrl }),
    logger: createLogger({ level: "silent" }),
  });
  const url = await app.start();
  const gql = async <R, V>(doc: Parameters<typeof print>[0] & { __apiType?: (v: V) => R }, variables: V) => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    const body: { data: R } = await res.json();
    return body.data;
  };
  return { gql, database, stop: () => app.stop() };
}

it("a delivery waiting for its retry is made after a restart, with the same webhook-id", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "gig-webhooks-"));
  dirs.push(dataDir);
  const ids: string[] = [];
  const plan = [500];
  const receiver = http.createServer((req, res) => {
    ids.push(String(req.headers["webhook-id"]));
    req.resume();
    res.writeHead(plan.shift() ?? 204).end();
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
  const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
  const emulator = await startEmulator();

  const first = await boot(dataDir, emulator.url);
  const { createWebhook } = await first.gql(CreateWebhookDocument, { input: { url: target, events: ["JOB_FAILED"] } });
  const { testWebhook } = await first.gql(TestWebhookDocument, { id: createWebhook.webhook.id });
  await waitFor("first attempt", () => ids.length === 1);
  await first.stop();
  await first.database.close();
  // The retry was 3 s away when the process stopped: nothing more was sent by it.
  expect(ids).toEqual([testWebhook.id]);

  const second = await boot(dataDir, emulator.url);
  await waitFor("the retry after the restart", () => ids.length === 2, { timeoutMs: 10_000 });
  expect(ids).toEqual([testWebhook.id, testWebhook.id]);
  const row = await waitFor("recorded", async () => {
    const d = await second.database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: testWebhook.id } });
    return d.status === "DELIVERED" && d;
  });
  expect(row).toMatchObject({ attempts: 2, lastStatusCode: 204 });
  await second.stop();
  await second.database.close();
  await emulator.close();
  receiver.close();
}, 60_000);

it("a job end whose deliveries were never written (the process died in between) is delivered after a restart, once", async () => {
  const dataDir = await mkdtemp(join(tmpdir(), "gig-webhooks-"));
  dirs.push(dataDir);
  const got: { id: string; body: string }[] = [];
  const receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      got.push({ id: String(req.headers["webhook-id"]), body });
      res.writeHead(204).end();
    });
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
  const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
  const emulator = await startEmulator({ backgroundStepDelayMs: 5 });

  const first = await boot(dataDir, emulator.url);
  await first.gql(CreateWebhookDocument, { input: { url: target, events: ["JOB_SUCCEEDED"] } });
  const { createInteraction } = await first.gql(CreateBackgroundDocument, {
    input: { background: true, model: "gemini-3.5-flash", text: "outbox" },
  });
  const jobId = createInteraction.job?.id ?? "";
  await waitFor("delivered once", () => got.length === 1);
  const firstId = got[0]?.id;
  const { prisma } = first.database;
  // The state a crash right after the job's end leaves: the job SUCCEEDED, no delivery row, not handed over.
  await prisma.webhookDelivery.deleteMany({});
  await prisma.job.update({ where: { id: jobId }, data: { endNotifiedAt: null } });
  await first.stop();
  await first.database.close();

  const second = await boot(dataDir, emulator.url);
  await waitFor("delivered after the restart", () => got.length === 2, { timeoutMs: 10_000 });
  // The same event: the same webhook-id as before the crash, so a receiver that deduplicates sees it once.
  expect(got[1]?.id).toBe(firstId);
  expect(JSON.parse(got[1]?.body ?? "")).toMatchObject({ type: "job.succeeded", data: { id: jobId } });
  const job = await second.database.prisma.job.findUniqueOrThrow({ where: { id: jobId } });
  expect(job.endNotifiedAt).not.toBeNull();
  await second.stop();
  await second.database.close();
  await emulator.close();
  receiver.close();
}, 60_000);
