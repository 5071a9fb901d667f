import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startEmulator } from "../src/emulator/server.ts";
import { CreateWebhookDocument, TestWebhookDocument, WebhookDeliveriesDocument } from "./generated/graphql.ts";
import { gqlAt } from "./support/clients.ts";
import { type ServerProcess, startServerProcess } from "./support/server-process.ts";
import { waitFor } from "./support/wait.ts";

const servers: ServerProcess[] = [];
let dataDir: string | undefined;
afterAll(async () => {
  await Promise.allSettled(servers.map((s) => s.stop("SIGKILL")));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it("kill -9 during a delivery's HTTP attempt: after the restart it is delivered, under the same webhook-id", async () => {
  dataDir = await mkdtemp(join(tmpdir(), "gig-webhook-kill-"));
  const ids: string[] = [];
  // The first attempt is held open (the server dies while it waits); later ones are answered.
  const receiver = http.createServer((req, res) => {
    ids.push(String(req.headers["webhook-id"]));
    req.resume();
    if (ids.length > 1) res.writeHead(204).end();
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
  const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
  const emulator = await startEmulator();
  const env = {
    DATA_DIR: dataDir,
    GEMINI_BASE_URL: emulator.url,
    GEMINI_API_KEY: "any",
    URL_FETCH_ALLOW_PRIVATE: "true",
    WEBHOOK_TIMEOUT_MS: "60000",
  };
  const first = await startServerProcess(env, 60_000);
  servers.push(first);
  const { createWebhook } = await gqlAt(first.url, CreateWebhookDocument, {
    input: { url: target, events: ["JOB_FAILED"] },
  });
  const { testWebhook } = await gqlAt(first.url, TestWebhookDocument, { id: createWebhook.webhook.id });
  await waitFor("the attempt in flight", () => ids.length === 1);
  await first.stop("SIGKILL");

  const second = await startServerProcess(env, 60_000);
  servers.push(second);
  await waitFor("the attempt after the restart", () => ids.length === 2, { timeoutMs: 20_000 });
  expect(ids).toEqual([testWebhook.id, testWebhook.id]);
  const [delivery] = await waitFor("delivered", async () => {
    const d = await gqlAt(second.url, WebhookDeliveriesDocument, { webhookId: createWebhook.webhook.id });
    return d.webhookDeliveries[0]?.status === "DELIVERED" && d.webhookDeliveries;
  });
  expect(delivery).toMatchObject({ id: testWebhook.id, responseCode: 204 });
  await second.stop();
  receiver.closeAllConnections();
  receiver.close();
  await emulator.close();
}, 120_000);
