import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateUpstreamWebhookDocument,
  DeleteUpstreamWebhookDocument,
  PingUpstreamWebhookDocument,
  RotateUpstreamWebhookSecretDocument,
  UpdateUpstreamWebhookDocument,
  UpstreamWebhooksDocument,
} from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

let h: Harness;
let rx: http.Server;
let rxUrl: string;
const got: { headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  h = await startHarness();
  rx = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      got.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  rx.listen(0, "127.0.0.1");
  await once(rx, "listening");
  rxUrl = `http://127.0.0.1:${(rx.address() as AddressInfo).port}/gemini`;
});
afterAll(async () => {
  rx?.close();
  await h?.close();
});

describe("upstream webhooks (admin)", () => {
  it("are for admins only", async () => {
    const user = await userWithKey(h.database.prisma);
    const r = await h.gql(UpstreamWebhooksDocument, {}, user.headers);
    expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const c = await h.gql(
      CreateUpstreamWebhookDocument,
      { input: { uri: rxUrl, events: ["INTERACTION_COMPLETED"] } },
      user.headers,
    );
    expect(c.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(h.emulator.webhooks.hooks.size).toBe(0);
  });

  it("create (secret once), list, update, ping, rotate with overlap, delete: all held upstream", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const { createUpstreamWebhook: created } = await h.ok(
      CreateUpstreamWebhookDocument,
      { input: { uri: rxUrl, events: ["INTERACTION_COMPLETED", "INTERACTION_FAILED"], name: "gig" } },
      admin.headers,
    );
    expect(created.signingSecret).toMatch(/^whsec_/);
    expect(created.webhook).toMatchObject({ uri: rxUrl, state: "ENABLED", name: "gig" });
    const id = created.webhook.id;
    expect([...h.emulator.webhooks.hooks.keys()]).toEqual([id]);
    const listed = await h.ok(UpstreamWebhooksDocument, {}, admin.headers);
    expect(listed.upstreamWebhooks.map((w) => [w.id, w.events])).toEqual([
      [id, ["INTERACTION_COMPLETED", "INTERACTION_FAILED"]],
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.signingSecret);

    const { updateUpstreamWebhook: off } = await h.ok(
      UpdateUpstreamWebhookDocument,
      { id, input: { enabled: false, events: ["INTERACTION_REQUIRES_ACTION"] } },
      admin.headers,
    );
    expect([off.state, off.events, off.name]).toEqual(["DISABLED", ["INTERACTION_REQUIRES_ACTION"], "gig"]);
    const pingOff = await h.gql(PingUpstreamWebhookDocument, { id }, admin.headers);
    expect(pingOff.errors?.[0]?.message).toContain("only enabled webhooks");
    await h.ok(UpdateUpstreamWebhookDocument, { id, input: { enabled: true } }, admin.headers);

    // Upstream pings the URI, signed with the secret shown at creation.
    await h.ok(PingUpstreamWebhookDocument, { id }, admin.headers);
    const ping = await waitFor("the ping", () => got[0]);
    const headers = {
      "webhook-id": String(ping.headers["webhook-id"]),
      "webhook-timestamp": String(ping.headers["webhook-timestamp"]),
      "webhook-signature": String(ping.headers["webhook-signature"]),
    };
    expect(new Webhook(created.signingSecret).verify(ping.body, headers)).toMatchObject({ type: "webhook.ping" });

    const { rotateUpstreamWebhookSecret: rotated } = await h.ok(
      RotateUpstreamWebhookSecretDocument,
      { id },
      admin.headers,
    );
    expect(rotated.signingSecret).not.toBe(created.signingSecret);
    expect(rotated.webhook.signingSecrets.map((s) => s.expiresAt === null)).toEqual([true, false]);
    const { rotateUpstreamWebhookSecret: revoked } = await h.ok(
      RotateUpstreamWebhookSecretDocument,
      { id, revokePrevious: true },
      admin.headers,
    );
    expect(revoked.webhook.signingSecrets).toHaveLength(1);

    expect((await h.ok(DeleteUpstreamWebhookDocument, { id }, admin.headers)).deleteUpstreamWebhook).toBe(id);
    expect((await h.ok(UpstreamWebhooksDocument, {}, admin.headers)).upstreamWebhooks).toEqual([]);
    const gone = await h.gql(DeleteUpstreamWebhookDocument, { id }, admin.headers);
    expect(gone.errors?.[0]?.extensions?.code).toBe("UPSTREAM_NOT_FOUND");
    expect(h.logs.join("\n")).not.toContain(created.signingSecret);
  });

  it("refuses a URI that is not http(s) before asking upstream", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const r = await h.gql(
      CreateUpstreamWebhookDocument,
      { input: { uri: "ftp://x.test/", events: ["INTERACTION_COMPLETED"] } },
      admin.headers,
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "uri" });
  });
});
