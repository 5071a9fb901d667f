import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatClient } from "../../packages/client/src/node.ts";
import { type BrowserSession, chromiumPath, launchBrowser } from "../support/browser.ts";
import { seedConversation, userWithKey } from "../support/factories.ts";
import { type Harness, startHarness } from "../support/harness.ts";
import { media } from "../support/media.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const PAGE = join(root, "docs/frontend/ChatPage.tsx");
/** The newcomer's eight scenarios on the kit: the chat page, its sidebar, the admin page. */
const APP = ["ChatPage.tsx", "Conversations.tsx", "AdminPage.tsx"].map((f) => join(root, "docs/frontend", f));
/** Lines of app code: no blank lines, no comments. */
const codeLines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !/^\s*(\/\/|\/?\*)/.test(l)).length;
const poll = <T>(fn: () => Promise<T> | T, timeout = 15_000) => expect.poll(fn, { timeout, interval: 50 });
const runs = Boolean(chromiumPath()) || Boolean(process.env.CI);
const words = (tag: string, n: number) => `${tag} ${Array.from({ length: n }, (_, i) => `${tag}${i}`).join(" ")}`;
const echo = (text: string) => `Hello! You said: "${text}". This is turn 1 of our conversation.`;

/**
 * The guide's React pages, as printed, bundled by Vite with React 19 and the kit's source, mounted by a
 * small entry: the chat page with its sidebar, or the admin page at #admin.
 * The bundle is served at <server>/doc-chat/ by intercepting the browser's requests: same origin, real server.
 */
async function buildPage(): Promise<Map<string, { body: Buffer; type: string }>> {
  const dir = join(root, "dist/doc-chat-page");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), '<div id="root"></div><script type="module" src="./main.js"></script>');
  writeFileSync(
    join(dir, "main.js"),
    [
      'import { createElement as h, Fragment } from "react";',
      'import { createRoot } from "react-dom/client";',
      `import { ChatPage } from "${PAGE}";`,
      `import { Conversations } from "${APP[1]}";`,
      `import { AdminPage } from "${APP[2]}";`,
      'const app = location.hash === "#admin" ? h(AdminPage) : h(Fragment, null, h(Conversations), h(ChatPage));',
      'createRoot(document.getElementById("root")).render(app);',
    ].join("\n"),
  );
  const { build } = await import("vite");
  await build({
    configFile: false,
    root: dir,
    base: "/doc-chat/",
    logLevel: "warn",
    resolve: {
      alias: [
        { find: /^@gemini-interactions-graphql\/client$/, replacement: join(root, "packages/client/src/index.ts") },
        {
          find: /^@gemini-interactions-graphql\/client\/react$/,
          replacement: join(root, "packages/client/src/react.ts"),
        },
      ],
    },
    build: { outDir: join(dir, "out"), emptyOutDir: true, target: "es2022" },
  });
  const files = new Map<string, { body: Buffer; type: string }>();
  const html = readFileSync(join(dir, "out/index.html"));
  files.set("/doc-chat/", { body: html, type: "text/html" });
  for (const src of html.toString().matchAll(/\/doc-chat\/(assets\/[^"]+)/g)) {
    const type = src[1]?.endsWith(".css") ? "text/css" : "text/javascript";
    files.set(`/doc-chat/${src[1]}`, { body: readFileSync(join(dir, "out", src[1] ?? "")), type });
  }
  return files;
}

/** A page fulfilled by interception counts as public to Chromium, which then blocks its socket to 127.0.0.1. */
const INTERCEPTED = ["--disable-features=LocalNetworkAccessChecks"];

describe.skipIf(!runs)("docs/frontend.md's React page (useChat) in a real browser", () => {
  let h: Harness;
  let b: BrowserSession;
  let files: Map<string, { body: Buffer; type: string }>;
  beforeAll(async () => {
    [h, b, files] = await Promise.all([
      startHarness({ emulator: { deltaDelayMs: 0 } }),
      launchBrowser(INTERCEPTED),
      buildPage(),
    ]);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await h?.close();
  });

  async function open(apiKey?: string, path = "/doc-chat/"): Promise<Page> {
    const page = await b.page();
    await page.route(`${h.url}/doc-chat/**`, (route) => {
      const file = files.get(new URL(route.request().url()).pathname);
      return file ? route.fulfill({ body: file.body, contentType: file.type }) : route.fulfill({ status: 404 });
    });
    if (apiKey) await page.addInitScript((k) => localStorage.setItem("apiKey", k), apiKey);
    await page.goto(`${h.url}${path}`);
    return page;
  }
  const send = async (page: Page, text: string) => {
    await page.getByLabel("Message").fill(text);
    await page.getByRole("button", { name: "Send" }).click();
  };

  it("prints the pages this test builds, at most 100 lines of app code in all, and they type-check", () => {
    const guide = readFileSync(join(root, "docs/frontend.md"), "utf8");
    for (const file of APP) expect(guide).toContain(`\`\`\`tsx\n${readFileSync(file, "utf8")}\`\`\``);
    // The line counts the guide and the README state, counted: code only (no blank lines, no comments).
    const total = APP.reduce((n, f) => n + codeLines(f), 0);
    expect(total).toBeLessThanOrEqual(100);
    expect(guide).toContain(`${codeLines(PAGE)} lines of code`);
    expect(guide).toContain(`${total} lines of app code`);
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain(`${total} lines of app code`);
    const config = join(root, "docs/frontend/tsconfig.page.json");
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    expect(() => execFileSync(process.execPath, [tsc, "-p", config], { encoding: "utf8" })).not.toThrow();
  }, 60_000);

  it("streams a reply token by token; Markdown shows as Markdown, raw HTML in it never runs", async () => {
    // Two seconds of reply: the page is read between tokens even when each read is slow (a loaded machine).
    h.emulator.pacing.deltaDelayMs = 50;
    const page = await open();
    const text = words("stream", 40);
    await send(page, text);
    const answer = page.locator(".model p").last();
    const seen: string[] = [];
    for (let i = 0; i < 600 && seen.at(-1) !== echo(text); i++) {
      const t = (await answer.count()) ? ((await answer.textContent()) ?? "") : "";
      if (t && seen.at(-1) !== t) seen.push(t);
      await page.waitForTimeout(10);
    }
    expect(seen.at(-1)).toBe(echo(text));
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((t, i) => i === 0 || t.startsWith(seen[i - 1] ?? ""))).toBe(true);
    await poll(() => new URL(page.url()).searchParams.get("c")).toBeTruthy();
    // The echo puts the user's text into the model's answer: a fenced block becomes code, HTML is defused.
    h.emulator.pacing.deltaDelayMs = 0;
    await send(page, "Here:\n```js\nconst answer = 42;\n```\n");
    await poll(() => page.locator(".model pre code").last().textContent()).toBe("const answer = 42;\n");
    const html = `<img src="nowhere.png" onerror="window.pwned = 1">`;
    await send(page, html);
    await poll(() => page.locator(".model p").last().textContent()).toContain("This is turn 3");
    const img = page.locator(".model img").last();
    await poll(() => img.evaluate((i: HTMLImageElement) => i.complete)).toBe(true); // loaded or failed: onerror had its chance
    expect(await img.getAttribute("onerror")).toBeNull();
    expect(await page.evaluate(() => "pwned" in window)).toBe(false);
    expect(b.outside(h.url)).toEqual([]);
  });

  it("reloaded mid-answer, shows the whole answer once; regenerate and '1 / 2' switch versions", async () => {
    h.emulator.pacing.deltaDelayMs = 60;
    const page = await open();
    const text = words("reload", 30);
    await send(page, text);
    await poll(() => page.locator(".model p").last().textContent()).toMatch(/You said/);
    expect(((await page.locator(".model p").last().textContent()) ?? "").length).toBeLessThan(echo(text).length);
    await page.reload();
    await poll(() => page.locator(".model p").last().textContent()).toBe(echo(text));
    expect(await page.locator(".model").count()).toBe(1);
    expect(await page.locator(".user").count()).toBe(1);
    await poll(() => new URL(page.url()).searchParams.get("c")).toBeTruthy();
    await page.reload(); // the record, after the run
    await poll(() => page.locator(".model p").last().textContent()).toBe(echo(text));
    expect(await page.locator(".model").count()).toBe(1);

    h.emulator.pacing.deltaDelayMs = 0;
    await page.getByRole("button", { name: "Regenerate" }).click();
    await poll(() => page.getByRole("button", { name: "2 / 2" }).isDisabled()).toBe(true);
    expect(await page.locator(".model").count()).toBe(1);
    await page.getByRole("button", { name: "1 / 2" }).click();
    await poll(() => page.getByRole("button", { name: "1 / 2" }).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "2 / 2" }).isDisabled()).toBe(false);
  });

  it("shows an uploaded image in the user's message, sent as a fileId part", async () => {
    h.emulator.pacing.deltaDelayMs = 0;
    const page = await open();
    await page.getByLabel("Attach").setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: media.png() });
    await poll(() => page.locator("form").textContent()).toContain("dot.png");
    await send(page, "What is in this picture?");
    await poll(() => page.locator(".model p").last().textContent()).toContain("What is in this picture?");
    const shown = page.locator(".user img");
    await poll(() => shown.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    expect(h.emulator.requests.at(-1)?.input).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "image", mime_type: "image/png" })]),
    );
    expect(await page.locator("form").textContent()).not.toContain("dot.png"); // sent, so no longer attached
  });

  it("answers the model's call of the page's client function, and the reply goes on", async () => {
    h.emulator.pacing.deltaDelayMs = 0;
    const page = await open();
    await send(page, 'Use get_weather for "Paris"');
    await poll(() => page.locator(".model p").last().textContent()).toBe(
      'The function get_weather returned: {"tempC":21,"sky":"clear"}.',
    );
    await poll(() => page.getByRole("button", { name: "Send" }).isEnabled()).toBe(true); // the record, after the run
    expect(await page.locator(".model").count()).toBe(1);
    expect(await page.locator(".user").count()).toBe(1);
    expect(await page.locator(".model p").last().textContent()).toContain('returned: {"tempC":21,"sky":"clear"}');
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("lists old conversations 20 at a time in the sidebar, and opens one", async () => {
    const u = await userWithKey(h.database.prisma);
    for (let i = 0; i < 21; i++) await seedConversation(h.database.prisma, u.user.id, 1, `old ${i}`);
    const page = await open(u.secret);
    const links = page.locator("aside a");
    await poll(() => links.count()).toBe(20);
    await page.getByRole("button", { name: "More" }).click();
    await poll(() => links.count()).toBe(21);
    expect(await page.getByRole("button", { name: "More" }).count()).toBe(0);
    await links.filter({ hasText: "old 0" }).click();
    await poll(() => page.locator(".user p").first().textContent()).toBe("message 1");
  });

  it("shows an admin every user with their usage, every user's keys and the runs in progress", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const other = await userWithKey(h.database.prisma);
    h.emulator.pacing.deltaDelayMs = 60;
    const user = createChatClient({ url: h.url, apiKey: other.secret });
    // Long enough (about 8 s at this pacing) to be running still when a loaded machine has opened the page.
    const turn = user.chat({ text: words("live", 400) });
    for await (const e of turn.events) if (e.__typename === "StepDeltaEvent") break; // running
    const page = await open(admin.secret, "/doc-chat/#admin");
    await poll(() => page.locator(".jobs").textContent()).toContain(`${other.user.name} · IN_PROGRESS`);
    await turn.cancel();
    await user.close();
    h.emulator.pacing.deltaDelayMs = 0;
    await poll(() => page.locator(".users").textContent()).toContain(`${other.user.name} · USER · 0 tokens`);
    await poll(() => page.locator(".keys").textContent()).toContain(
      `${other.user.name} · ${other.key.prefix} · active`,
    );
    expect(await page.locator(".keys").textContent()).toContain(`${admin.user.name} · ${admin.key.prefix}`);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("says in words that the key was revoked", async () => {
    h.emulator.pacing.deltaDelayMs = 0;
    const u = await userWithKey(h.database.prisma);
    const page = await open(u.secret);
    await send(page, "hello with a key");
    await poll(() => page.locator(".model p").last().textContent()).toBe(echo("hello with a key"));
    const admin = createChatClient({ url: h.url, apiKey: u.secret });
    // Revoking the key closes every socket of it at once, the one that asked included.
    await admin.mutate("mutation($id: ID!) { revokeApiKey(id: $id) { id } }", { id: u.key.id }).catch(() => null);
    await admin.close();
    await send(page, "and now?");
    await poll(() => page.getByRole("alert").textContent()).toMatch(/revoked|key/i);
  });
});
