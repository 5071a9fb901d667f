import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateWithMediaDocument, InteractionMediaDocument } from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media, upload } from "./support/media.ts";

const ORIGIN = "http://app.example.test";
const dir = mkdtempSync(join(tmpdir(), "gig-files-"));
let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    env: {
      ALLOW_ANONYMOUS: "false",
      MEDIA_URL_TTL_S: "2",
      CORS_ORIGINS: `${ORIGIN}, http://other.example.test`,
      FILE_STORAGE: "dir",
      FILE_STORAGE_DIR: dir,
    },
  });
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const mediaOf = async (id: string, headers: Record<string, string>) => {
  const res = await h.ok(InteractionMediaDocument, { id }, headers);
  return (res.interaction?.steps ?? []).flatMap((s) => (s.__typename === "ModelOutputStep" ? s.content : []));
};
const urlOf = (c: { url?: string | null } | undefined) => String(c?.url);

describe("media URLs with API keys on", () => {
  it("serve a stored file by signed URL with CORS for allowed origins only, from the directory storage", async () => {
    const a = await userWithKey(h.database.prisma);
    const file = (await upload(h.url, media.png("cors"), "c.png", "image/png", a.headers)).data?.uploadFile;
    expect(file?.url).toContain(`u=${a.user.id}`);
    const row = await h.database.prisma.file.findUniqueOrThrow({ where: { id: file?.id } });
    expect(existsSync(join(dir, String(row.sha256).slice(0, 2), String(row.sha256)))).toBe(true);
    expect((await h.database.prisma.blob.findUniqueOrThrow({ where: { sha256: String(row.sha256) } })).data).toBeNull();

    const allowed = await fetch(String(file?.url), { headers: { origin: ORIGIN } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const other = await fetch(String(file?.url), { headers: { origin: "http://evil.example.test" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(String(file?.url), {
      method: "OPTIONS",
      headers: { origin: ORIGIN, "access-control-request-method": "GET", "access-control-request-headers": "range" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("range");
    // Without a key (anonymous use is off), the bare path is refused.
    expect((await fetch(`${h.url}/files/${file?.id}`)).status).toBe(404);
  });

  it("answer range requests on a generated video with 206", async () => {
    const a = await userWithKey(h.database.prisma);
    const made = await h.ok(
      CreateWithMediaDocument,
      {
        input: { model: "veo-4.0-generate", text: "a wave", responseFormat: { type: "video", delivery: "inline" } },
      },
      a.headers,
    );
    expect(made.createInteraction.status).toBe("COMPLETED");
    const video = (await mediaOf(made.createInteraction.id, a.headers)).find((c) => c.__typename === "VideoContent");
    expect(video).toMatchObject({ mimeType: "video/mp4" });
    const whole = await fetch(urlOf(video));
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    const all = Buffer.from(await whole.arrayBuffer());
    expect(all.byteLength).toBeGreaterThan(64 * 1024);

    const part = await fetch(urlOf(video), { headers: { range: "bytes=100-1123" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-1123/${all.byteLength}`);
    expect(part.headers.get("content-length")).toBe("1024");
    expect(Buffer.from(await part.arrayBuffer())).toEqual(all.subarray(100, 1124));
    const tail = await fetch(urlOf(video), { headers: { range: "bytes=-10" } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(all.subarray(-10));
    const beyond = await fetch(urlOf(video), { headers: { range: `bytes=${all.byteLength}-` } });
    expect(beyond.status).toBe(416);
  });

  it("serve anything not confirmed as media as a sandboxed download", async () => {
    const a = await userWithKey(h.database.prisma);
    const html = Buffer.from("<html><script>alert(1)</script></html>").toString("base64");
    const row = await h.database.prisma.interaction.create({
      data: {
        ownerId: a.user.id,
        status: "completed",
        steps: [{ type: "model_output", content: [{ type: "document", data: html, mime_type: "text/html" }] }],
      },
    });
    const doc = (await mediaOf(row.id, a.headers)).find((c) => c.__typename === "DocumentContent");
    expect(urlOf(doc)).toMatch(new RegExp(`^${h.url}/media/${row.id}/steps/0/0\\?`));
    const res = await fetch(urlOf(doc));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
  });

  it("stop working when the key that got them is revoked, and after they expire", async () => {
    const a = await userWithKey(h.database.prisma);
    const revoked = (await upload(h.url, media.png("revoke"), "r.png", "image/png", a.headers)).data?.uploadFile;
    expect((await fetch(String(revoked?.url))).status).toBe(200);
    await h.database.prisma.apiKey.updateMany({ where: { ownerId: a.user.id }, data: { revokedAt: new Date() } });
    expect((await fetch(String(revoked?.url))).status).toBe(404);

    const b = await userWithKey(h.database.prisma);
    const expiring = (await upload(h.url, media.png("expire"), "e.png", "image/png", b.headers)).data?.uploadFile;
    expect((await fetch(String(expiring?.url))).status).toBe(200);
    const exp = Number(new URL(String(expiring?.url)).searchParams.get("exp"));
    await new Promise((r) => setTimeout(r, Math.max(0, exp * 1000 - Date.now()) + 50));
    expect((await fetch(String(expiring?.url))).status).toBe(403);
  });
});
