import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium } from "./support/browser.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media } from "./support/media.ts";

const executablePath = chromiumPath();
if (!executablePath) console.warn("media-browser.test.ts skipped: no chromium on PATH (apt-get install -y chromium)");

let h: Harness;
let page: Server;
let pageOrigin: string;
let browser: Browser;

beforeAll(async () => {
  if (!executablePath) return;
  // The web app lives on another origin, as a frontend would.
  page = createServer((_req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>app</title><body></body>"),
  );
  await new Promise<void>((r) => page.listen(0, "127.0.0.1", r));
  pageOrigin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  h = await startHarness({ env: { ALLOW_ANONYMOUS: "false", CORS_ORIGINS: pageOrigin, MEDIA_URL_TTL_S: "4" } });
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
  page?.closeAllConnections();
  await new Promise((r) => page?.close(r));
});

/** In the page: what an <img> made of this URL shows (its natural size), or "error". */
const showImage = (url: string) =>
  new Promise<string>((resolve) => {
    const img = document.createElement("img");
    img.onload = () => resolve(`${img.naturalWidth}x${img.naturalHeight}`);
    img.onerror = () => resolve("error");
    img.src = url;
    document.body.append(img);
    setTimeout(() => resolve("timeout"), 5_000);
  });

describe.skipIf(!executablePath)("media in a browser (headless Chromium, API keys on)", () => {
  it("a page on an allowed origin shows a generated and an uploaded image; forged or expired URLs fail", async () => {
    const alice = await userWithKey(h.database.prisma);
    const bob = await userWithKey(h.database.prisma);
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(pageOrigin);

    // The app calls the API with its key (cross-origin, CORS) and gets URLs for <img>.
    const urls = await tab.evaluate(
      async ({ api, auth, png }) => {
        const gql = async (body: BodyInit, headers: Record<string, string> = {}) => {
          const res = await fetch(`${api}/graphql`, {
            method: "POST",
            body,
            headers: { authorization: auth, ...headers },
          });
          return res.json();
        };
        const made = await gql(
          JSON.stringify({
            query:
              'mutation { createInteraction(input: { model: "gemini-3.1-flash-image", text: "Draw a square" }) { steps { ... on ModelOutputStep { content { ... on ImageContent { url } } } } } }',
          }),
          { "content-type": "application/json" },
        );
        const form = new FormData();
        form.append(
          "operations",
          JSON.stringify({ query: "mutation($f: Upload!) { uploadFile(file: $f) { url } }", variables: { f: null } }),
        );
        form.append("map", JSON.stringify({ 0: ["variables.f"] }));
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
        form.append("0", new File([bytes], "mine.png", { type: "image/png" }));
        const up = await gql(form, { "graphql-require-preflight": "1" });
        type Step = { content?: { url?: string }[] };
        const generated = (made.data.createInteraction.steps as Step[])
          .flatMap((s) => s.content ?? [])
          .find((c) => c.url)?.url;
        return { generated: String(generated), uploaded: String(up.data?.uploadFile?.url ?? JSON.stringify(up)) };
      },
      { api: h.url, auth: alice.headers.authorization, png: media.png("upload").toString("base64") },
    );
    expect(urls.generated).toMatch(new RegExp(`^${h.url}/files/`));
    expect(urls.uploaded).toMatch(new RegExp(`^${h.url}/files/`));

    expect(await tab.evaluate(showImage, urls.generated)).toBe("8x8");
    expect(await tab.evaluate(showImage, urls.uploaded)).toBe("8x8");
    // The same file for another user: the URL re-signed by hand for Bob fails.
    const forBob = urls.uploaded.replace(`u=${alice.user.id}`, `u=${bob.user.id}`);
    expect(await tab.evaluate(showImage, forBob)).toBe("error");

    // After expiry, in a fresh page with no cached copy, the same URLs fail.
    const exp = Number(new URL(urls.uploaded).searchParams.get("exp"));
    await new Promise((r) => setTimeout(r, Math.max(0, exp * 1000 - Date.now()) + 100));
    const later = await (await browser.newContext()).newPage();
    await later.goto(pageOrigin);
    expect(await later.evaluate(showImage, urls.uploaded)).toBe("error");
    expect(await later.evaluate(showImage, urls.generated)).toBe("error");
    await context.close();
  }, 60_000);
});
