import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchLimited, isPublicAddress } from "../src/engine/files/fetch.ts";
import { FileRejectedError } from "../src/infra/errors.ts";
import { CreateWithMediaDocument } from "./generated/graphql.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media, upload } from "./support/media.ts";

const files = { png: media.png("in"), wav: media.wav(), mp4: media.mp4("in"), pdf: media.pdf("in") };
const kinds = [
  ["png", "image", "image/png"],
  ["wav", "audio", "audio/wav"],
  ["mp4", "video", "video/mp4"],
  ["pdf", "document", "application/pdf"],
] as const;

let h: Harness;
let site: Server;
let siteUrl: string;
beforeAll(async () => {
  // A web server on loopback stands in for the internet; the config lets the server fetch from it.
  site = createServer((req, res) => {
    const name = req.url?.slice(1) ?? "";
    if (name === "slow") return void setTimeout(() => res.end("late"), 5_000).unref();
    if (name === "big") {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      const chunk = Buffer.alloc(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && res.write(chunk)) sent += chunk.byteLength;
        if (sent < 64 * 1024 * 1024) res.once("drain", pump);
        else res.end();
      };
      return pump();
    }
    if (name === "moved") return void res.writeHead(302, { location: "/in.png" }).end();
    const body = files[name.split(".").pop() as keyof typeof files];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/plain" }).end(body);
  });
  await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  h = await startHarness({
    env: { URL_FETCH_ALLOW_PRIVATE: "true", FILE_MAX_BYTES: String(1024 * 1024), UPSTREAM_REFERENCES_ALLOWED: "true" },
  });
});
afterAll(async () => {
  await h?.close();
  site?.closeAllConnections();
  await new Promise((r) => site?.close(r));
});

const sent = () => h.emulator.requests.at(-1)?.input;

describe("media inputs reach upstream in its shape", () => {
  it("image, audio, video and document uploads go as inline data with the sniffed type", async () => {
    const ids: string[] = [];
    for (const [name, , type] of kinds) {
      const res = await upload(h.url, files[name], `in.${name}`, "application/octet-stream");
      expect(res.data?.uploadFile.mimeType).toBe(type);
      ids.push(String(res.data?.uploadFile.id));
    }
    const made = await h.ok(CreateWithMediaDocument, {
      input: { model: "gemini-3.5-flash", text: "Look", parts: ids.map((fileId) => ({ fileId })) },
    });
    expect(made.createInteraction.status).toBe("COMPLETED");
    expect(sent()).toEqual([
      { type: "text", text: "Look" },
      ...kinds.map(([name, type, mime]) => ({ type, data: files[name].toString("base64"), mime_type: mime })),
    ]);
  });

  it("inputs given by URL are fetched by the server (redirects followed), checked and sent as data", async () => {
    const made = await h.ok(CreateWithMediaDocument, {
      input: {
        model: "gemini-3.5-flash",
        text: "Look",
        parts: [
          ...kinds.map(([name]) => ({ uri: { uri: `${siteUrl}/in.${name}`, mimeType: "text/plain" } })),
          { uri: { uri: `${siteUrl}/moved`, mimeType: "image/png" } },
        ],
      },
    });
    expect(made.createInteraction.status).toBe("COMPLETED");
    expect(sent()).toEqual([
      { type: "text", text: "Look" },
      ...kinds.map(([name, type, mime]) => ({ type, data: files[name].toString("base64"), mime_type: mime })),
      { type: "image", data: files.png.toString("base64"), mime_type: "image/png" },
    ]);
    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: made.createInteraction.id } });
    expect(JSON.stringify(row.input)).not.toContain(files.png.toString("base64").slice(0, 40));
  });

  it("URIs upstream reads itself go as uri", async () => {
    await h.ok(CreateWithMediaDocument, {
      input: {
        model: "gemini-3.5-flash",
        parts: [
          { uri: { uri: "gs://bucket/clip.mp4", mimeType: "video/mp4" } },
          { uri: { uri: "https://www.youtube.com/watch?v=abc", mimeType: "video/mp4" } },
        ],
      },
    });
    expect(sent()).toEqual([
      { type: "video", uri: "gs://bucket/clip.mp4", mime_type: "video/mp4" },
      { type: "video", uri: "https://www.youtube.com/watch?v=abc", mime_type: "video/mp4" },
    ]);
  });

  it("a URL input that is too large, missing or not http is refused with a typed error and nothing sent", async () => {
    const before = h.emulator.requests.length;
    const files0 = await h.database.prisma.file.count();
    for (const [uri, code] of [
      [`${siteUrl}/big`, "FILE_TOO_LARGE"],
      [`${siteUrl}/missing`, "URL_FETCH_FAILED"],
      ["file:///etc/passwd", "URL_FETCH_REFUSED"],
    ] as const) {
      const res = await h.gql(CreateWithMediaDocument, {
        input: { model: "gemini-3.5-flash", parts: [{ uri: { uri, mimeType: "image/png" } }] },
      });
      expect({ uri, code: res.errors?.[0]?.extensions?.code }).toEqual({ uri, code });
    }
    expect(h.emulator.requests.length).toBe(before);
    expect(await h.database.prisma.file.count()).toBe(files0);
  });
});

describe("fetching a URL input", () => {
  const limits = { maxBytes: 1024 * 1024, timeoutMs: 2_000, allowPrivate: false };
  it("refuses loopback, private and link-local addresses given literally", async () => {
    for (const uri of [
      "http://10.1.2.3/x",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/x",
      "http://[::ffff:127.0.0.1]/x",
      "http://[64:ff9b::a00:1]/x",
    ]) {
      await expect(fetchLimited(uri, limits), uri).rejects.toMatchObject({ extensions: { code: "URL_FETCH_REFUSED" } });
    }
  });

  it("answers alike whether a name does not exist, resolves to a refused address, or refuses the connection", async () => {
    const answers = await Promise.all(
      [
        fetchLimited(`${siteUrl.replace("127.0.0.1", "localhost")}/in.png`, limits),
        fetchLimited("http://no-such-host.invalid/x", limits),
        fetchLimited("http://localhost:1/x", { ...limits, allowPrivate: true }),
      ].map((p) =>
        p.then(
          () => null,
          (e: unknown) => (e instanceof FileRejectedError ? e.toJSON() : e),
        ),
      ),
    );
    expect(answers[0]).toMatchObject({ extensions: { code: "URL_FETCH_FAILED" } });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(JSON.stringify(answers)).not.toMatch(/localhost|invalid|ENOTFOUND|ECONNREFUSED|resolves/);
  });

  it("refuses every special-purpose IPv6 range, keeping public addresses", () => {
    const refused = [
      "::7f00:1", // IPv4-compatible ::/96
      "::ffff:10.0.0.1", // IPv4-mapped, of a private address
      "::ffff:0:a00:1", // SIIT ::ffff:0:0:0/96
      "64:ff9b::808:808", // NAT64
      "64:ff9b:1::a00:1", // local-use NAT64
      "2002:a00:1::1", // 6to4
      "2001::1", // Teredo
      "2001:0:4136:e378:8000:63bf:3fff:fdd2",
      "2001:db8::1", // documentation
      "3fff::1",
      "fec0::1", // site-local
      "100::1", // discard
      "5f00::1", // SRv6
      "fc00::1",
      "fe80::1",
      "ff02::1",
      "::",
      "::1",
    ];
    expect(refused.filter((a) => isPublicAddress(a))).toEqual([]);
    const kept = ["8.8.8.8", "::ffff:8.8.8.8", "2001:4860:4860::8888", "2606:4700:4700::1111"];
    expect(kept.filter((a) => isPublicAddress(a))).toEqual(kept);
  });

  it("gives up after the time limit", async () => {
    const started = Date.now();
    await expect(
      fetchLimited(`${siteUrl}/slow`, { ...limits, allowPrivate: true, timeoutMs: 300 }),
    ).rejects.toMatchObject({ extensions: { code: "URL_FETCH_FAILED" } });
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
