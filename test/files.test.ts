import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateInteractionDocument } from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A GraphQL multipart request (the spec Yoga implements), over a real port. */
async function upload(bytes: Uint8Array, name: string, type: string, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append(
    "operations",
    JSON.stringify({
      query: "mutation($f: Upload!) { uploadFile(file: $f) { id name mimeType size url } }",
      variables: { f: null },
    }),
  );
  form.append("map", JSON.stringify({ 0: ["variables.f"] }));
  form.append("0", new Blob([Buffer.from(bytes)], { type }), name);
  const res = await fetch(`${h.url}/graphql`, { method: "POST", body: form, headers });
  return (await res.json()) as {
    data?: { uploadFile: { id: string; name: string; mimeType: string; size: number; url: string } };
    errors?: { extensions?: { code?: string } }[];
  };
}

const png = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);

describe("files", () => {
  it("uploads, serves the bytes to the owner only, and sends them upstream as a part", async () => {
    const res = await upload(png, "dot.png", "image/png");
    const file = res.data?.uploadFile;
    expect(file).toMatchObject({ name: "dot.png", mimeType: "image/png", size: png.byteLength });

    const served = await fetch(`${h.url}${file?.url}`);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    const stranger = await userWithKey(h.database.prisma);
    expect((await fetch(`${h.url}${file?.url}`, { headers: stranger.headers })).status).toBe(404);

    const sent = await h.ok(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", text: "What is this?", parts: [{ fileId: file?.id as string }] },
    });
    expect(sent.createInteraction.status).toBe("COMPLETED");
    expect(h.emulator.requests.at(-1)?.input).toEqual([
      { type: "text", text: "What is this?" },
      { type: "image", data: Buffer.from(png).toString("base64"), mime_type: "image/png" },
    ]);
  });

  it("refuses an empty upload and a foreign file id", async () => {
    expect((await upload(new Uint8Array(), "empty.txt", "text/plain")).errors?.[0]?.extensions?.code).toBe(
      "VALIDATION_ERROR",
    );
    const stranger = await userWithKey(h.database.prisma);
    const theirs = (await upload(png, "theirs.png", "image/png", stranger.headers)).data?.uploadFile;
    const res = await h.gql(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", parts: [{ fileId: theirs?.id as string }] },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("an admin may use another user's file in a turn, like every other object of theirs", async () => {
    const owner = await userWithKey(h.database.prisma);
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const theirs = (await upload(png, "theirs.png", "image/png", owner.headers)).data?.uploadFile;
    const sent = await h.ok(
      CreateInteractionDocument,
      { input: { model: "gemini-3.5-flash", parts: [{ fileId: theirs?.id as string }] } },
      admin.headers,
    );
    expect(sent.createInteraction.status).toBe("COMPLETED");
    expect(h.emulator.requests.at(-1)?.input).toEqual([
      { type: "image", data: Buffer.from(png).toString("base64"), mime_type: "image/png" },
    ]);
    expect((await fetch(`${h.url}${theirs?.url}`, { headers: admin.headers })).status).toBe(200);
  });

  it("serves a model's inline image at a URL of this server, to its owner only", async () => {
    const { createInteraction } = await h.ok(CreateInteractionDocument, {
      input: { model: "gemini-3.1-flash-image", text: "Draw a dot" },
    });
    const image = createInteraction.steps
      .flatMap((s) => (s.__typename === "ModelOutputStep" ? s.content : []))
      .find((c) => c.__typename === "ImageContent");
    const url = image?.__typename === "ImageContent" ? image.url : null;
    expect(url).toMatch(new RegExp(`^/media/${createInteraction.id}/steps/\\d+/\\d+$`));
    const res = await fetch(`${h.url}${url}`);
    expect(res.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    const stranger = await userWithKey(h.database.prisma);
    expect((await fetch(`${h.url}${url}`, { headers: stranger.headers })).status).toBe(404);
    expect((await fetch(`${h.url}/media/${createInteraction.id}/steps/99/0`)).status).toBe(404);
  });
});
