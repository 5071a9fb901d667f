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
import { CreateWebhookDocument, TestWebhookDocument } from "./generated/graphql.ts";
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
