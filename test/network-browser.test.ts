import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BrowserSession, chromiumPath, launchBrowser } from "./support/browser.ts";
import { type Harness, startHarness } from "./support/harness.ts";

/**
 * In headless Chromium: a page served from another origin cannot read or mutate through fetch,
 * a form post, multipart or a WebSocket, while anonymous access is on (the worst case: a forged
 * request would act as the local user). A page whose origin is in CORS_ORIGINS can.
 */

const executablePath = chromiumPath();
if (!executablePath) console.warn("network-browser.test.ts skipped: no chromium on PATH (apt-get install -y chromium)");

let h: Harness;
let browser: BrowserSession;
const pages: Server[] = [];
let evilOrigin = "";
let allowedOrigin = "";

async function pageServer(): Promise<string> {
  const server = createServer((_req, res) =>
    res
      .writeHead(200, { "content-type": "text/html" })
      .end('<!doctype html><title>page</title><body><iframe name="sink"></iframe></body>'),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  pages.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  if (!executablePath) return;
  evilOrigin = await pageServer();
  allowedOrigin = await pageServer();
  h = await startHarness({ env: { CORS_ORIGINS: allowedOrigin } });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
  for (const p of pages) {
    p.closeAllConnections();
    await new Promise((r) => p.close(r));
  }
});

const MUTATION = 'mutation { sendMessage(input: { text: "from a page" }) { id } }';
const READ = "{ conversations(first: 5) { edges { node { id title } } } }";

/** Everything a page can try, run in the page; each answer is what the page's script could see. */
async function attempt(page: Page, api: string) {
  return page.evaluate(
    async ({ api, MUTATION, READ }) => {
      const out: Record<string, string> = {};
      const json = (query: string) =>
        fetch(`${api}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        })
          .then(async (r) => `${r.status} ${await r.text()}`)
          .catch((e: Error) => `blocked: ${e.name}`);
      out.read = await json(READ);
      out.mutate = await json(MUTATION);
      // Multipart needs no preflight: the request goes out even if the page may not read the answer.
      const form = new FormData();
      form.append("operations", JSON.stringify({ query: MUTATION }));
      form.append("map", "{}");
      out.multipart = await fetch(`${api}/graphql`, { method: "POST", body: form, mode: "no-cors" })
        .then((r) => `${r.type} ${r.status}`)
        .catch((e: Error) => `blocked: ${e.name}`);
      // A classic form post into an iframe, urlencoded and multipart.
      for (const enctype of ["application/x-www-form-urlencoded", "multipart/form-data"]) {
        const f = document.createElement("form");
        f.method = "POST";
        f.action = `${api}/graphql`;
        f.enctype = enctype;
        f.target = "sink";
        for (const [name, value] of [
          ["query", MUTATION],
          ["operations", JSON.stringify({ query: MUTATION })],
          ["map", "{}"],
        ]) {
          const input = document.createElement("input");
          input.name = name as string;
          input.value = value as string;
          f.append(input);
        }
        document.body.append(f);
        // The sink frame loads once the server has answered the post (whatever it answered).
        const sink = document.querySelector("iframe") as HTMLIFrameElement;
        const answered = new Promise<string>((resolve) => {
          sink.addEventListener("load", () => resolve("answered"), { once: true });
          setTimeout(() => resolve("no answer"), 5_000);
        });
        f.submit();
        out[`form ${enctype}`] = await answered;
      }
      out.websocket = await new Promise<string>((resolve) => {
        const ws = new WebSocket(`${api.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
        ws.onopen = () => ws.send(JSON.stringify({ type: "connection_init" }));
        ws.onmessage = (m) => {
          resolve(`open: ${m.data}`);
          ws.close();
        };
        ws.onerror = () => resolve("refused");
        setTimeout(() => resolve("timeout"), 3_000);
      });
      return out;
    },
    { api, MUTATION, READ },
  );
}

describe.skipIf(!executablePath)("cross-origin pages in headless Chromium", () => {
  it("a page of another origin cannot read or mutate through fetch, forms, multipart or a WebSocket", async () => {
    const upstream = h.emulator.requests.length;
    const rows = await h.database.prisma.interaction.count();
    const page = await browser.page();
    await page.goto(evilOrigin);
    const out = await attempt(page, h.url);
    expect(out.read).toMatch(/^blocked/);
    expect(out.mutate).toMatch(/^blocked/);
    expect(out.multipart).toBe("opaque 0"); // sent, but refused by the server (and unreadable)
    expect(out.websocket).toBe("refused");
    expect(out["form application/x-www-form-urlencoded"]).toBe("answered");
    expect(out["form multipart/form-data"]).toBe("answered");
    // Nothing ran: no interaction, no upstream request (every request above has had its answer).
    expect(await h.database.prisma.interaction.count()).toBe(rows);
    expect(h.emulator.requests.length).toBe(upstream);
  });

  it("a page whose origin is in CORS_ORIGINS reads and mutates, over fetch and WebSocket", async () => {
    const rows = await h.database.prisma.interaction.count();
    const page = await browser.page();
    await page.goto(allowedOrigin);
    const out = await attempt(page, h.url);
    expect(out.read).toMatch(/^200 .*"conversations"/);
    expect(out.mutate).toMatch(/^200 .*"sendMessage":\{"id"/);
    expect(out.websocket).toContain("connection_ack");
    // The fetch mutation ran; the forms and the header-less multipart (CSRF) did not.
    expect(await h.database.prisma.interaction.count()).toBe(rows + 1);
  });
});
