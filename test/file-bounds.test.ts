import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateWithMediaDocument, DeleteFileDocument, SendMessageDocument } from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media, upload } from "./support/media.ts";

/** Two 74-byte PNGs fit, a third does not. */
const QUOTA = 200;
const RATE = 5;

let h: Harness;
let site: Server;
let siteUrl: string;
let dir: string;
/** Every path the stand-in web site was asked for. */
const asked: string[] = [];
beforeAll(async () => {
  site = createServer((req, res) => {
    asked.push(req.url ?? "");
    res.writeHead(200, { "content-type": "image/png" }).end(media.png(req.url ?? "x"));
  });
  await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), "file-bounds-"));
  h = await startHarness({
    env: {
      URL_FETCH_ALLOW_PRIVATE: "true",
      FILE_STORAGE: "dir",
      FILE_STORAGE_DIR: dir,
      STORAGE_QUOTA_BYTES_PER_USER: String(QUOTA),
      UPLOAD_RATE_PER_MINUTE: String(RATE),
    },
  });
});
afterAll(async () => {
  await h?.close();
  site?.closeAllConnections();
  await new Promise((r) => site?.close(r));
  await rm(dir, { recursive: true, force: true });
});

describe("URL inputs are fetched only after the quota gate", () => {
  it("a user over quota sending a URL part gets QUOTA_EXCEEDED and the URL's host sees no request", async () => {
    const spent = await userWithKey(h.database.prisma);
    await h.database.prisma.user.update({ where: { id: spent.user.id }, data: { quota: { tokensPerDay: 1 } } });
    const files0 = await h.database.prisma.file.count();
    const part = (name: string) => ({ uri: { uri: `${siteUrl}/${name}.png`, mimeType: "image/png" } });
    const one = await h.gql(
      CreateWithMediaDocument,
      { input: { model: "gemini-3.5-flash", text: "Look", parts: [part("one-off")] } },
      spent.headers,
    );
    const msg = await h.gql(SendMessageDocument, { input: { text: "Look", parts: [part("message")] } }, spent.headers);
    expect([one.errors?.[0]?.extensions?.code, msg.errors?.[0]?.extensions?.code]).toEqual([
      "QUOTA_EXCEEDED",
      "QUOTA_EXCEEDED",
    ]);
    expect(asked).toEqual([]);
    expect(await h.database.prisma.file.count()).toBe(files0);
  });

  it("an admitted turn fetches its URL part and sends the bytes upstream", async () => {
    const made = await h.ok(CreateWithMediaDocument, {
      input: { model: "gemini-3.5-flash", parts: [{ uri: { uri: `${siteUrl}/ok.png`, mimeType: "image/png" } }] },
    });
    expect(made.createInteraction.status).toBe("COMPLETED");
    expect(asked).toEqual(["/ok.png"]);
    expect(h.emulator.requests.at(-1)?.input).toEqual([
      { type: "image", data: media.png("/ok.png").toString("base64"), mime_type: "image/png" },
    ]);
    // The row keeps the stored File's reference, not the URL.
    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: made.createInteraction.id } });
    expect(row.input).toEqual([{ type: "image", file_id: expect.any(String), mime_type: "image/png" }]);
  });
});

const db = () => h.database.prisma;
/** The blob files on disk (FILE_STORAGE=dir), by sha256. */
const onDisk = async () => (await readdir(dir, { recursive: true })).filter((p) => /[0-9a-f]{64}$/.test(p));

describe("per-user storage quota and upload rate", () => {
  it("refuses an upload past STORAGE_QUOTA_BYTES_PER_USER, storing nothing; deleting a file makes room", async () => {
    const u = await userWithKey(db());
    const first = await upload(h.url, media.png("q1"), "1.png", "image/png", u.headers);
    await upload(h.url, media.png("q2"), "2.png", "image/png", u.headers);
    const blobs = await db().blob.count();
    const over = await upload(h.url, media.png("q3"), "3.png", "image/png", u.headers);
    expect(over.errors?.[0]?.extensions?.code).toBe("STORAGE_QUOTA_EXCEEDED");
    expect(await db().file.count({ where: { ownerId: u.user.id } })).toBe(2);
    expect(await db().blob.count()).toBe(blobs);
    await h.ok(DeleteFileDocument, { id: String(first.data?.uploadFile.id) }, u.headers);
    const again = await upload(h.url, media.png("q3"), "3.png", "image/png", u.headers);
    expect(again.data?.uploadFile.size).toBe(media.png("q3").length);
  });

  it("parallel uploads cannot together pass the quota", async () => {
    const u = await userWithKey(db());
    const all = await Promise.all(
      [1, 2, 3, 4].map((i) => upload(h.url, media.png(`p${i}`), `${i}.png`, "image/png", u.headers)),
    );
    const refused = all.filter((r) => r.errors?.[0]?.extensions?.code === "STORAGE_QUOTA_EXCEEDED").length;
    const kept = await db().file.aggregate({ where: { ownerId: u.user.id }, _sum: { size: true }, _count: true });
    expect(refused).toBeGreaterThanOrEqual(2);
    expect(kept._count).toBe(4 - refused);
    expect(kept._sum.size ?? 0).toBeLessThanOrEqual(QUOTA);
  });

  it("refuses uploads past UPLOAD_RATE_PER_MINUTE with QUOTA_EXCEEDED and a retryAfter", async () => {
    const u = await userWithKey(db());
    const bytes = media.png("rate");
    for (let i = 0; i < RATE; i++) {
      const ok = await upload(h.url, bytes, "r.png", "image/png", u.headers);
      expect(ok.errors).toBeUndefined();
      // Deleted again, so the storage quota stays out of the way.
      await h.ok(DeleteFileDocument, { id: String(ok.data?.uploadFile.id) }, u.headers);
    }
    const res = await upload(h.url, bytes, "r.png", "image/png", u.headers);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "uploadsPerMinute" });
    expect(res.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
    // Another user's uploads are counted apart.
    const other = await userWithKey(db());
    expect((await upload(h.url, bytes, "r.png", "image/png", other.headers)).errors).toBeUndefined();
  });
});

describe("deleteFile", () => {
  it("the owner deletes a file: its row, its blob row and its bytes on disk are gone", async () => {
    const u = await userWithKey(db());
    const bytes = media.png("only mine");
    const up = await upload(h.url, bytes, "mine.png", "image/png", u.headers);
    const id = String(up.data?.uploadFile.id);
    const { sha256 } = await db().file.findUniqueOrThrow({ where: { id } });
    expect(await onDisk()).toContainEqual(expect.stringContaining(String(sha256)));
    expect((await h.ok(DeleteFileDocument, { id }, u.headers)).deleteFile).toBe(true);
    expect(await db().file.findUnique({ where: { id } })).toBeNull();
    expect(await db().blob.findUnique({ where: { sha256: String(sha256) } })).toBeNull();
    expect(await onDisk()).not.toContainEqual(expect.stringContaining(String(sha256)));
    const served = await fetch(String(up.data?.uploadFile.url));
    expect(served.status).toBe(404);
  });

  it("keeps a blob another file still uses; that file is still served", async () => {
    const [a, b] = [await userWithKey(db()), await userWithKey(db())];
    const bytes = media.png("shared");
    const mine = await upload(h.url, bytes, "a.png", "image/png", a.headers);
    const theirs = await upload(h.url, bytes, "b.png", "image/png", b.headers);
    await h.ok(DeleteFileDocument, { id: String(mine.data?.uploadFile.id) }, a.headers);
    const { sha256 } = await db().file.findUniqueOrThrow({ where: { id: String(theirs.data?.uploadFile.id) } });
    expect(await db().blob.findUnique({ where: { sha256: String(sha256) } })).not.toBeNull();
    const served = await fetch(String(theirs.data?.uploadFile.url));
    expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
  });

  it("another user gets NOT_FOUND and the file stays; an admin may delete it", async () => {
    const [owner, other, admin] = [await userWithKey(db()), await userWithKey(db()), await userWithKey(db(), "ADMIN")];
    const up = await upload(h.url, media.png("not yours"), "n.png", "image/png", owner.headers);
    const id = String(up.data?.uploadFile.id);
    const refused = await h.gql(DeleteFileDocument, { id }, other.headers);
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await db().file.findUnique({ where: { id } })).not.toBeNull();
    await h.ok(DeleteFileDocument, { id }, admin.headers);
    expect(await db().file.findUnique({ where: { id } })).toBeNull();
  });
});

describe("references to upstream resources (UPSTREAM_REFERENCES_ALLOWED off, the default)", () => {
  it("refuses gs://, Files API URIs and File Search stores before anything goes upstream; YouTube still passes", async () => {
    const u = await userWithKey(db());
    const before = h.emulator.requests.length;
    const uris = ["gs://someone-elses-bucket/x.png", "https://generativelanguage.googleapis.com/v1beta/files/abc"];
    for (const uri of uris) {
      const res = await h.gql(
        CreateWithMediaDocument,
        { input: { model: "gemini-3.5-flash", parts: [{ uri: { uri, mimeType: "image/png" } }] } },
        u.headers,
      );
      expect({ uri, code: res.errors?.[0]?.extensions?.code }).toEqual({ uri, code: "UPSTREAM_REFERENCE_REFUSED" });
    }
    const search = await h.gql(
      SendMessageDocument,
      { input: { text: "Search", tools: [{ fileSearch: { file_search_store_names: ["fileSearchStores/theirs"] } }] } },
      u.headers,
    );
    expect(search.errors?.[0]?.extensions).toMatchObject({
      code: "UPSTREAM_REFERENCE_REFUSED",
      field: "tools.0.fileSearch",
    });
    expect(h.emulator.requests.length).toBe(before);
    const video = { uri: { uri: "https://www.youtube.com/watch?v=abc", mimeType: "video/mp4" } };
    const ok = await h.gql(
      CreateWithMediaDocument,
      { input: { model: "gemini-3.5-flash", parts: [video] } },
      u.headers,
    );
    expect(ok.errors).toBeUndefined();
  });
});
