import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./support/harness.ts";

const secret = (n: number) => `whsec_${Buffer.alloc(24, n).toString("base64")}`;
const OLD = secret(1);
const NEW = secret(2);

let h: Harness;
let jwks: http.Server;
let key: CryptoKey;
let otherKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  key = pair.privateKey;
  otherKey = (await generateKeyPair("RS256")).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  jwks = http.createServer((_q, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] })),
  );
  jwks.listen(0, "127.0.0.1");
  await once(jwks, "listening");
  const { port } = jwks.address() as AddressInfo;
  // Both secrets active: the overlap of a rotation.
  h = await startHarness({
    env: { GEMINI_WEBHOOK_SECRETS: `${OLD},${NEW}`, GEMINI_WEBHOOK_JWKS_URL: `http://127.0.0.1:${port}/jwks` },
  });
});
afterAll(async () => {
  await h?.close();
  jwks?.close();
});

let n = 0;
const body = () => JSON.stringify({ type: "interaction.completed", version: "1", data: { id: `remote-${n++}` } });
const signed = (key: string, id: string, payload: string, at = new Date()) => ({
  "webhook-id": id,
  "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
  "webhook-signature": new Webhook(key).sign(id, at, payload),
});
const post = (payload: string, headers: Record<string, string>) =>
  fetch(`${h.url}/webhooks/gemini`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: payload,
  });
const stored = () => h.database.prisma.upstreamWebhookEvent.count();

describe("POST /webhooks/gemini", () => {
  it("takes events signed by either active secret, once per webhook-id", async () => {
    const a = body();
    const r1 = await post(a, signed(OLD, "msg_old_1", a));
    expect(r1.status).toBe(200);
    const b = body();
    expect((await post(b, signed(NEW, "msg_new_1", b))).status).toBe(200);
    const rows = await h.database.prisma.upstreamWebhookEvent.findMany({
      where: { id: { in: ["msg_old_1", "msg_new_1"] } },
    });
    expect(rows.map((r) => r.type)).toEqual(["interaction.completed", "interaction.completed"]);
    // A replay (the same delivery again, freshly signed) is acknowledged and changes nothing.
    const before = await stored();
    const again = await post(a, signed(OLD, "msg_old_1", a));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ duplicate: true });
    expect(await stored()).toBe(before);
  });

  it("refuses forged, stale, tampered and unsigned events with 401 and a log line, storing nothing", async () => {
    const before = await stored();
    const p = body();
    const cases: [string, string, Record<string, string>][] = [
      ["forged", p, signed(secret(9), "msg_forged", p)],
      ["stale", p, signed(OLD, "msg_stale", p, new Date(Date.now() - 600_000))],
      ["future", p, signed(OLD, "msg_future", p, new Date(Date.now() + 600_000))],
      ["tampered", p.replace("remote", "evil"), signed(OLD, "msg_tampered", p)],
      ["unsigned", p, { "webhook-id": "msg_unsigned" }],
      ["no id", p, { ...signed(OLD, "msg_x", p), "webhook-id": "" }],
    ];
    for (const [name, payload, headers] of cases) {
      const res = await post(payload, headers);
      expect(res.status, name).toBe(401);
    }
    expect(await stored()).toBe(before);
    expect(h.logs.filter((l) => l.includes("incoming webhook refused")).length).toBeGreaterThanOrEqual(cases.length);
  });

  it("takes a dynamic webhook's RS256 JWT checked against the JWKS, and refuses one from another key", async () => {
    const jwt = (k: CryptoKey) => new SignJWT({}).setProtectedHeader({ alg: "RS256", kid: "k1" }).setIssuedAt().sign(k);
    const p = body();
    const ok = await post(p, { "webhook-id": "msg_jwt_1", authorization: `Bearer ${await jwt(key)}` });
    expect(ok.status).toBe(200);
    const before = await stored();
    const bad = await post(p, { "webhook-id": "msg_jwt_2", authorization: `Bearer ${await jwt(otherKey)}` });
    expect(bad.status).toBe(401);
    expect(await stored()).toBe(before);
  });
});
