import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateWithMediaDocument, SendMessageDocument } from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media } from "./support/media.ts";

let h: Harness;
let site: Server;
let siteUrl: string;
/** Every path the stand-in web site was asked for. */
const asked: string[] = [];
beforeAll(async () => {
  site = createServer((req, res) => {
    asked.push(req.url ?? "");
    res.writeHead(200, { "content-type": "image/png" }).end(media.png(req.url ?? "x"));
  });
  await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  h = await startHarness({ env: { URL_FETCH_ALLOW_PRIVATE: "true" } });
});
afterAll(async () => {
  await h?.close();
  site?.closeAllConnections();
  await new Promise((r) => site?.close(r));
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
  });
});
