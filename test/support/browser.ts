import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Debian's chromium (installed by .ci/run when missing); null when this machine has none. */
export function chromiumPath(): string | null {
  try {
    return (
      execFileSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], { encoding: "utf8" }).trim() ||
      null
    );
  } catch {
    return null;
  }
}

export interface BrowserSession {
  browser: Browser;
  /** Every URL a page of this session requested, WebSocket URLs included. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
  /** A new page in a fresh context (own sessionStorage), phone-sized when asked. */
  page(opts?: { phone?: boolean }): Promise<Page>;
  /** Requests that went anywhere but `origin` or its WebSocket twin (data: and blob: URLs are local). */
  outside(origin: string): string[];
  close(): Promise<void>;
}

/** Debian's chromium, headless, without background traffic (never a downloaded browser build). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("chromium is not installed (apt-get install -y chromium)");
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

export async function launchBrowser(extraArgs: string[] = []): Promise<BrowserSession> {
  const browser = await launchChromium(extraArgs);
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    requests,
    pageErrors,
    async page(opts = {}) {
      const context = await browser.newContext(
        opts.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {},
      );
      contexts.push(context);
      const page = await context.newPage();
      page.on("request", (r) => requests.push(r.url()));
      page.on("websocket", (ws) => requests.push(ws.url()));
      page.on("pageerror", (e) => pageErrors.push(String(e)));
      page.on("console", (m) => {
        if (m.type() === "error") pageErrors.push(m.text());
      });
      page.setDefaultTimeout(15_000);
      return page;
    },
    outside(origin) {
      const socket = origin.replace(/^http/, "ws");
      return requests.filter(
        (u) => !u.startsWith(`${origin}/`) && !u.startsWith(`${socket}/`) && !/^(data|blob):/.test(u),
      );
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
    },
  };
}

/**
 * Writes <name>.png: into docs/screenshots (committed; the README shows one)
 * with `npm run screenshots`, else into the ignored .screenshots/, so that a
 * plain test run leaves the work tree clean. `hide` (CSS selectors) greys out
 * what no picture should keep (a key's secret).
 */
export async function screenshot(page: Page, name: string, fullPage = false, hide: string[] = []): Promise<void> {
  const dir = process.env.UPDATE_SCREENSHOTS ? `${root}/docs/screenshots` : `${root}/.screenshots`;
  mkdirSync(dir, { recursive: true });
  const style = hide.map((selector) => `${selector} { color: transparent !important; background: #888 !important; }`);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage, style: style.join("\n") });
}
