import { afterAll, beforeAll, expect } from "vitest";
import { type BrowserSession, launchBrowser } from "./browser.ts";
import { type Harness, startHarness } from "./harness.ts";

/** Polls a page condition the way the browser tests do: every 50 ms, for up to 10 s (or `timeout`). */
export const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 10_000, interval: 50, ...opts });

/** A server and a browser for one test file, and a page of the app signed in with a user's key. */
export function useBrowserSuite() {
  const suite = {} as { h: Harness; b: BrowserSession };
  beforeAll(async () => {
    suite.h = await startHarness();
    suite.b = await launchBrowser();
  });
  afterAll(async () => {
    await suite.b?.close();
    await suite.h?.close();
  });
  /** `path` opened and signed in with the key in `headers`, once `heading` shows. */
  async function signedIn(path: string, headers: { authorization: string }, heading: string) {
    const page = await suite.b.page();
    await page.goto(`${suite.h.url}${path}`);
    await page.getByLabel("API key").fill(headers.authorization.replace("Bearer ", ""));
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => page.getByRole("heading", { name: heading, exact: true }).count()).toBe(1);
    return page;
  }
  return { suite, signedIn };
}
