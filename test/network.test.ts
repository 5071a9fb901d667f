import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type Harness, startHarness } from "./support/harness.ts";

/**
 * The origin policy and CSRF prevention, as a browser's requests reach the real server (Origin
 * and content types set as a browser sets them; test/network-browser.test.ts drives Chromium
 * itself). Anonymous use is on (the default), so a forged request would act as the local user.
 */

const ALLOWED = "http://app.allowed.test";
const EVIL = "http://evil.example.test";
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { CORS_ORIGINS: ALLOWED } });
});
afterAll(async () => {
  await h?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (fetch would not let a test set Origin as a browser does). */
function send(method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<Answer> {
  const url = new URL(h.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => {
        text += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const SEND = JSON.stringify({ query: 'mutation { sendMessage(input: { text: "forged" }) { id } }' });
const READ = JSON.stringify({ query: "{ conversations(first: 5) { edges { node { id title } } } }" });

function multipart(operations: string): { body: string; type: string } {
  const b = "----csrf";
  const body =
    `--${b}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
    `--${b}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{}\r\n--${b}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${b}` };
}

describe("origin policy on HTTP", () => {
  it("a page of another origin can neither mutate nor read: 403, no CORS header, nothing ran", async () => {
    const upstream = h.emulator.requests.length;
    const rows = await h.database.prisma.interaction.count();
    for (const body of [SEND, READ]) {
      const res = await send("POST", "/graphql", { origin: EVIL, "content-type": "application/json" }, body);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).errors[0].extensions.code).toBe("ORIGIN_NOT_ALLOWED");
      expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    }
    // Its preflight gets no CORS answer either, so the browser never sends the request.
    const pre = await send("OPTIONS", "/graphql", {
      origin: EVIL,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type",
    });
    expect(pre.headers["access-control-allow-origin"]).toBeUndefined();
    expect(h.emulator.requests.length).toBe(upstream);
    expect(await h.database.prisma.interaction.count()).toBe(rows);
  });

  it("an origin in CORS_ORIGINS gets CORS answers (no credentials) and works", async () => {
    const pre = await send("OPTIONS", "/graphql", {
      origin: ALLOWED,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type, authorization",
    });
    expect(pre.headers["access-control-allow-origin"]).toBe(ALLOWED);
    expect(String(pre.headers["access-control-allow-headers"])).toContain("authorization");
    expect(pre.headers["access-control-allow-credentials"]).toBeUndefined();
    const res = await send("POST", "/graphql", { origin: ALLOWED, "content-type": "application/json" }, READ);
    expect(res.status).toBe(200);
    expect(res.headers["access-control-allow-origin"]).toBe(ALLOWED);
    expect(JSON.parse(res.body).data.conversations).toBeDefined();
  });

  it("the server's own origin (its pages, GraphiQL) needs no listing", async () => {
    const res = await send("POST", "/graphql", { origin: h.url, "content-type": "application/json" }, READ);
    expect(res.status).toBe(200);
  });
});

describe("DNS rebinding", () => {
  it("a same-origin request naming another host (a rebound domain) does not act as the local user", async () => {
    const host = `rebind.attacker.test:${new URL(h.url).port}`;
    const res = await send(
      "POST",
      "/graphql",
      { host, origin: `http://${host}`, "content-type": "application/json" },
      READ,
    );
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    // The same request naming the loopback address is the local user.
    const local = await send("POST", "/graphql", { "content-type": "application/json" }, READ);
    expect(JSON.parse(local.body).data.conversations).toBeDefined();
  });
});

describe("CSRF prevention (requests a page can send without a preflight)", () => {
  it("multipart, form and text/plain bodies and GET without the CSRF header are refused before running", async () => {
    const upstream = h.emulator.requests.length;
    const rows = await h.database.prisma.interaction.count();
    const form = multipart(SEND);
    const refused = [
      await send("POST", "/graphql", { "content-type": form.type }, form.body),
      await send(
        "POST",
        "/graphql",
        { "content-type": "application/x-www-form-urlencoded" },
        `query=${encodeURIComponent('mutation { sendMessage(input: { text: "x" }) { id } }')}`,
      ),
      await send("POST", "/graphql", { "content-type": "text/plain" }, SEND),
      await send("GET", `/graphql?query=${encodeURIComponent("{ conversations(first: 1) { edges { cursor } } }")}`, {
        accept: "application/json",
      }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    // In the GraphQL shape, with a code a client can act on (the kit's upload sends the header).
    const codes = refused.map((r) => JSON.parse(r.body).errors[0].extensions.code);
    expect(codes).toEqual(Array(4).fill("CSRF_HEADER_REQUIRED"));
    expect(h.emulator.requests.length).toBe(upstream);
    expect(await h.database.prisma.interaction.count()).toBe(rows);
  });

  it("with the header (which no other origin can set without a preflight) they work", async () => {
    const form = multipart(JSON.stringify({ query: "{ __typename }" }));
    const res = await send("POST", "/graphql", { "content-type": form.type, "x-graphql-yoga-csrf": "1" }, form.body);
    expect(res.status).toBe(200);
    const get = await send("GET", `/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      accept: "application/json",
      "x-graphql-yoga-csrf": "1",
    });
    expect(JSON.parse(get.body)).toEqual({ data: { __typename: "Query" } });
  });
});

describe("origin policy on the WebSocket upgrade", () => {
  const upgrade = (origin?: string) =>
    new Promise<number>((resolve) => {
      const ws = new WebSocket(
        `${h.url.replace(/^http/, "ws")}/graphql`,
        "graphql-transport-ws",
        origin ? { origin } : {},
      );
      ws.once("open", () => {
        ws.close();
        resolve(101);
      });
      ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      ws.once("error", () => undefined);
    });

  it("refuses a foreign Origin with 403; accepts an allowed one, its own, and none (non-browser clients)", async () => {
    expect(await upgrade(EVIL)).toBe(403);
    expect(await upgrade("null")).toBe(403);
    expect(await upgrade(ALLOWED)).toBe(101);
    expect(await upgrade(h.url)).toBe(101);
    expect(await upgrade()).toBe(101);
  });
});
