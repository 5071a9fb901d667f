import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { waitFor } from "../support/wait.ts";
import { apiMessage, create, MODEL, useEmulator } from "./helpers.ts";

const t = useEmulator({ backgroundStepDelayMs: 5, webhooks: { retryBaseMs: 20, reorderHoldMs: 1_000 } });

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local receiver that records every POST and answers with `answer` (200 by default). */
let received: Received[];
let answer: (n: number) => number;
let receiver: http.Server;
let receiverUrl: string;
beforeEach(async () => {
  received = [];
  answer = () => 200;
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(answer(received.length)).end();
    });
  });
  receiver.listen(0, "127.0.0.1");
  await once(receiver, "listening");
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterEach(() => void receiver.close());

const verifier = (secret: string) => (r: Received) =>
  new Webhook(secret).verify(r.body, {
    "webhook-id": String(r.headers["webhook-id"]),
    "webhook-timestamp": String(r.headers["webhook-timestamp"]),
    "webhook-signature": String(r.headers["webhook-signature"]),
  });
const register = (events = ["interaction.completed", "interaction.failed"]) =>
  t.ai.webhooks.create({ uri: receiverUrl, subscribed_events: events, name: "ci" });
const runInBackground = (extra: Record<string, unknown> = {}) =>
  create(t.ai, { model: MODEL, input: "hi", background: true, ...extra });
const arrived = (n: number) => waitFor(`${n} deliveries`, () => received.length >= n && received);

describe("upstream webhooks resource (SDK client.webhooks)", () => {
  it("creates, lists, gets, updates, rotates and deletes; the secret is shown once", async () => {
    const hook = await register();
    expect(hook.new_signing_secret).toMatch(/^whsec_/);
    expect(hook.state).toBe("enabled");
    const id = hook.id ?? "";
    const got = await t.ai.webhooks.get(id);
    expect(got.new_signing_secret).toBeUndefined();
    expect(JSON.stringify(got)).not.toContain(hook.new_signing_secret?.slice(6));
    expect((await t.ai.webhooks.list()).webhooks?.map((w) => w.id)).toEqual([id]);

    const updated = await t.ai.webhooks.update(id, { state: "disabled", name: "renamed", update_mask: "state,name" });
    expect([updated.state, updated.name, updated.uri]).toEqual(["disabled", "renamed", receiverUrl]);
    await expect(t.ai.webhooks.update(id, { uri: "not a url" })).rejects.toSatisfy((e) =>
      apiMessage(e).includes("not a valid URL"),
    );

    const rotated = await t.ai.webhooks.rotateSigningSecret(id, {});
    expect(rotated.secret).toMatch(/^whsec_/);
    const during = await t.ai.webhooks.get(id);
    expect(during.signing_secrets).toHaveLength(2);
    expect(during.signing_secrets?.[1]?.expire_time).toBeDefined();
    await t.ai.webhooks.rotateSigningSecret(id, { revocation_behavior: "revoke_previous_secrets_immediately" });
    expect((await t.ai.webhooks.get(id)).signing_secrets).toHaveLength(1);

    await t.ai.webhooks.delete(id);
    await expect(t.ai.webhooks.get(id)).rejects.toSatisfy((e) => apiMessage(e).includes("not found"));
  });

  it("delivers interaction.completed and .failed, signed with Standard Webhooks, to subscribed webhooks", async () => {
    const hook = await register();
    await t.ai.webhooks.create({ uri: `${receiverUrl}?other`, subscribed_events: ["batch.failed"] });
    const ok = await runInBackground();
    const [first] = await arrived(1);
    const event = verifier(hook.new_signing_secret ?? "")(first as Received);
    expect(event).toMatchObject({ type: "interaction.completed", version: "v1", data: { id: ok.id } });
    // Thin: the interaction is fetched, never pushed.
    expect(first?.body).not.toContain("You said");

    t.emulator.faults.add([{ op: "create", failRun: true }]);
    const bad = await runInBackground();
    const [, second] = await arrived(2);
    expect(JSON.parse(second?.body ?? "")).toMatchObject({ type: "interaction.failed", data: { id: bad.id } });
    expect(received.every((r) => r.headers["webhook-id"] !== undefined)).toBe(true);
    // Foreground runs raise no events.
    await create(t.ai, { model: MODEL, input: "fg" });
    expect(t.emulator.webhooks.attempts.filter((a) => a.url.endsWith("?other"))).toEqual([]);
  });

  it("retries a failed delivery with the same webhook-id, and disables a webhook that keeps failing", async () => {
    answer = (n) => (n === 1 ? 500 : 200);
    await register();
    await runInBackground();
    const [a, b] = await arrived(2);
    expect(a?.headers["webhook-id"]).toBe(b?.headers["webhook-id"]);
    // The second attempt is recorded once its answer is back, a moment after the receiver has it.
    await waitFor("the second attempt recorded", () => t.emulator.webhooks.attempts.length === 2);
    expect(t.emulator.webhooks.attempts.map((x) => [x.attempt, x.status])).toEqual([
      [1, 500],
      [2, 200],
    ]);

    answer = () => 503;
    const hook = await register(["interaction.completed"]);
    for (let i = 0; i < 5; i++) await runInBackground();
    const id = hook.id ?? "";
    await waitFor("disabled", async () => (await t.ai.webhooks.get(id)).state === "disabled_due_to_failed_deliveries");
  });

  it("signs with every active secret during a rotation's overlap", async () => {
    const hook = await register();
    const rotated = await t.ai.webhooks.rotateSigningSecret(hook.id ?? "", {});
    await runInBackground();
    const [r] = await arrived(1);
    expect(String(r?.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verifier(hook.new_signing_secret ?? "")(r as Received)).toBeTruthy();
    expect(verifier(rotated.secret ?? "")(r as Received)).toBeTruthy();
  });

  it("injects faults: drop, duplicate, reorder and a bad signature (then a good retry)", async () => {
    const hook = await register(["interaction.completed"]);
    const verify = verifier(hook.new_signing_secret ?? "");
    t.emulator.faults.add([{ op: "webhook", delivery: "drop" }]);
    const dropped = await runInBackground();
    await waitFor("the drop", () => t.emulator.webhooks.attempts.some((a) => a.interactionId === dropped.id));
    expect(received).toEqual([]);

    t.emulator.faults.add([{ op: "webhook", delivery: "duplicate" }]);
    await runInBackground();
    const [d1, d2] = await arrived(2);
    expect(d1?.headers["webhook-id"]).toBe(d2?.headers["webhook-id"]);

    t.emulator.faults.add([{ op: "webhook", delivery: "reorder" }]);
    const early = await runInBackground();
    await waitFor("held", () => t.emulator.stats().running === 0 && t.emulator.faults.pending() === 0);
    const late = await runInBackground();
    const [, , r1, r2] = await arrived(4);
    expect([r1, r2].map((r) => (verify(r as Received) as { data: { id: string } }).data.id)).toEqual([
      late.id,
      early.id,
    ]);

    answer = (n) => (received[n - 1]?.headers["webhook-signature"] && tryVerify(verify, received[n - 1]) ? 200 : 401);
    t.emulator.faults.add([{ op: "webhook", delivery: "bad_signature" }]);
    await runInBackground();
    const [, , , , forged, retried] = await arrived(6);
    expect(tryVerify(verify, forged)).toBe(false);
    expect(tryVerify(verify, retried)).toBe(true);
    expect(forged?.headers["webhook-id"]).toBe(retried?.headers["webhook-id"]);
  });

  it("sends per-request webhook_config.uris instead, as an RS256 JWT the emulator's JWKS verifies", async () => {
    await register();
    const run = await runInBackground({ webhook_config: { uris: [receiverUrl], user_metadata: { job: "j1" } } });
    const [r] = await arrived(1);
    expect(r?.headers["webhook-signature"]).toBeUndefined();
    const jwt = String(r?.headers.authorization).replace(/^Bearer /, "");
    const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(t.emulator.jwksUrl)), {
      algorithms: ["RS256"],
    });
    expect(payload.webhook_id).toBe(r?.headers["webhook-id"]);
    expect(JSON.parse(r?.body ?? "")).toMatchObject({ data: { id: run.id, user_metadata: { job: "j1" } } });
    expect(received).toHaveLength(1);
  });
});

function tryVerify(verify: (r: Received) => unknown, r: Received | undefined): boolean {
  try {
    return !!verify(r as Received);
  } catch {
    return false;
  }
}
