import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetJobDocument, SendMessageDocument, UsageDocument } from "../generated/graphql.ts";
import { unnamedControls } from "../support/a11y.ts";
import { type BrowserSession, chromiumPath, launchBrowser, screenshot } from "../support/browser.ts";
import { userWithKey } from "../support/factories.ts";
import { type Harness, startHarness } from "../support/harness.ts";
import { DEEP_RESEARCH, jobClient } from "../support/jobs.ts";

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

  it("an admin sees usage charts by day, model and user, and cancels a running job", async () => {
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
    for (const title of ["Tokens by day", "Tokens by model", "Tokens by user"]) {
      const chart = page.getByRole("figure", { name: title });
      await poll(() => chart.locator("canvas").count()).toBe(1);
      // The chart drew something: its canvas has a size and its data table has rows.
      expect(await chart.locator("canvas").evaluate((c: HTMLCanvasElement) => c.width > 100 && c.height > 100)).toBe(
        true,
      );
      await poll(() => chart.locator("tbody tr").count()).toBeGreaterThan(0);
    }
    const users = await page.getByRole("figure", { name: "Tokens by user" }).locator("tbody th").allTextContents();
    expect(users).toEqual(expect.arrayContaining([admin.user.id, user.user.id]));
    const models = await page.getByRole("figure", { name: "Tokens by model" }).locator("tbody th").allTextContents();
    expect(models).toContain("gemini-3.5-flash");

    // Latency percentiles of the finished background run.
    const latency = page.locator("table.latency");
    await poll(() => latency.locator("tbody th").allTextContents()).toEqual(["all runs", DEEP_RESEARCH]);
    expect(await latency.locator("tbody tr").first().locator("td").nth(1).textContent()).toMatch(/^\d+\.\d+ s$/);

    expect(await unnamedControls(page)).toEqual([]);
    // No panel of the dashboard failed.
    expect(await page.locator(".admin .error").allTextContents()).toEqual([]);

    // The user's job, live, with a cancel button.
    const row = page.locator(`tr[data-job="${jobId}"]`);
    await poll(() => row.locator(".pill").textContent()).toMatch(/queued|running/);
    await poll(() => page.locator(".live li").count()).toBeGreaterThan(0);
    await screenshot(page, "admin", true);
    await row.getByRole("button", { name: `Cancel job ${jobId}` }).click();
    await poll(() => row.locator(".pill").textContent()).toBe("cancelled");
    expect((await h.ok(GetJobDocument, { id: jobId }, admin.headers)).job?.status).toBe("CANCELLED");
    await poll(() => page.getByRole("status").textContent()).toContain("cancelled");

    // Filters: the job is under "cancelled", not under "succeeded".
    await page.getByLabel("Status").selectOption("CANCELLED");
    await poll(() => page.locator(`tr[data-job="${jobId}"]`).count()).toBe(1);
    await page.getByLabel("Status").selectOption("SUCCEEDED");
    await poll(() => page.locator(`tr[data-job="${jobId}"]`).count()).toBe(0);

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
    expect(graphqlBodies.some((q) => /usage|jobs/.test(q))).toBe(false);
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
});
