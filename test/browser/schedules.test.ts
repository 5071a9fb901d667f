import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unnamedControls } from "../support/a11y.ts";
import { type BrowserSession, chromiumPath, launchBrowser } from "../support/browser.ts";
import { userWithKey } from "../support/factories.ts";
import { type Harness, startHarness } from "../support/harness.ts";

const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000, interval: 50 });

const runs = Boolean(chromiumPath()) || Boolean(process.env.CI);

describe.skipIf(!runs)("schedules page in a real browser", () => {
  let h: Harness;
  let b: BrowserSession;
  beforeAll(async () => {
    h = await startHarness();
    b = await launchBrowser();
  });
  afterAll(async () => {
    await b?.close();
    await h?.close();
  });

  it("a user creates a schedule with a preset rule, sees its next run, runs it now, sees the run and pauses it", {
    timeout: 60_000,
  }, async () => {
    const user = await userWithKey(h.database.prisma);
    const page = await b.page();
    await page.goto(`${h.url}/schedules`);
    await page.getByLabel("API key").fill(user.headers.authorization.replace("Bearer ", ""));
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => page.getByRole("heading", { name: "Schedules", exact: true }).count()).toBe(1);

    await page.getByLabel("Name").fill("Monday digest");
    await page.getByLabel("Preset").selectOption({ label: "Mondays at 08:00" });
    await page.getByLabel("Time zone").fill("Europe/Berlin");
    await page.getByLabel("Message").fill("what changed last week?");
    await page.getByRole("button", { name: "Create schedule" }).click();

    const card = page.locator("article[data-schedule]").filter({ hasText: "Monday digest" });
    await poll(() => card.count()).toBe(1);
    const row = await h.database.prisma.schedule.findFirstOrThrow({ where: { ownerId: user.user.id } });
    expect(row).toMatchObject({ cron: "0 8 * * 1", timeZone: "Europe/Berlin", state: "ACTIVE" });
    expect(row.nextRunAt).not.toBeNull();
    expect(await card.textContent()).toMatch(/Next run: \d/);

    await card.getByRole("button", { name: "Run now" }).click();
    await poll(() => page.getByRole("status").textContent()).toMatch(/Monday digest: started job/);
    const job = await h.database.prisma.job.findFirstOrThrow({ where: { ownerId: user.user.id } });
    await card.getByRole("button", { name: "History" }).click();
    await poll(() => card.locator("li").first().textContent()).toContain(`job ${job.id}`);

    await card.getByRole("button", { name: "Pause" }).click();
    await poll(() => card.getByRole("button", { name: "Resume" }).count()).toBe(1);
    expect((await h.database.prisma.schedule.findUniqueOrThrow({ where: { id: row.id } })).state).toBe("PAUSED");

    // A rule that fires too often is refused, with the server's message.
    await page.getByLabel("Name").fill("too often");
    await page.getByLabel("Rule (cron)").fill("* * * * * *");
    await page.getByLabel("Message").fill("spam");
    await page.getByRole("button", { name: "Create schedule" }).click();
    await poll(() => page.locator("form .error").textContent()).toMatch(/SCHEDULE_MIN_INTERVAL_MS/);
    expect(await unnamedControls(page)).toEqual([]);
  });
});
