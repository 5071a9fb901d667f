import { describe, expect, it } from "vitest";
import { chromiumPath } from "../support/browser.ts";
import { poll, useBrowserSuite } from "../support/browser-suite.ts";

const runs = Boolean(chromiumPath()) || Boolean(process.env.CI);

describe.skipIf(!runs)("code blocks in the chat page", () => {
  const { suite } = useBrowserSuite();

  it("highlights a fenced ts block by language while the reply streams, with its Copy button, and runs no HTML", async () => {
    // The emulator echoes the message into its answer, word by word, so the answer carries this Markdown and HTML.
    const lines = Array.from({ length: 40 }, (_, i) => `const value${i}: number = ${i}; // line ${i}`);
    const message = [
      '<img src="data:," onerror="window.pwned = 1"> <script>window.pwned = 2</script>',
      "```ts",
      'export function greet(name: string): string { return "hi " + name; }',
      ...lines,
      "```",
    ].join("\n");
    suite.h.emulator.pacing.deltaDelayMs = 30;
    const page = await suite.b.page();
    await page.goto(`${suite.h.url}/`);
    await page.getByLabel("Message", { exact: true }).fill(message);
    await page.getByRole("button", { name: "Send" }).click();
    const answer = page.locator(".model-msg .text").first();
    const code = answer.locator("pre code.hljs.language-ts");

    // Highlighted before the reply has ended: keywords, strings and types are their own spans already.
    await poll(() => code.locator(".hljs-keyword").count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "Stop" }).isVisible()).toBe(true);
    expect(await answer.locator("pre .copy").count()).toBe(1);
    const partial = (await code.textContent()) ?? "";
    expect(partial).not.toContain("line 39");

    // At the end: the whole block highlighted, once, its Copy button beside it.
    await poll(() => code.textContent(), { timeout: 20_000 }).toContain("line 39");
    await poll(() => page.getByRole("button", { name: "Stop" }).count()).toBe(0);
    expect(await answer.locator("pre").count()).toBe(1);
    expect(await answer.locator("pre .copy").count()).toBe(1);
    expect(await code.locator(".hljs-keyword", { hasText: /^function$/ }).count()).toBe(1);
    expect(await code.locator(".hljs-string", { hasText: '"hi "' }).count()).toBe(1);
    expect(await code.locator(".hljs-built_in, .hljs-type", { hasText: /^(number|string)$/ }).count()).toBe(42);
    expect(await code.locator(".hljs-comment").count()).toBe(40);
    expect(await code.textContent()).toMatch(
      /^export function greet\(name: string\): string \{ return "hi " \+ name; \}\n/,
    );

    // Raw HTML in the reply is never run, streamed or final.
    expect(await answer.locator("script, img[onerror]").count()).toBe(0);
    expect(await page.evaluate(() => "pwned" in window)).toBe(false);
    // DOMPurify reads each rendering in an inert document; Chromium reports the page's CSP against the
    // handler attribute it sees there, though nothing runs (the sanitized HTML above has none).
    expect(suite.b.pageErrors.filter((e) => !e.includes("inline event handler"))).toEqual([]);
    expect(suite.b.outside(suite.h.url)).toEqual([]);
  });

  it("shows a block of an unknown language as plain escaped text", async () => {
    suite.h.emulator.pacing.deltaDelayMs = 0;
    const page = await suite.b.page();
    await page.goto(`${suite.h.url}/`);
    await page
      .getByLabel("Message", { exact: true })
      .fill('Plain:\n```klingon\n<b onclick="window.pwned = 3">qapla</b>\n```');
    await page.getByRole("button", { name: "Send" }).click();
    const pre = page.locator(".model-msg .text pre").first();
    await poll(() => pre.locator("code").textContent()).toContain('<b onclick="window.pwned = 3">qapla</b>');
    expect(await pre.locator("code span, code b").count()).toBe(0);
    expect(await pre.locator(".copy").count()).toBe(1);
  });
});
