import { describe, expect, it } from "vitest";
import { AGENTS } from "../../src/gemini/agents.ts";
import { unnamedControls } from "../support/a11y.ts";
import { chromiumPath } from "../support/browser.ts";
import { poll, useBrowserSuite } from "../support/browser-suite.ts";
import { userWithKey } from "../support/factories.ts";

const runs = Boolean(chromiumPath()) || Boolean(process.env.CI);

describe.skipIf(!runs)("agents page in a real browser", () => {
  const { suite, signedIn: at } = useBrowserSuite();
  const signedIn = (user: { headers: { authorization: string } }) => at("/agents", user.headers, "Agents");

  it("lists the built-in agents; an admin creates a shared agent that a user then sees but cannot delete", {
    timeout: 60_000,
  }, async () => {
    const admin = await userWithKey(suite.h.database.prisma, "ADMIN");
    const page = await signedIn(admin);
    await poll(() => page.locator("tr[data-agent]").filter({ hasText: "built-in" }).count()).toBe(
      Object.keys(AGENTS).length,
    );
    await page.getByLabel("Name").fill("Team researcher");
    await page.getByLabel("Base agent").selectOption("deep-research-preview-04-2026");
    await page.getByLabel("System instruction").fill("Cite sources.");
    await page.getByLabel("Share with every user").check();
    await page.getByRole("button", { name: "Create agent" }).click();
    const row = page.locator("tr[data-agent]").filter({ hasText: "Team researcher" });
    await poll(() => row.count()).toBe(1);
    const agent = await suite.h.database.prisma.agent.findFirstOrThrow({ where: { ownerId: admin.user.id } });
    expect(agent).toMatchObject({ shared: true, baseAgent: "deep-research-preview-04-2026" });
    expect(await unnamedControls(page)).toEqual([]);

    const user = await userWithKey(suite.h.database.prisma);
    const other = await signedIn(user);
    const seen = other.locator(`tr[data-agent="${agent.id}"]`);
    await poll(() => seen.textContent()).toContain(`shared by ${admin.user.name}`);
    expect(await seen.getByRole("button").count()).toBe(0);
    // A user has no share box.
    expect(await other.getByLabel("Share with every user").count()).toBe(0);
  });
});
