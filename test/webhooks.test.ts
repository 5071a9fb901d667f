import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook as Verifier } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { send } from "../src/engine/webhooks/send.ts";
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  ListWebhooksDocument,
  RedeliverDocument,
  RotateWebhookSecretDocument,
  TestWebhookDocument,
  UpdateWebhookDocument,
  WebhookDeliveriesDocument,
} from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { MODEL, useJobsHarness } from "./support/jobs.ts";
import { waitFor } from "./support/wait.ts";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

/** A local endpoint: records every request and answers each with the next planned status (then 200). */
async function receiver() {
  const got: Received[] = [];
  const plan: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      got.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      res.writeHead(plan.shift() ?? 200).end();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { got, plan, url: `http://127.0.0.1:${port}/hook`, close: () => server.close() };
}

const verify = (secret: string, r: Received) =>
  new Verifier(secret).verify(r.body, {
    "webhook-id": String(r.headers["webhook-id"]),
    "webhook-timestamp": String(r.headers["webhook-timestamp"]),
    "webhook-signature": String(r.headers["webhook-signature"]),
  });

// The default schedule's first retry (5 s); later ones are short so failure tests end quickly.
const suite = useJobsHarness({
  URL_FETCH_ALLOW_PRIVATE: "true",
  WEBHOOK_RETRY_SCHEDULE_MS: "5000,300,300,300",
  WEBHOOK_DISABLE_AFTER_MS: "4000",
  WEBHOOK_MAX_PER_USER: "3",
  SECRETS_KEY: "webhooks-test-secrets-key-0123456789abcdef",
});

let rx: Awaited<ReturnType<typeof receiver>>;
beforeAll(async () => {
  rx = await receiver();
});
afterAll(() => rx.close());

describe("a user's webhook", () => {
  it("gets interaction.completed for a background job, signed; a 500 is retried with the same webhook-id", async () => {
    const alice = await userWithKey(suite.h.database.prisma);
    const { createWebhook } = await suite.h.ok(
      CreateWebhookDocument,
      { input: { url: rx.url, events: ["INTERACTION_COMPLETED"], description: "crm" } },
      alice.headers,
    );
    expect(createWebhook.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    expect(createWebhook.webhook).toMatchObject({ url: rx.url, events: ["INTERACTION_COMPLETED"], state: "ENABLED" });
    rx.plan.push(500);
    const start = rx.got.length;
    const { interaction, jobId } = await suite.background({ model: MODEL, text: "secret prompt words" }, alice.headers);
    await suite.jobIn(jobId, "SUCCEEDED", alice.headers);
    const [first, second] = await waitFor("two attempts", () => rx.got.length >= start + 2 && rx.got.slice(start), {
      timeoutMs: 15_000,
    });
    if (!first || !second) throw new Error("unreachable");
    expect(second.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(second.at - first.at).toBeGreaterThanOrEqual(4_500);
    expect(second.at - first.at).toBeLessThan(15_000);
    for (const r of [first, second]) {
      const event = verify(createWebhook.signingSecret, r);
      expect(event).toMatchObject({
        type: "interaction.completed",
        data: { id: interaction.id, conversationId: null, status: "completed" },
      });
      expect(r.body).not.toContain("secret prompt words");
      expect(r.body).not.toContain("You said");
    }
    // Another secret does not verify it.
    expect(() => verify(`whsec_${Buffer.alloc(24, 7).toString("base64")}`, second)).toThrow();

    const { webhookDeliveries } = await waitFor("delivered", async () => {
      const d = await suite.h.ok(WebhookDeliveriesDocument, { webhookId: createWebhook.webhook.id }, alice.headers);
      return d.webhookDeliveries[0]?.status === "DELIVERED" && d;
    });
    expect(webhookDeliveries).toHaveLength(1);
    expect(webhookDeliveries[0]).toMatchObject({
      id: first.headers["webhook-id"],
      type: "INTERACTION_COMPLETED",
      attempts: 2,
      responseCode: 200,
      nextAttemptAt: null,
    });
    expect(webhookDeliveries[0]?.tries.map((t) => t.responseCode)).toEqual([500, 200]);
  });

  it("keeps its secret to itself (sealed at rest); a rotation signs with both until the old one is revoked", async () => {
    const bob = await userWithKey(suite.h.database.prisma);
    const { createWebhook } = await suite.h.ok(
      CreateWebhookDocument,
      { input: { url: rx.url, events: ["JOB_SUCCEEDED"] } },
      bob.headers,
    );
    const listed = await suite.h.gql(ListWebhooksDocument, {}, bob.headers);
    expect(JSON.stringify(listed)).not.toContain(createWebhook.signingSecret);
    const { rotateWebhookSecret } = await suite.h.ok(
      RotateWebhookSecretDocument,
      { id: createWebhook.webhook.id },
      bob.headers,
    );
    expect(rotateWebhookSecret.signingSecret).not.toBe(createWebhook.signingSecret);
    // Nothing in the database holds a secret in clear (SECRETS_KEY seals them).
    const rows = JSON.stringify(await suite.h.database.prisma.webhook.findMany());
    for (const s of [createWebhook.signingSecret, rotateWebhookSecret.signingSecret])
      expect(rows).not.toContain(s.slice("whsec_".length));
    const testEvent = async () => {
      const before = rx.got.length;
      const { testWebhook } = await suite.h.ok(TestWebhookDocument, { id: createWebhook.webhook.id }, bob.headers);
      return waitFor("test event", () => rx.got.slice(before).find((x) => x.headers["webhook-id"] === testWebhook.id));
    };
    // The overlap: both signatures are sent, so the old secret and the new one verify.
    const during = await testEvent();
    expect(String(during.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verify(rotateWebhookSecret.signingSecret, during)).toMatchObject({ type: "webhook.test" });
    expect(verify(createWebhook.signingSecret, during)).toMatchObject({ type: "webhook.test" });
    // Revoked: only the newest verifies.
    const { rotateWebhookSecret: last } = await suite.h.ok(
      RotateWebhookSecretDocument,
      { id: createWebhook.webhook.id, revokePrevious: true },
      bob.headers,
    );
    const after = await testEvent();
    expect(verify(last.signingSecret, after)).toMatchObject({ type: "webhook.test" });
    expect(() => verify(rotateWebhookSecret.signingSecret, after)).toThrow();
    expect(() => verify(createWebhook.signingSecret, after)).toThrow();
    expect(suite.h.logs.join("\n")).not.toContain(rotateWebhookSecret.signingSecret);
  });

  it("is disabled after failing past the bound, says why, and redeliver sends the same id once enabled", async () => {
    const carol = await userWithKey(suite.h.database.prisma);
    const { createWebhook } = await suite.h.ok(
      CreateWebhookDocument,
      { input: { url: rx.url, events: ["JOB_SUCCEEDED"] } },
      carol.headers,
    );
    const id = createWebhook.webhook.id;
    rx.plan.push(503, 503, 503, 503, 503);
    const { testWebhook } = await suite.h.ok(TestWebhookDocument, { id }, carol.headers);
    const webhook = await waitFor(
      "disabled",
      async () => {
        const { webhooks } = await suite.h.ok(ListWebhooksDocument, {}, carol.headers);
        return webhooks[0]?.state === "DISABLED_AFTER_FAILURES" && webhooks[0];
      },
      { timeoutMs: 15_000 },
    );
    expect(webhook.disabledReason).toContain("HTTP 503");
    const { webhookDeliveries } = await suite.h.ok(WebhookDeliveriesDocument, { webhookId: id }, carol.headers);
    expect(webhookDeliveries[0]).toMatchObject({ id: testWebhook.id, status: "FAILED", responseCode: 503 });
    rx.plan.length = 0;
    await suite.h.ok(UpdateWebhookDocument, { id, input: { enabled: true } }, carol.headers);
    const before = rx.got.length;
    await suite.h.ok(RedeliverDocument, { deliveryId: testWebhook.id }, carol.headers);
    const again = await waitFor("redelivered", () =>
      rx.got.slice(before).find((x) => x.headers["webhook-id"] === testWebhook.id),
    );
    expect(again).toBeTruthy();
  });

  it("refuses bad targets and more than WEBHOOK_MAX_PER_USER webhooks, with typed errors", async () => {
    const dave = await userWithKey(suite.h.database.prisma);
    const bad = await suite.h.gql(
      CreateWebhookDocument,
      { input: { url: "file:///etc/passwd", events: ["JOB_FAILED"] } },
      dave.headers,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("URL_FETCH_REFUSED");
    const none = await suite.h.gql(CreateWebhookDocument, { input: { url: rx.url, events: [] } }, dave.headers);
    expect(none.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");
    for (let i = 0; i < 3; i++)
      await suite.h.ok(CreateWebhookDocument, { input: { url: rx.url, events: ["JOB_FAILED"] } }, dave.headers);
    const over = await suite.h.gql(
      CreateWebhookDocument,
      { input: { url: rx.url, events: ["JOB_FAILED"] } },
      dave.headers,
    );
    expect(over.errors?.[0]?.extensions?.code).toBe("WEBHOOK_LIMIT");
    const { webhooks } = await suite.h.ok(ListWebhooksDocument, {}, dave.headers);
    await suite.h.ok(DeleteWebhookDocument, { id: webhooks[0]?.id ?? "" }, dave.headers);
    await suite.h.ok(CreateWebhookDocument, { input: { url: rx.url, events: ["JOB_FAILED"] } }, dave.headers);
  });
});

describe("admins", () => {
  it("see every user's webhooks and deliveries; a plain user sees only their own", async () => {
    const erin = await userWithKey(suite.h.database.prisma);
    const admin = await userWithKey(suite.h.database.prisma, "ADMIN");
    const { createWebhook } = await suite.h.ok(
      CreateWebhookDocument,
      { input: { url: rx.url, events: ["JOB_FAILED"] } },
      erin.headers,
    );
    const id = createWebhook.webhook.id;
    const all = await suite.h.ok(ListWebhooksDocument, {}, admin.headers);
    expect(all.webhooks.map((w) => w.id)).toContain(id);
    const hers = await suite.h.ok(ListWebhooksDocument, { userId: erin.user.id }, admin.headers);
    expect(hers.webhooks.map((w) => w.id)).toEqual([id]);
    const { testWebhook } = await suite.h.ok(TestWebhookDocument, { id }, admin.headers);
    const { webhookDeliveries } = await suite.h.ok(WebhookDeliveriesDocument, { webhookId: id }, admin.headers);
    expect(webhookDeliveries.map((d) => d.id)).toEqual([testWebhook.id]);
    const own = await suite.h.ok(ListWebhooksDocument, {}, erin.headers);
    expect(own.webhooks.every((w) => w.ownerId === erin.user.id)).toBe(true);
  });
});

describe("the delivery POST", () => {
  it("refuses private addresses unless allowed, and does not follow redirects", async () => {
    const limits = { timeoutMs: 2_000, allowPrivate: false };
    const refused = await send(rx.url, "{}", {}, limits);
    expect(refused).toMatchObject({ statusCode: null });
    expect(refused.error).toMatch(/non-public/);
    const redirecting = http.createServer((_q, res) => res.writeHead(307, { location: rx.url }).end());
    redirecting.listen(0, "127.0.0.1");
    await once(redirecting, "listening");
    const { port } = redirecting.address() as AddressInfo;
    const before = rx.got.length;
    const r = await send(`http://localhost:${port}/`, "{}", {}, { ...limits, allowPrivate: true });
    redirecting.close();
    expect(r).toMatchObject({ statusCode: 307 });
    expect(r.error).toMatch(/redirects are not followed/);
    // The redirect's target never heard of it (every other request there is a signed delivery).
    expect(rx.got.slice(before).filter((r) => !r.headers["webhook-id"])).toEqual([]);
  });
});
