import { afterAll, beforeAll, expect, it } from "vitest";
import { type BrowserSession, chromiumPath, launchBrowser } from "./support/browser.ts";
import { type Harness, startHarness } from "./support/harness.ts";

/**
 * In headless Chromium: a page posting a body over GRAPHQL_MAX_BODY_BYTES sees the 413 and its
 * typed error, not a network error (the server reads and discards the body before answering).
 */

const executablePath = chromiumPath();
if (!executablePath)
  console.warn("body-limit-browser.test.ts skipped: no chromium on PATH (apt-get install -y chromium)");

let h: Harness;
let browser: BrowserSession;

beforeAll(async () => {
  if (!executablePath) return;
  h = await startHarness();
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

it.skipIf(!executablePath)("a 5 MB JSON body from a page gets the 413 with REQUEST_TOO_LARGE", async () => {
  const page = await browser.page();
  await page.goto(`${h.url}/`);
  const seen = await page.evaluate(async () => {
    try {
      const res = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(5 * 1024 * 1024) } }),
      });
      const body = await res.json();
      return { status: res.status, code: body.errors?.[0]?.extensions?.code };
    } catch (err) {
      return { error: String(err) };
    }
  });
  expect(seen).toEqual({ status: 413, code: "REQUEST_TOO_LARGE" });
  // The server is still there for the same page.
  const after = await page.evaluate(async () => {
    const res = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    return res.json();
  });
  expect(after).toEqual({ data: { __typename: "Query" } });
});
