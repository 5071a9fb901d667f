import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressGroup, clientAddress, TrustedProxies } from "../src/infra/client-address.ts";
import {
  ChatTextDocument,
  CreateApiKeyDocument,
  DisableUserDocument,
  JobUpdatesDocument,
} from "./generated/graphql.ts";
import { collectSse } from "./support/clients.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

async function raw(url: string, query: string, headers: Record<string, string> = {}, variables?: unknown) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return { status: res.status, body, code: body.errors?.[0]?.extensions?.code };
}

describe("the keyless local user: a person on this machine only", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(); // ALLOW_ANONYMOUS defaulted (on), not set explicitly
  });
  afterAll(async () => {
    await h?.close();
  });

  const forwarding: Record<string, string>[] = [
    { forwarded: "for=203.0.113.9" },
    { "x-forwarded-for": "203.0.113.9" },
    { "x-forwarded-host": "localhost" },
    { "x-forwarded-proto": "https" },
    { "x-real-ip": "203.0.113.9" },
    { via: "1.1 nginx" },
  ];

  it("a loopback request with any forwarding header gets 401; a plain one keeps the local user", async () => {
    const plain = await raw(h.url, "{ viewer { id } }", { host: "localhost" });
    expect(plain.status).toBe(200);
    expect(plain.body.data?.viewer).toEqual({ id: "local" });
    for (const header of forwarding) {
      // Host: localhost is what a same-host proxy's client picks to pass as this machine.
      const res = await raw(h.url, "{ viewer { id } }", { host: "localhost", ...header });
      expect([res.status, res.code], JSON.stringify(header)).toEqual([401, "UNAUTHENTICATED"]);
    }
  });

  it("the local user cannot mint API keys unless ALLOW_ANONYMOUS=true was set explicitly", async () => {
    const res = await raw(h.url, print(CreateApiKeyDocument), {}, { input: { name: "escape hatch" } });
    expect(res.code).toBe("FORBIDDEN");
    expect(await h.database.prisma.apiKey.count({ where: { ownerId: "local" } })).toBe(0);
    const explicit = await startHarness({ env: { ALLOW_ANONYMOUS: "true" } });
    try {
      const ok = await raw(explicit.url, print(CreateApiKeyDocument), {}, { input: { name: "chosen" } });
      expect(ok.body.errors).toBeUndefined();
    } finally {
      await explicit.close();
    }
  });

  it('disableUser("local") is refused with CONFLICT and a way to turn keyless access off', async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const res = await raw(h.url, print(DisableUserDocument), admin.headers, { userId: "local" });
    expect(res.code).toBe("CONFLICT");
    expect(JSON.stringify(res.body)).toContain("ALLOW_ANONYMOUS=false");
  });
});

describe("the client address: TRUST_PROXY and IPv6 /64 groups", () => {
  it("walks X-Forwarded-For / Forwarded from a trusted peer only, and groups IPv6 by /64", () => {
    const req = (remoteAddress: string, headers: Record<string, string>) => {
      const socket = new Socket();
      Object.defineProperty(socket, "remoteAddress", { value: remoteAddress });
      const message = new IncomingMessage(socket);
      message.headers = headers;
      return message;
    };
    const trusted = new TrustedProxies(["127.0.0.1", "10.0.0.0/8"]);
    const none = new TrustedProxies([]);
    expect(clientAddress(req("127.0.0.1", { "x-forwarded-for": "198.51.100.7, 10.1.1.1" }), trusted)).toBe(
      "198.51.100.7",
    );
    expect(clientAddress(req("127.0.0.1", { "x-forwarded-for": "198.51.100.7" }), none)).toBe("127.0.0.1");
    // An untrusted peer's headers are the client's own words: ignored.
    expect(clientAddress(req("203.0.113.5", { "x-forwarded-for": "198.51.100.7" }), trusted)).toBe("203.0.113.5");
    // A spoofed first hop behind an untrusted one stays unbelieved.
    expect(clientAddress(req("127.0.0.1", { "x-forwarded-for": "1.2.3.4, 203.0.113.5" }), trusted)).toBe("203.0.113.5");
    expect(clientAddress(req("::ffff:127.0.0.1", { forwarded: 'for="[2001:db8::1]:4711"' }), trusted)).toBe(
      "2001:db8::1",
    );
    expect(clientAddress(req("127.0.0.1", { "x-real-ip": "198.51.100.8" }), trusted)).toBe("198.51.100.8");
    expect(addressGroup("2001:db8:1:2:aaaa::1")).toBe(addressGroup("2001:db8:1:2:ffff::9"));
    expect(addressGroup("2001:db8:1:2::1")).not.toBe(addressGroup("2001:db8:1:3::1"));
    expect(addressGroup("198.51.100.7")).toBe("198.51.100.7");
  });
});

describe("SSE streams count with WebSockets, per client address and per user", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      env: {
        ALLOW_ANONYMOUS: "false",
        TRUST_PROXY: "127.0.0.1",
        STREAM_MAX_PER_ADDRESS: "2",
        STREAM_MAX_PER_USER: "2",
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Opens an SSE jobUpdates (it stays open) and resolves once it is; `stop` ends it. */
  async function openStream(headers: Record<string, string>) {
    const controller = new AbortController();
    const res = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
      body: JSON.stringify({ query: print(JobUpdatesDocument), variables: {} }),
      signal: controller.signal,
    });
    return {
      status: res.status,
      body: res.status === 200 ? null : await res.text(),
      stop: () => controller.abort(),
    };
  }

  it("per address (through the trusted proxy, IPv6 by /64): the third stream answers 429 TOO_MANY_STREAMS", async () => {
    const users = await Promise.all([1, 2, 3, 4].map(() => userWithKey(h.database.prisma)));
    const from = (i: number, address: string) => ({ ...users[i]?.headers, "x-forwarded-for": address });
    const a = await openStream(from(0, "2001:db8:0:1::1"));
    const b = await openStream(from(1, "2001:db8:0:1::2"));
    expect([a.status, b.status]).toEqual([200, 200]);
    const c = await openStream(from(2, "2001:db8:0:1:ffff::3"));
    expect(c.status).toBe(429);
    expect(c.body).toContain("TOO_MANY_STREAMS");
    // Another client behind the same proxy is not locked out.
    const d = await openStream(from(3, "198.51.100.20"));
    expect(d.status).toBe(200);
    a.stop();
    await waitFor("the closed stream to be released", async () => {
      const e = await openStream(from(2, "2001:db8:0:1::9"));
      e.stop();
      return e.status === 200;
    });
    for (const s of [b, d]) s.stop();
  });

  it("per user, whatever the address", async () => {
    const u = await userWithKey(h.database.prisma);
    const streams = [
      await openStream({ ...u.headers, "x-forwarded-for": "198.51.100.31" }),
      await openStream({ ...u.headers, "x-forwarded-for": "198.51.100.32" }),
    ];
    expect(streams.map((s) => s.status)).toEqual([200, 200]);
    const third = await openStream({ ...u.headers, "x-forwarded-for": "198.51.100.33" });
    expect(third.status).toBe(429);
    // A short chat over SSE is a stream too: refused the same way while the user holds their share.
    await expect(
      collectSse(
        h.url,
        ChatTextDocument,
        { input: { text: "hi" } },
        {
          headers: { ...u.headers, "x-forwarded-for": "198.51.100.34" },
        },
      ),
    ).rejects.toThrow(/429/);
    for (const s of streams) s.stop();
  });
});
