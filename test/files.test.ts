import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatDocument, CreateInteractionDocument, InteractionMediaDocument } from "./generated/graphql.ts";
import { collectWs } from "./support/clients.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { corruptPng, media, upload } from "./support/media.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const png = media.png();
const counts = async () => ({
  files: await h.database.prisma.file.count(),
  blobs: await h.database.prisma.blob.count(),
});

describe("files", () => {
  it("uploads, serves the bytes by signed URL without headers, and sends them upstream as a part", async () => {
    const res = await upload(h.url, png, "dot.png", "image/png");
    const file = res.data?.uploadFile;
    expect(file).toMatchObject({ name: "dot.png", mimeType: "image/png", size: png.byteLength });
    expect(file?.url).toMatch(new RegExp(`^${h.url}/files/${file?.id}\\?exp=\\d+&u=local&sig=[\\w-]+$`));

    const served = await fetch(file?.url as string);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(served.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("etag")).toMatch(/^"[0-9a-f]{64}"$/);
    expect(served.headers.get("cache-control")).toMatch(/^private, max-age=\d+$/);
    expect(Number(served.headers.get("content-length"))).toBe(png.byteLength);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(png);
    const again = await fetch(file?.url as string, { headers: { "if-none-match": served.headers.get("etag") ?? "" } });
    expect(again.status).toBe(304);

    // Another user: the bare path with their key, or the URL re-signed by hand for them, fails.
    const stranger = await userWithKey(h.database.prisma);
    expect((await fetch(`${h.url}/files/${file?.id}`, { headers: stranger.headers })).status).toBe(404);
    const forged = String(file?.url).replace("u=local", `u=${stranger.user.id}`);
    expect((await fetch(forged)).status).toBe(403);

    const sent = await h.ok(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", text: "What is this?", parts: [{ fileId: file?.id as string }] },
    });
    expect(sent.createInteraction.status).toBe("COMPLETED");
    expect(h.emulator.requests.at(-1)?.input).toEqual([
      { type: "text", text: "What is this?" },
      { type: "image", data: png.toString("base64"), mime_type: "image/png" },
    ]);
    // The row keeps a reference, not the bytes; the API answers with a URL.
    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: sent.createInteraction.id } });
    expect(JSON.stringify(row)).not.toContain(png.toString("base64").slice(0, 40));
    expect(row.input).toEqual([
      { type: "text", text: "What is this?" },
      { type: "image", file_id: file?.id, mime_type: "image/png" },
    ]);
    const image = sent.createInteraction.input.find((c) => c.__typename === "ImageContent");
    expect(image?.__typename === "ImageContent" && image.url).toMatch(new RegExp(`^${h.url}/files/${file?.id}\\?`));
  });

  it("stores the same bytes once, however often they are uploaded, with a File row per upload", async () => {
    const bytes = media.png("twice");
    const before = await counts();
    const a = (await upload(h.url, bytes, "a.png", "image/png")).data?.uploadFile;
    const b = (await upload(h.url, bytes, "b.png", "image/png")).data?.uploadFile;
    expect(a?.id).not.toBe(b?.id);
    expect(await counts()).toEqual({ files: before.files + 2, blobs: before.blobs + 1 });
    const rows = await h.database.prisma.file.findMany({ where: { id: { in: [a?.id ?? "", b?.id ?? ""] } } });
    expect(new Set(rows.map((r) => r.sha256)).size).toBe(1);
    expect(rows.every((r) => r.data === null)).toBe(true);
  });

  it("judges the type from the bytes, not from the client", async () => {
    const res = await upload(h.url, png, "notes.txt", "text/plain");
    expect(res.data?.uploadFile.mimeType).toBe("image/png");
    const html = Buffer.from("<html><script>alert(1)</script></html>");
    const disguised = await upload(h.url, html, "x.png", "image/png");
    expect(disguised.errors?.[0]?.extensions?.code).toBe("FILE_TYPE_NOT_ALLOWED");
  });

  it("refuses a corrupt image, a truncated one, a disallowed type and an empty file, storing nothing", async () => {
    const before = await counts();
    const cases: [Buffer, string, string][] = [
      [corruptPng(), "bad.png", "FILE_CORRUPT"],
      [png.subarray(0, png.byteLength - 20), "cut.png", "FILE_CORRUPT"],
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]), "cut.jpg", "FILE_CORRUPT"],
      [gzipSync("an archive"), "a.gz", "FILE_TYPE_NOT_ALLOWED"],
      [Buffer.from("just some text"), "a.txt", "FILE_TYPE_NOT_ALLOWED"],
      [Buffer.alloc(0), "empty.png", "FILE_EMPTY"],
    ];
    for (const [bytes, name, code] of cases) {
      const res = await upload(h.url, bytes, name, "image/png");
      expect({ name, code: res.errors?.[0]?.extensions?.code }).toEqual({ name, code });
      expect(res.data?.uploadFile ?? null).toBeNull();
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses a foreign file id", async () => {
    const stranger = await userWithKey(h.database.prisma);
    const theirs = (await upload(h.url, png, "theirs.png", "image/png", stranger.headers)).data?.uploadFile;
    const res = await h.gql(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", parts: [{ fileId: theirs?.id as string }] },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("lets an admin use another user's file (the access policy: admins may read everything)", async () => {
    const owner = await userWithKey(h.database.prisma);
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const theirs = (await upload(h.url, png, "theirs.png", "image/png", owner.headers)).data?.uploadFile;
    const res = await h.gql(
      CreateInteractionDocument,
      { input: { model: "gemini-3.5-flash", parts: [{ fileId: theirs?.id as string }] } },
      admin.headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createInteraction.status).toBe("COMPLETED");
  });

  it("stores a model's image once as a File and serves it at a signed URL, to its owner only", async () => {
    const { createInteraction } = await h.ok(CreateInteractionDocument, {
      input: { model: "gemini-3.1-flash-image", text: "Draw a dot" },
    });
    const image = createInteraction.steps
      .flatMap((s) => (s.__typename === "ModelOutputStep" ? s.content : []))
      .find((c) => c.__typename === "ImageContent");
    const url = image?.__typename === "ImageContent" ? image.url : null;
    expect(url).toMatch(new RegExp(`^${h.url}/files/[\\w-]+\\?exp=\\d+&u=local&sig=[\\w-]+$`));
    const res = await fetch(url as string);
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");

    // Neither the row nor the event log holds the bytes; the File belongs to the run's owner.
    const id = createInteraction.id;
    const b64 = bytes.toString("base64").slice(0, 40);
    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(row.steps)).not.toContain(b64);
    const events = await h.database.prisma.interactionEvent.findMany({ where: { interactionId: id } });
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events.map((e) => e.payload))).not.toContain(b64);
    const file = await h.database.prisma.file.findFirstOrThrow({ where: { interactionId: id } });
    expect(file).toMatchObject({ ownerId: "local", source: "generated", mimeType: "image/png" });

    // The same URL read back later through the API is the same (cacheable) one.
    const later = await h.ok(InteractionMediaDocument, { id });
    const again = later.interaction?.steps.flatMap((s) => (s.__typename === "ModelOutputStep" ? s.content : []));
    expect(again?.find((c) => c.__typename === "ImageContent")).toMatchObject({ url });

    const stranger = await userWithKey(h.database.prisma);
    const bare = (url as string).split("?")[0] as string;
    expect((await fetch(bare, { headers: stranger.headers })).status).toBe(404);
    expect((await fetch(url as string, { headers: stranger.headers })).status).toBe(200);
  });

  it("streams a generated image as an ImageDelta whose url is a signed URL of the stored File (over WebSocket)", async () => {
    const { results, errors } = await collectWs(h.url, ChatDocument, {
      input: { model: "gemini-3.1-flash-image", text: "Draw a line" },
    });
    expect(errors).toEqual([]);
    const deltas = results.flatMap((r) =>
      r.chat.__typename === "StepDeltaEvent" && r.chat.delta.__typename === "ImageDelta" ? [r.chat.delta] : [],
    );
    expect(deltas).toHaveLength(1);
    expect(deltas[0]?.mimeType).toBe("image/png");
    expect(deltas[0]?.url).toMatch(new RegExp(`^${h.url}/files/[\\w-]+\\?exp=\\d+&u=local&sig=`));
    const res = await fetch(String(deltas[0]?.url));
    expect(res.headers.get("content-type")).toBe("image/png");
  });
});
