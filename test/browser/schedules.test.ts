import { describe, expect, it } from "vitest";
import { unnamedControls } from "../support/a11y.ts";
import { chromiumPath } from "../support/browser.ts";
import { poll, useBrowserSuite } from "../support/browser-suite.ts";
import { userWithKey } from "../support/factories.ts";

const runs = Boolean(chromiumPath()) || Boolean(process.env.CI);

describe.skipIf(!runs)("schedules page in a real browser", () => {
  const { suite, signedIn } = useBrowserSuite();

  it("a user creates a schedule with a preset rule, sees its next run, runs it now, sees the run and pauses it", {
    timeout: 60_000,
  }, async () => {
    const user = await userWithKey(suite.h.database.prisma);
    const page = await signedIn("/schedules", user.headers, "Schedules");

    await page.getByLabel("Name").fill("Monday digest");
    await page.getByLabel("Preset").selectOption({ label: "Mondays at 08:00" });
    await page.getByLabel("Time zone").fill("Europe/Berlin");
    await page.getByLabel("Message").fill("what changed last week?");
    await page.getByRole("button", { name: "Create schedule" }).click();

    const card = page.locator("article[data-schedule]").filter({ hasText: "Monday digest" });
    await poll(() => card.count()).toBe(1);
    const row = await suite.h.database.prisma.schedule.findFirstOrThrow({ where: { ownerId: user.user.id } });
    expect(row).toMatchObject({ cron: "0 8 * * 1", timeZone: "Europe/Berlin", state: "ACTIVE" });
    expect(row.nextRunAt).not.toBeNull();
    expect(await card.textContent()).toMatch(/Next run: \d/);

    await card.getByRole("button", { name: "Run now" }).click();
    await poll(() => page.getByRole("status").textContent()).toMatch(/Monday digest: started job/);
    const job = await suite.h.database.prisma.job.findFirstOrThrow({ where: { ownerId: user.user.id } });
    await card.getByRole("button", { name: "History" }).click();
    await poll(() => card.locator("li").first().textContent()).toContain(`job ${job.id}`);

    await card.getByRole("button", { name: "Pause" }).click();
    await poll(() => card.getByRole("button", { name: "Resume" }).count()).toBe(1);
    expect((await suite.h.database.prisma.schedule.findUniqueOrThrow({ where: { id: row.id } })).state).toBe("PAUSED");

    // A rule that fires too often is refused, with the server's message.
    await page.getByLabel("Name").fill("too often");
    await page.getByLabel("Rule (cron)").fill("* * * * * *");
    await page.getByLabel("Message").fill("spam");
    await page.getByRole("button", { name: "Create schedule" }).click();
    await poll(() => page.locator("form .error").textContent()).toMatch(/SCHEDULE_MIN_INTERVAL_MS/);
    expect(await unnamedControls(page)).toEqual([]);
  });
});
