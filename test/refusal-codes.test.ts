import type { IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media, upload } from "./support/media.ts";

/**
 * Refusals made outside GraphQL (byte routes, the upgrade, plain routes) answer in the GraphQL error
 * shape with `extensions.code`, so a client reads every failure one way.
 */
const ALLOWED = "http://app.example.test";
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    env: { ALLOW_ANONYMOUS: "false", CORS_ORIGINS: ALLOWED, STREAM_MAX_PER_ADDRESS: "2" },
  });
});
afterAll(async () => {
  await h?.close();
});

type Body = { errors: { message: string; extensions: { code: string } }[] };
const coded = async (res: Response) => {
  expect(res.headers.get("content-type")).toContain("application/json");
  const body = (await res.json()) as Body;
  return { status: res.status, code: body.errors[0]?.extensions.code };
};

describe("file and media URLs", () => {
  it("refuse with a code: a forged link, a bad key, a missing file, a wrong method, a range past the end", async () => {
    const a = await userWithKey(h.database.prisma);
    const file = (await upload(h.url, media.png("coded"), "c.png", "image/png", a.headers)).data?.uploadFile;
    const signed = new URL(String(file?.url));
    expect((await fetch(signed)).status).toBe(200);

    const forged = new URL(signed);
    forged.searchParams.set("sig", "0".repeat(String(signed.searchParams.get("sig")).length));
    expect(await coded(await fetch(forged))).toEqual({ status: 403, code: "MEDIA_URL_INVALID" });
    const bare = `${h.url}/files/${file?.id}`;
    expect(await coded(await fetch(bare, { headers: { authorization: "Bearer nope" } }))).toEqual({
      status: 401,
      code: "UNAUTHENTICATED",
    });
    expect(await coded(await fetch(`${h.url}/files/no-such-file`, { headers: a.headers }))).toEqual({
      status: 404,
      code: "NOT_FOUND",
    });
    const post = await fetch(signed, { method: "POST" });
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    expect(await coded(post)).toEqual({ status: 405, code: "METHOD_NOT_ALLOWED" });
    const past = await fetch(signed, { headers: { range: "bytes=100000-" } });
    expect(past.headers.get("content-range")).toMatch(/^bytes \*\/\d+$/);
    expect(await coded(past)).toEqual({ status: 416, code: "RANGE_NOT_SATISFIABLE" });
  });
});

describe("plain routes", () => {
  it("/metrics without an admin key, the upstream webhook unsigned or by GET, a missing web asset", async () => {
    expect(await coded(await fetch(`${h.url}/metrics`))).toEqual({ status: 401, code: "UNAUTHENTICATED" });
    const unsigned = await fetch(`${h.url}/webhooks/gemini`, { method: "POST", body: "{}" });
    expect(await coded(unsigned)).toEqual({ status: 401, code: "WEBHOOK_SIGNATURE_INVALID" });
    expect(await coded(await fetch(`${h.url}/webhooks/gemini`))).toEqual({ status: 405, code: "METHOD_NOT_ALLOWED" });
    expect(await coded(await fetch(`${h.url}/assets/missing-1234.js`))).toEqual({ status: 404, code: "NOT_FOUND" });
  });
});

describe("the WebSocket upgrade", () => {
  const url = () => `${h.url.replace(/^http/, "ws")}/graphql`;
  /** Opens a socket; a refused upgrade answers its status, content type and body. */
  const open = (origin?: string) =>
    new Promise<{ ws: WebSocket; status: number; type?: string; body?: Body }>((resolve) => {
      const ws = new WebSocket(url(), "graphql-transport-ws", origin ? { origin } : {});
      ws.once("open", () => resolve({ ws, status: 101 }));
      ws.once("unexpected-response", (_req, res: IncomingMessage) => {
        let text = "";
        res.on("data", (c: Buffer) => {
          text += c.toString();
        });
        res.on("end", () =>
          resolve({ ws, status: res.statusCode ?? 0, type: res.headers["content-type"], body: JSON.parse(text) }),
        );
      });
      ws.once("error", () => undefined);
    });

  it("refuses a foreign Origin and an address over its share of streams with a coded JSON body", async () => {
    const foreign = await open("http://evil.example.test");
    expect(foreign).toMatchObject({ status: 403, type: "application/json" });
    expect(foreign.body?.errors[0]?.extensions.code).toBe("ORIGIN_NOT_ALLOWED");

    const two = await Promise.all([open(), open()]);
    expect(two.map((s) => s.status)).toEqual([101, 101]);
    const third = await open();
    expect(third).toMatchObject({ status: 429, type: "application/json" });
    expect(third.body?.errors[0]?.extensions.code).toBe("TOO_MANY_STREAMS");
    for (const { ws } of two) ws.close();
  });
});
