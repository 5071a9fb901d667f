import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usd } from "../../web/src/format.ts";
import {
  AdminUsageDocument,
  CreateInteractionDocument,
  GetJobDocument,
  SendMessageDocument,
  UsageDocument,
  ViewerDocument,
} from "../generated/graphql.ts";
import { unnamedControls } from "../support/a11y.ts";
import { type BrowserSession, chromiumPath, launchBrowser, screenshot } from "../support/browser.ts";
import { userWithKey } from "../support/factories.ts";
import { type Harness, startHarness } from "../support/harness.ts";
import { DEEP_RESEARCH, jobClient, MODEL } from "../support/jobs.ts";

const poll = <T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 10_000, interval: 50, ...opts });

const runs = Boolean(chromiumPath()) || Boolean(process.env.CI);

describe.skipIf(!runs)("admin dashboard in a real browser", () => {
  let h: Harness;
  let b: BrowserSession;
  let admin: Awaited<ReturnType<typeof userWithKey>>;
  let user: Awaited<ReturnType<typeof userWithKey>>;
  const keyOf = (u: typeof admin) => u.headers.authorization.replace("Bearer ", "");
  beforeAll(async () => {
    h = await startHarness();
    b = await launchBrowser();
    admin = await userWithKey(h.database.prisma, "ADMIN");
    user = await userWithKey(h.database.prisma, "USER");
    await h.ok(SendMessageDocument, { input: { text: "usage from the admin" } }, admin.headers);
    await h.ok(SendMessageDocument, { input: { text: "usage from a user" } }, user.headers);
    await h.ok(SendMessageDocument, { input: { text: "more usage from a user" } }, user.headers);
    // A finished background run, for the latency table.
    const jobs = jobClient(h);
    const done = await jobs.background({ agent: DEEP_RESEARCH, text: "a quick study" }, admin.headers);
    await jobs.jobIn(done.jobId, "SUCCEEDED", admin.headers);
  });
  afterAll(async () => {
    await b?.close();
    await h?.close();
  });

  it("an admin sees token and cost charts by day, model and user, and cancels a running job", {
    timeout: 60_000,
  }, async () => {
    // A user's background agent that keeps running until cancelled.
    h.emulator.pacing.backgroundStepDelayMs = 5_000;
    const { jobId } = await jobClient(h).background({ agent: DEEP_RESEARCH, text: "research slowly" }, user.headers);
    const page = await b.page();
    await page.goto(`${h.url}/admin`);
    await page.getByLabel("API key").fill(keyOf(admin));
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => page.getByRole("heading", { name: "Admin dashboard" }).count()).toBe(1);

    const total = (await h.ok(UsageDocument, { groupBy: "DAY" }, admin.headers)).usage.reduce(
      (n, r) => n + r.totalTokens,
      0,
    );
    expect(total).toBeGreaterThan(0);
    await poll(() => page.getByTestId("total-tokens").textContent()).toBe(total.toLocaleString("en-US"));
    const charts = ["day", "model", "user"].flatMap((by) => [`Tokens by ${by}`, `Cost by ${by}`]);
    for (const title of charts) {
      const chart = page.getByRole("figure", { name: title });
      await poll(() => chart.locator("canvas").count()).toBe(1);
      // The chart drew something: its canvas has a size and its data table has rows.
      expect(await chart.locator("canvas").evaluate((c: HTMLCanvasElement) => c.width > 100 && c.height > 100)).toBe(
        true,
      );
      await poll(() => chart.locator("tbody tr").count()).toBeGreaterThan(0);
    }
    const users = await page.getByRole("figure", { name: "Tokens by user" }).locator("tbody th").allTextContents();
    expect(users).toEqual(expect.arrayContaining([admin.user.name, user.user.name]));
    // Cost: the API's estimate, in dollars, per user and in all.
    const cost = (await h.ok(AdminUsageDocument, { groupBy: ["DAY"] }, admin.headers)).usage.reduce(
      (n, r) => n + r.costUsd,
      0,
    );
    expect(cost).toBeGreaterThan(0);
    await poll(() => page.getByTestId("total-cost").textContent()).toBe(usd(cost));
    const costs = page.getByRole("figure", { name: "Cost by user" }).locator("tbody tr");
    await poll(() => costs.count()).toBeGreaterThanOrEqual(2);
    expect(await costs.filter({ hasText: user.user.name }).locator("td").textContent()).toMatch(/^\$0\.\d+$/);
    const models = await page.getByRole("figure", { name: "Tokens by model" }).locator("tbody th").allTextContents();
    expect(models).toContain("gemini-3.5-flash");

    // Latency percentiles and errors per model, as the API computes them.
    const byModel = (await h.ok(AdminUsageDocument, { groupBy: ["MODEL"] }, admin.headers)).usage;
    const flash = byModel.find((r) => r.key === MODEL);
    expect(flash?.latencyP50Ms).toBeGreaterThan(0);
    const latency = page.locator("table.latency");
    await poll(() => latency.locator("tbody th").allTextContents()).toEqual(
      expect.arrayContaining([MODEL, DEEP_RESEARCH]),
    );
    const cells = latency
      .locator("tr", { has: page.getByRole("rowheader", { name: MODEL, exact: true }) })
      .locator("td");
    expect(await cells.nth(0).textContent()).toBe(String(flash?.interactions));
    expect(await cells.nth(4).textContent()).toBe(`${((flash?.latencyP50Ms ?? 0) / 1000).toFixed(2)} s`);

    expect(await unnamedControls(page)).toEqual([]);
    // No panel of the dashboard failed.
    expect(await page.locator(".admin .error").allTextContents()).toEqual([]);

    // The user's job, live, with a cancel button.
    const row = page.locator(`tr[data-job="${jobId}"]`);
    await poll(() => row.locator(".pill").textContent()).toMatch(/queued|in progress/);
    // Live runs: the user's background job, with its owner.
    await poll(() =>
      page
        .locator(".live li")
        .filter({ hasText: `background job ${jobId}` })
        .textContent(),
    ).toContain(user.user.name);
    await screenshot(page, "admin", true);
    await row.getByRole("button", { name: `Cancel job ${jobId}` }).click();
    await poll(() => row.locator(".pill").textContent()).toBe("cancelled");
    expect((await h.ok(GetJobDocument, { id: jobId }, admin.headers)).job?.status).toBe("CANCELLED");
    const jobsPanel = page.getByRole("region", { name: "Jobs" });
    // The mutation answers once the run stopped upstream too (a bounded wait of up to 15 s on the server).
    await poll(() => jobsPanel.locator("[role=status], [role=alert]").allTextContents(), { timeout: 20_000 }).toEqual([
      `Job ${jobId} is now cancelled.`,
    ]);

    // Filters (in Interaction.status words): the job is under "cancelled", not under "completed".
    await page.getByLabel("Status").selectOption("CANCELLED");
    await poll(() => page.locator(`tr[data-job="${jobId}"]`).count()).toBe(1);
    await page.getByLabel("Status").selectOption("COMPLETED");
    await poll(() => page.locator(`tr[data-job="${jobId}"]`).count()).toBe(0);
    // And under its owner, not under another user.
    await page.getByLabel("Status").selectOption("");
    await poll(() => page.locator(`tr[data-job="${jobId}"]`).count()).toBe(1);
    await page.getByLabel("Owner").selectOption({ label: admin.user.name });
    await poll(() => page.locator(`tr[data-job="${jobId}"]`).count()).toBe(0);
    const owners = await page.locator("tr[data-job] td:nth-child(2)").allTextContents();
    expect(owners.length).toBeGreaterThan(0);
    expect(new Set(owners)).toEqual(new Set([admin.user.name]));
    await page.getByLabel("Owner").selectOption({ label: user.user.name });
    await poll(() => page.locator(`tr[data-job="${jobId}"]`).count()).toBe(1);

    // The key stays for the tab's session: a reload is still signed in.
    await page.reload();
    await poll(() => page.getByRole("heading", { name: "Admin dashboard" }).count()).toBe(1);
    await poll(() => page.locator(".who").textContent()).toContain("(admin)");
    expect(b.outside(h.url)).toEqual([]);
  });

  it("a non-admin cannot open the dashboard: a clear message, no data", async () => {
    const page = await b.page();
    const graphqlBodies: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/graphql") && r.method() === "POST") graphqlBodies.push(r.postData() ?? "");
    });
    await page.goto(`${h.url}/admin`);
    // Anonymous local use is a plain user too.
    await poll(() => page.getByRole("alert").textContent()).toContain("for admins only");
    await page.getByLabel("API key").fill(keyOf(user));
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => page.getByRole("alert").textContent()).toContain(`signed in as ${user.user.name}`);
    expect(await page.locator("canvas, table, .chart").count()).toBe(0);
    await screenshot(page, "admin-denied");
    // The page never asked for admin data; and the API refuses a user every user's usage.
    expect(graphqlBodies.some((q) => /usage|jobs|users|activeRuns|apiKeys/.test(q))).toBe(false);
    const refused = await h.gql(UsageDocument, { groupBy: "USER" }, user.headers);
    expect(refused.data?.usage ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|VALIDATION_ERROR/);
    expect(b.outside(h.url)).toEqual([]);
  });

  it("a wrong key shows that the key is not valid", async () => {
    const page = await b.page();
    await page.goto(`${h.url}/admin`);
    await page.getByLabel("API key").fill("gik_not-a-real-key");
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => page.getByRole("alert").first().textContent()).toMatch(/sign in/i);
    await page.getByRole("button", { name: "Sign out" }).click();
    await poll(() => page.getByRole("alert").textContent()).toContain("for admins only");
  });
  it("live runs show every user's chat in progress as it runs, and an admin can stop one", async () => {
    const page = await b.page();
    await page.goto(`${h.url}/admin`);
    await page.getByLabel("API key").fill(keyOf(admin));
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => page.getByRole("heading", { name: "Live runs" }).count()).toBe(1);
    // A foreground chat of the user's, slow enough to watch: the mutation answers when the run ends.
    h.emulator.pacing.deltaDelayMs = 250;
    const words = Array.from({ length: 60 }, (_, i) => `r${i}`).join(" ");
    const sent = h.ok(SendMessageDocument, { input: { text: words } }, user.headers);
    const run = page.locator(".live li").filter({ hasText: user.user.name }).filter({ hasText: "chat" });
    await poll(() => run.count()).toBe(1);
    expect(await run.textContent()).toContain(MODEL);
    await screenshot(page, "admin-live");
    await run.getByRole("button", { name: /^Stop run / }).click();
    const done = await sent;
    expect(done.sendMessage.status).toBe("CANCELLED");
    await poll(() => run.count()).toBe(0);
    await poll(() => page.locator(".notice").first().textContent()).toContain("cancelled");
    h.emulator.pacing.deltaDelayMs = 0;
    expect(b.outside(h.url)).toEqual([]);
  });

  it("an admin retries a user's failed job and it runs to the end", async () => {
    h.emulator.faults.add([{ op: "create", failRun: true, failAfterSteps: 1, message: "out of ideas" }]);
    const jobs = jobClient(h);
    const { jobId } = await jobs.background({ model: MODEL, text: "fail first" }, user.headers);
    await jobs.jobIn(jobId, "FAILED", user.headers);
    const page = await b.page();
    await page.goto(`${h.url}/admin`);
    await page.getByLabel("API key").fill(keyOf(admin));
    await page.getByRole("button", { name: "Sign in" }).click();
    const row = page.locator(`tr[data-job="${jobId}"]`);
    await poll(() => row.locator(".pill").textContent()).toBe("failed");
    expect(await row.textContent()).toContain("out of ideas");
    expect(await row.textContent()).toContain(user.user.name);
    await row.getByRole("button", { name: `Retry job ${jobId}` }).click();
    await poll(() => page.locator(".notice").first().textContent()).toMatch(/is now (queued|in progress|completed)/);
    await jobs.jobIn(jobId, "SUCCEEDED", user.headers);
    await poll(() => row.locator(".pill").textContent()).toBe("completed");
    expect(await row.getByRole("button", { name: `Retry job ${jobId}` }).count()).toBe(0);
  });

  it("an admin creates a user, gives them a key shown once, makes them admin, sets a quota, revokes the key", async () => {
    const page = await b.page();
    await page.goto(`${h.url}/admin`);
    await page.getByLabel("API key").fill(keyOf(admin));
    await page.getByRole("button", { name: "Sign in" }).click();
    // From the keyboard: the name, then Enter.
    await page.getByLabel("Name", { exact: true }).focus();
    await page.keyboard.type("Dana Browser");
    await page.keyboard.press("Enter");
    const row = page.locator("tr", { has: page.getByRole("rowheader", { name: "Dana Browser" }) });
    await poll(() => row.count()).toBe(1);
    expect(await row.locator("td").first().textContent()).toBe("user");
    // The new user's panel is open, and focus moved into it.
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe("user-panel-title");
    const panel = page.getByRole("region", { name: "Dana Browser" });

    await panel.getByLabel("Key name").fill("laptop");
    await panel.getByRole("button", { name: "Create key" }).click();
    const shown = panel.getByTestId("new-secret");
    await poll(() => shown.count()).toBe(1);
    const secret = (await shown.textContent()) as string;
    const headers = { authorization: `Bearer ${secret}` };
    expect((await h.ok(ViewerDocument, {}, headers)).viewer?.name).toBe("Dana Browser");
    await screenshot(page, "admin-users", true, ["[data-testid=new-secret]"]);
    await panel.getByRole("button", { name: "I have copied it" }).click();
    expect(await page.evaluate((s) => document.body.innerHTML.includes(s), secret)).toBe(false);
    // The key is listed by name and prefix only.
    const keyRow = panel.locator("tr", { has: page.getByRole("rowheader", { name: "laptop" }) });
    const prefix = ((await keyRow.locator("code").textContent()) ?? "").replace(/…$/, "");
    expect(prefix.length).toBeGreaterThan(3);
    expect(prefix.length).toBeLessThan(secret.length);
    expect(secret.startsWith(prefix)).toBe(true);

    await panel.getByRole("button", { name: "Make admin" }).click();
    await poll(() => row.locator("td").first().textContent()).toBe("admin");
    await panel.getByRole("button", { name: "Make a plain user" }).click();
    await poll(() => row.locator("td").first().textContent()).toBe("user");

    // A quota of one request a minute: the second request with the new key is refused.
    await panel.getByLabel("Requests per minute").fill("1");
    await panel.getByRole("button", { name: "Save quota" }).click();
    await poll(() => panel.locator(".notice").textContent()).toContain("Saved Dana Browser's quota");
    const once = { input: { model: MODEL, text: "one" } };
    expect((await h.gql(CreateInteractionDocument, once, headers)).errors).toBeUndefined();
    const refused = await h.gql(CreateInteractionDocument, once, headers);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "requestsPerMinute" });

    await keyRow.getByRole("button", { name: /^Revoke key laptop/ }).click();
    await poll(() => keyRow.locator(".pill").textContent()).toBe("revoked");
    expect((await h.gql(ViewerDocument, {}, headers)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // After a reload the secret is nowhere to be read again.
    await page.reload();
    await page.getByRole("button", { name: "Manage Dana Browser" }).click();
    await poll(() => page.getByRole("region", { name: "Dana Browser" }).locator("tr").count()).toBeGreaterThan(1);
    expect(await page.evaluate((s) => document.body.innerHTML.includes(s), secret)).toBe(false);
    expect(await unnamedControls(page)).toEqual([]);
    expect(b.outside(h.url)).toEqual([]);
  });

  it("lists every user's webhooks with their recent deliveries, and redelivers one", { timeout: 60_000 }, async () => {
    const { webhook } = await h.app.engine.webhooks.create(user.user.id, {
      url: "https://example.com/crm-hook",
      events: ["JOB_FAILED"],
    });
    await h.database.prisma.webhook.update({
      where: { id: webhook.id },
      data: { state: "DISABLED_AFTER_FAILURES", disabledReason: "HTTP 500 for 24 h" },
    });
    const delivery = await h.database.prisma.webhookDelivery.create({
      data: { id: "msg_admin_page", webhookId: webhook.id, eventType: "JOB_FAILED", payload: "{}", status: "FAILED" },
    });
    const page = await b.page();
    await page.goto(`${h.url}/admin`);
    await page.getByLabel("API key").fill(keyOf(admin));
    await page.getByRole("button", { name: "Sign in" }).click();
    const section = page.getByRole("region", { name: "Webhooks" });
    const row = section.locator(`li[data-webhook="${webhook.id}"]`);
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain("HTTP 500 for 24 h");
    await row.getByRole("button", { name: "Deliveries" }).click();
    const item = row.locator(`li[data-delivery="${delivery.id}"]`);
    await poll(() => item.count()).toBe(1);
    await item.getByRole("button", { name: `Redeliver ${delivery.id}` }).click();
    await poll(() => row.locator(".notice").textContent()).toContain("queued again");
    // It went through the delivery path again: a disabled webhook's delivery fails there, and says why.
    await poll(
      async () => (await h.database.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).lastError,
    ).toBe("The webhook is disabled");
    expect(await unnamedControls(page)).toEqual([]);
  });

  it("fits a phone-sized screen (390x844): nothing wider than the screen", async () => {
    const page = await b.page({ phone: true });
    await page.goto(`${h.url}/admin`);
    await page.getByLabel("API key").fill(keyOf(admin));
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => page.locator(".chart canvas").count()).toBe(6);
    await poll(() => page.locator("tr[data-user]").count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, "admin-phone", true);
  });
});
