import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InteractionControlsDocument, SetUserQuotaDocument } from "../generated/graphql.ts";
import { unnamedControls } from "../support/a11y.ts";
import { type BrowserSession, chromiumPath, launchBrowser, screenshot } from "../support/browser.ts";
import { userWithKey } from "../support/factories.ts";
import { type Harness, startHarness } from "../support/harness.ts";

// CI installs chromium (.ci/run), so there the suite always runs; elsewhere it needs `apt-get install chromium`.
/** Polls for up to 10 s (the default second is short for a browser). */
const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 10_000, interval: 50, ...opts });

const runs = Boolean(chromiumPath()) || Boolean(process.env.CI);

describe.skipIf(!runs)("chat page in a real browser", () => {
  let h: Harness;
  let b: BrowserSession;
  beforeAll(async () => {
    h = await startHarness({ emulator: { deltaDelayMs: 0 } });
    b = await launchBrowser();
  });
  afterAll(async () => {
    await b?.close();
    await h?.close();
  });

  it("sends a message and shows the reply as it streams, token by token", async () => {
    h.emulator.pacing.deltaDelayMs = 40;
    const page = await b.page();
    await page.goto(`${h.url}/`);
    const words = `Tell me about streams ${Array.from({ length: 20 }, (_, i) => `t${i}`).join(" ")}`;
    await page.getByLabel("Message", { exact: true }).fill(words);
    // Every distinct text the answer shows, recorded in the page as the DOM changes: sampling it from here
    // over the browser protocol missed the partial texts when the machine was loaded.
    await page.evaluate(() => {
      const seen: string[] = [];
      new MutationObserver(() => {
        const t = document.querySelector(".model-msg .text")?.textContent ?? "";
        if (t && seen[seen.length - 1] !== t) seen.push(t);
        document.documentElement.dataset.seen = JSON.stringify(seen);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "Send" }).click();
    const expected = `Hello! You said: "${words}". This is turn 1 of our conversation.`;
    const shown = async (): Promise<string[]> =>
      JSON.parse((await page.evaluate(() => document.documentElement.dataset.seen)) ?? "[]");
    await poll(async () => (await shown()).at(-1), { timeout: 20_000 }).toBe(expected);
    const seen = await shown();
    // Partial texts while the run went on, each extending the last.
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((t, i) => i === 0 || t.startsWith(seen[i - 1] as string))).toBe(true);
    // The new conversation is in the list and in the URL.
    await poll(() => page.locator(".conversations a").first().textContent()).toContain("Tell me about streams");
    expect(new URL(page.url()).searchParams.get("c")).toBeTruthy();
    await screenshot(page, "chat");
    expect(b.outside(h.url)).toEqual([]);
  });

  it("reloaded mid-answer, the page shows the whole answer exactly once", async () => {
    h.emulator.pacing.deltaDelayMs = 60;
    const page = await b.page();
    await page.goto(`${h.url}/`);
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ");
    await page.getByLabel("Message", { exact: true }).fill(words);
    await page.getByRole("button", { name: "Send" }).click();
    const answer = page.locator(".model-msg .text").first();
    await poll(() => answer.textContent(), { timeout: 10_000 }).toMatch(/You said/);
    const before = (await answer.textContent()) ?? "";
    const expected = `Hello! You said: "${words}". This is turn 1 of our conversation.`;
    expect(before.length).toBeLessThan(expected.length);
    await page.reload();
    await poll(() => page.locator(".model-msg .text").first().textContent(), { timeout: 15_000 }).toBe(expected);
    expect(await page.locator(".turn").count()).toBe(1);
    expect(await page.locator(".model-msg .text").count()).toBe(1);
    // The same once the run is recorded: a fresh load shows the record.
    await page.reload();
    await poll(() => page.locator(".model-msg .text").first().textContent()).toBe(expected);
    expect(b.outside(h.url)).toEqual([]);
  });

  it("stop ends a running answer where it was", async () => {
    h.emulator.pacing.deltaDelayMs = 250;
    const page = await b.page();
    await page.goto(`${h.url}/`);
    const words = Array.from({ length: 60 }, (_, i) => `s${i}`).join(" ");
    await page.getByLabel("Message", { exact: true }).fill(words);
    await page.getByRole("button", { name: "Send" }).click();
    await poll(() => page.locator(".model-msg .text").count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole("button", { name: "Stop" }).click();
    await poll(() => page.locator(".status").allTextContents(), { timeout: 15_000 }).toEqual(["Stopped"]);
    // The answer stops short of the whole reply, and stays so.
    const text = (await page.locator(".model-msg .text").first().textContent()) ?? "";
    expect(text.length).toBeLessThan(`Hello! You said: "${words}". This is turn 1 of our conversation.`.length);
    await page.waitForTimeout(600);
    expect(await page.locator(".model-msg .text").first().textContent()).toBe(text);
    h.emulator.pacing.deltaDelayMs = 0;
  });

  it("renders a reply as sanitized Markdown: code as code, links opening safely, raw HTML never run", async () => {
    h.emulator.pacing.deltaDelayMs = 0;
    const page = await b.page();
    await page.goto(`${h.url}/`);
    // The emulator echoes the message into its answer, so the answer carries this Markdown and HTML.
    const message = [
      "**bold** and [a link](https://example.com/x)",
      '<img src="data:," onerror="window.pwned = 1"> <script>window.pwned = 2</script>',
      "```js",
      "const x = 1;",
      "```",
    ].join("\n");
    await page.getByLabel("Message", { exact: true }).fill(message);
    await page.getByRole("button", { name: "Send" }).click();
    const answer = page.locator(".model-msg .text").first();
    await poll(() => answer.locator("pre code").textContent()).toContain("const x = 1;");
    expect(await answer.locator("strong").textContent()).toBe("bold");
    const link = answer.getByRole("link", { name: "a link" });
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await answer.locator("script, img[onerror]").count()).toBe(0);
    expect(await page.evaluate(() => "pwned" in window)).toBe(false);
    // Each code block has a Copy button that puts its code on the clipboard.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await answer.getByRole("button", { name: "Copy" }).click();
    await poll(() => answer.locator("pre .copy").textContent()).toBe("Copied");
    // The emulator's echo goes on inside the block (its fence is never closed): the copy starts with the code.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^const x = 1;\n/);
    // DOMPurify reads each rendering in an inert document; Chromium reports the page's CSP against the
    // handler attribute it sees there, though nothing runs (the sanitized HTML above has none).
    const inert = (e: string) => e.includes("inline event handler");
    b.pageErrors.splice(0, b.pageErrors.length, ...b.pageErrors.filter((e) => !inert(e)));
  });

  it("follows a streaming reply unless the reader scrolled up, and follows again back at the bottom", async () => {
    h.emulator.pacing.deltaDelayMs = 0;
    const page = await b.page();
    await page.goto(`${h.url}/`);
    const long = Array.from({ length: 80 }, (_, i) => `line ${i}`).join("\n\n");
    await page.getByLabel("Message", { exact: true }).fill(long);
    await page.getByRole("button", { name: "Send" }).click();
    await poll(() => page.getByRole("button", { name: "Regenerate" }).isEnabled()).toBe(true);
    const log = page.getByRole("log", { name: "Messages" });
    const gap = () => log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
    // Scrolled up while the regenerated reply streams: the view stays where the reader put it.
    h.emulator.pacing.deltaDelayMs = 40;
    await page.getByRole("button", { name: "Regenerate" }).click();
    await poll(() => page.getByRole("button", { name: "Stop" }).count()).toBe(1);
    await log.evaluate((el) => el.scrollTo({ top: 0 }));
    const grown = await log.evaluate((el) => el.scrollHeight);
    await poll(() => log.evaluate((el) => el.scrollHeight)).toBeGreaterThan(grown);
    expect(await log.evaluate((el) => el.scrollTop)).toBe(0);
    // Back at the bottom, it follows the stream to its end.
    await log.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await poll(() => page.getByRole("button", { name: "Stop" }).count()).toBe(0);
    expect(await gap()).toBeLessThan(40);
    h.emulator.pacing.deltaDelayMs = 0;
  });

  it("regenerates and edits, then switches between the versions with 1 / 3 … 3 / 3", async () => {
    h.emulator.pacing.deltaDelayMs = 0;
    const page = await b.page();
    await page.goto(`${h.url}/`);
    await page.getByLabel("Message", { exact: true }).fill("first version");
    await page.getByLabel("Message", { exact: true }).press("Enter");
    const answer = page.locator(".model-msg .text").first();
    await poll(() => answer.textContent()).toContain('You said: "first version"');
    await poll(() => page.getByRole("button", { name: "Regenerate" }).isEnabled()).toBe(true);
    // The regenerated answer streams: the running turn (with Stop) shows before it ends.
    h.emulator.pacing.deltaDelayMs = 150;
    await page.getByRole("button", { name: "Regenerate" }).click();
    await poll(() => page.getByRole("button", { name: "Stop" }).count()).toBe(1);
    await poll(() => page.locator(".branch-pos").textContent()).toBe("2 / 2");
    await poll(() => page.getByRole("button", { name: "Stop" }).count()).toBe(0);
    h.emulator.pacing.deltaDelayMs = 0;
    await poll(() => answer.textContent()).toContain('You said: "first version"');
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Edit your message").fill("second version");
    await page.getByRole("button", { name: "Save and send" }).click();
    await poll(() => page.locator(".branch-pos").textContent()).toBe("3 / 3");
    await poll(() => answer.textContent()).toContain('You said: "second version"');
    await page.getByRole("button", { name: "Previous version" }).click();
    await poll(() => page.locator(".branch-pos").textContent()).toBe("2 / 3");
    await poll(() => answer.textContent()).toContain('You said: "first version"');
    await page.getByRole("button", { name: "Previous version" }).click();
    await poll(() => page.locator(".branch-pos").textContent()).toBe("1 / 3");
    await expect(page.getByRole("button", { name: "Previous version" })).toBeDefined();
    expect(await page.getByRole("button", { name: "Previous version" }).isDisabled()).toBe(true);
    // The choice is the server's: a reload shows the same version.
    await page.reload();
    await poll(() => page.locator(".branch-pos").textContent()).toBe("1 / 3");
    await page.getByRole("button", { name: "Next version" }).click();
    await page.getByRole("button", { name: "Next version" }).click();
    await poll(() => answer.textContent()).toContain('You said: "second version"');
    await screenshot(page, "chat-branches");
  });

  it("uploads an image, shows it in the message, and shows a generated image", async () => {
    h.emulator.pacing.deltaDelayMs = 0;
    const page = await b.page({ phone: true });
    await page.goto(`${h.url}/`);
    const options = page.getByLabel("Model or agent").locator("option");
    await poll(() => options.allTextContents()).toContainEqual(expect.stringContaining("image"));
    const imageModel = (await options.allTextContents()).find((m) => m.includes("image"));
    await page.getByLabel("Model or agent").selectOption({ label: imageModel as string });
    // A 2x2 red PNG (valid: the server refuses images whose chunk CRCs do not hold).
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8DwnwGMgRQAH+4D/dJQfRoAAAAASUVORK5CYII=",
      "base64",
    );
    await page.locator('input[type="file"]').setInputFiles({ name: "red.png", mimeType: "image/png", buffer: png });
    await page.getByLabel("Message", { exact: true }).fill("What is in this picture?");
    await page.getByRole("button", { name: "Send" }).click();
    const userImage = page.locator(".user-msg img");
    await poll(() => userImage.count()).toBe(1);
    await poll(() => userImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2);
    const generated = page.locator(".model-msg img");
    await poll(() => generated.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => generated.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, "chat-phone");
    expect(b.outside(h.url)).toEqual([]);
  });

  it("runs a background agent and shows its progress live, then its search results as links", async () => {
    h.emulator.pacing.backgroundStepDelayMs = 150;
    const page = await b.page();
    await page.goto(`${h.url}/`);
    const options = page.getByLabel("Model or agent").locator("option");
    await poll(() => options.allTextContents()).toContainEqual(expect.stringContaining("deep-research"));
    const agent = (await options.allTextContents()).find((m) => m.includes("deep-research")) as string;
    await page.getByLabel("Model or agent").selectOption({ label: agent });
    await page.getByLabel("Message", { exact: true }).fill("solar power");
    await page.getByRole("button", { name: "Send" }).click();
    const job = page.locator(".turn .job");
    // Live: the job's status moves on while the page watches, and steps appear before the end.
    await poll(() => job.textContent()).toMatch(/Background job: (queued|running|in progress)/);
    await poll(() => page.locator(".turn .tool").count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await poll(() => job.textContent(), { timeout: 20_000 }).toMatch(/Background job: (succeeded|completed)/);
    const links = page.locator(".tool .links a");
    await poll(() => links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute("href")).toMatch(/^https:\/\/example\./);
    await screenshot(page, "chat-agent");
    // Links are shown, not followed: nothing was requested from them.
    expect(b.outside(h.url)).toEqual([]);
    h.emulator.pacing.backgroundStepDelayMs = 20;
  });

  it("shows tool steps readably: code with its output, searches with links, structured output", async () => {
    const page = await b.page();
    await page.goto(`${h.url}/`);
    await page.getByText("Tools and output").click();
    await page.getByLabel("Web search").check();
    await page.getByLabel("Code execution").check();
    await page.getByLabel("Message", { exact: true }).fill("count these letters");
    await page.getByRole("button", { name: "Send" }).click();
    const code = page.locator(".tool", { hasText: "Code (python)" });
    await poll(() => code.locator("code").textContent()).toBe('print(len("count these letters"))');
    await poll(() => page.locator(".tool", { hasText: "Code output" }).locator("pre").textContent()).toBe("19\n");
    await poll(() => page.locator(".tool", { hasText: "Web search" }).locator("li").textContent()).toBe(
      "count these letters",
    );
    const result = page.locator(".tool", { hasText: "Search results" }).getByRole("link");
    await poll(() => result.getAttribute("href")).toBe("https://example.com/search/count-these-letters");
    await poll(() => page.locator(".sources a").first().textContent()).toBe("About count these letters");
    await screenshot(page, "chat-tools");

    await page.getByRole("button", { name: "New chat" }).click();
    const schema = { type: "object", properties: { title: { type: "string" } }, required: ["title"] };
    await page.getByLabel("Web search").uncheck();
    await page.getByLabel("Code execution").uncheck();
    await page.getByLabel(/Structured output/).fill(JSON.stringify(schema));
    await page.getByLabel("Message", { exact: true }).fill("a structured answer");
    await page.getByRole("button", { name: "Send" }).click();
    const structured = page.locator(".tool", { hasText: "Structured output" }).locator("pre");
    await poll(async () => JSON.parse((await structured.textContent()) || "null")).toEqual({
      title: expect.any(String),
    });
    // Not JSON: said so next to the field, nothing sent.
    await page.getByLabel(/Structured output/).fill("{ not json");
    await page.getByLabel("Message", { exact: true }).fill("again");
    await page.getByRole("button", { name: "Send" }).click();
    await poll(() => page.locator("#schema-error").textContent()).toContain("not valid JSON");
    expect(await page.locator(".turn").count()).toBe(1);
    expect(b.outside(h.url)).toEqual([]);
  });

  it("works from the keyboard alone, and every control has a name", async () => {
    const page = await b.page();
    await page.goto(`${h.url}/`);
    await poll(() => page.locator(".conversations a").count()).toBeGreaterThan(0);
    // Tab to the message box (bounded), type, Enter sends.
    const focused = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    let steps = 0;
    while ((await focused()) !== "message" && steps++ < 60) await page.keyboard.press("Tab");
    expect(await focused()).toBe("message");
    await page.keyboard.type("typed without a mouse");
    await page.keyboard.press("Enter");
    await poll(() => page.locator(".model-msg .text").last().textContent()).toContain("typed without a mouse");
    expect(await unnamedControls(page)).toEqual([]);
  });

  it("searches conversations by title and text", async () => {
    const page = await b.page();
    await page.goto(`${h.url}/`);
    await page.getByLabel("Search conversations").fill("first version");
    await poll(() => page.locator(".conversations a").allTextContents()).toEqual(["first version"]);
    await page.getByLabel("Search conversations").fill("second version");
    await poll(() => page.locator(".conversations a").allTextContents()).toEqual(["first version"]);
    await page.getByLabel("Search conversations").fill("nothing like this");
    await poll(() => page.locator(".conversations li").allTextContents()).toEqual(["No match"]);
    await page.getByLabel("Search conversations").fill("version");
    await page.locator(".conversations a").first().click();
    // The conversation opens on its active branch (the edit chosen last).
    await poll(() => page.locator(".user-msg .text").first().textContent()).toBe("second version");
    await poll(() => page.locator(".branch-pos").textContent()).toBe("3 / 3");
  });

  it("shows a typed upstream error in words, and no request left the origin", async () => {
    h.emulator.faults.add([{ op: "create", status: 503, message: "overloaded", times: 20 }]);
    const page = await b.page();
    await page.goto(`${h.url}/`);
    await page.getByLabel("Message", { exact: true }).fill("will this fail?");
    await page.getByRole("button", { name: "Send" }).click();
    await poll(() => page.locator(".banner").textContent(), { timeout: 20_000 }).toMatch(/model service/i);
    h.emulator.faults.clear();
    // A refused upload (empty file): the field and the reason, and nothing was sent.
    const turns = await page.locator(".turn").count();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "empty.png", mimeType: "image/png", buffer: Buffer.alloc(0) });
    await page.getByLabel("Message", { exact: true }).fill("with an empty file");
    await page.getByRole("button", { name: "Send" }).click();
    await poll(() => page.locator(".banner").textContent()).toMatch(/file.*empty/i);
    expect(await page.locator(".turn").count()).toBe(turns);
    expect(b.outside(h.url)).toEqual([]);
    expect(b.requests.length).toBeGreaterThan(3);
    // The sockets were recorded too (graphql-ws on this origin), so the check above covers them.
    expect(b.requests.some((u) => u.startsWith(`${h.url.replace(/^http/, "ws")}/graphql`))).toBe(true);
    expect(b.pageErrors.filter((e) => !/status of 5\d\d|WebSocket/.test(e))).toEqual([]);
  });
  it("offers the server's own functions as tools, and shows the call and its result", async () => {
    h.emulator.pacing.deltaDelayMs = 0;
    const page = await b.page();
    await page.goto(`${h.url}/`);
    await page.getByText("Tools and output").click();
    await page.getByLabel("Function count_conversations").check();
    await page.getByLabel("Message", { exact: true }).fill("Please count_conversations for me");
    await page.getByRole("button", { name: "Send" }).click();
    const call = page.locator(".tool", { hasText: "Function call: count_conversations" });
    await poll(() => call.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const result = page.locator(".tool", { hasText: "Function result: count_conversations" }).locator("pre");
    await poll(() => result.textContent()).toMatch(/"count": \d+/);
    const count = JSON.parse((await result.textContent()) as string).count as number;
    await poll(() => page.locator(".model-msg .text").last().textContent()).toBe(
      `The function count_conversations returned: {"count":${count}}.`,
    );
    await screenshot(page, "chat-function");
    expect(b.outside(h.url)).toEqual([]);
  });

  it("says in words when the quota is used up, and sends nothing", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    await h.ok(SetUserQuotaDocument, { userId: u.user.id, input: { requestsPerMinute: 1 } }, admin.headers);
    const page = await b.page({ phone: true });
    await page.goto(`${h.url}/`);
    await page.getByLabel("API key").fill(u.secret);
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => page.locator(".who").textContent()).toBe(u.user.name);
    await page.getByLabel("Message", { exact: true }).fill("the one message of this minute");
    await page.getByRole("button", { name: "Send" }).click();
    await poll(() => page.locator(".model-msg .text").last().textContent()).toContain("the one message of this minute");
    await page.getByLabel("Message", { exact: true }).fill("one too many");
    await page.getByRole("button", { name: "Send" }).click();
    await poll(() => page.locator(".banner").textContent()).toMatch(/used up your quota/);
    expect(await page.locator(".user-msg .text").allTextContents()).not.toContain("one too many");
    expect(await h.database.prisma.interaction.count({ where: { ownerId: u.user.id } })).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, "chat-quota");
  });

  // Issue 25: the tier and safety selector reach upstream and the interaction.
  it("sends the chosen tier and safety filter: upstream gets them and the interaction answers PRIORITY", async () => {
    const page = await b.page();
    await page.goto(`${h.url}/`);
    await page.getByText("Tools and output").click();
    await page.getByLabel("Service tier").selectOption("PRIORITY");
    await page.getByLabel("Safety filter").selectOption("BLOCK_ONLY_HIGH");
    await poll(() => page.locator(".options summary").textContent()).toContain("(2 on)");
    await page.getByLabel("Message", { exact: true }).fill("Which tier am I on");
    await page.getByRole("button", { name: "Send" }).click();
    await poll(() => page.locator(".model-msg .text").first().textContent()).toContain("Which tier am I on");

    const sent = h.emulator.requests.at(-1);
    expect(sent?.service_tier).toBe("priority");
    expect(sent?.safety_settings).toEqual(
      ["harassment", "hate_speech", "sexually_explicit", "dangerous_content"].map((type) => ({
        type,
        threshold: "block_only_high",
      })),
    );
    const row = await h.database.prisma.interaction.findFirstOrThrow({
      where: { inputText: "Which tier am I on" },
    });
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const { interaction } = await h.ok(InteractionControlsDocument, { id: row.id }, admin.headers);
    expect(interaction?.serviceTier).toBe("PRIORITY");
    expect(b.outside(h.url)).toEqual([]);
  });
});
