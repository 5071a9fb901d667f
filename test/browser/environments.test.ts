import { describe, expect, it } from "vitest";
import { RunSandboxDocument } from "../generated/graphql.ts";
import { unnamedControls } from "../support/a11y.ts";
import { chromiumPath } from "../support/browser.ts";
import { poll, useBrowserSuite } from "../support/browser-suite.ts";
import { userWithKey } from "../support/factories.ts";

const runs = Boolean(chromiumPath()) || Boolean(process.env.CI);

describe.skipIf(!runs)("sandboxes page in a real browser", () => {
  const { suite, signedIn } = useBrowserSuite();

  it("shows the files an antigravity run left, previews the chart and downloads the report", {
    timeout: 60_000,
  }, async () => {
    const user = await userWithKey(suite.h.database.prisma);
    const run = await suite.h.ok(
      RunSandboxDocument,
      { input: { agent: "antigravity-preview-05-2026", text: "plot sales", environment: { remote: true } } },
      user.headers,
    );
    const envId = run.createInteraction.environmentId as string;
    const page = await signedIn("/sandboxes", user.headers, "Sandboxes");
    const card = page.locator(`article[data-environment="${envId}"]`);
    await card.getByRole("button", { name: "Files" }).click();
    await poll(() => card.locator("li[data-file]").count()).toBe(2);
    // The chart is previewed: the browser decoded the image its signed URL served.
    const preview = card.getByRole("img", { name: "Preview of chart.png" });
    await poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const href = await card.getByRole("link", { name: "report.md" }).getAttribute("href");
    const report = await fetch(new URL(href ?? "", suite.h.url));
    expect(await report.text()).toContain("# plot sales");
    expect(await unnamedControls(page)).toEqual([]);
  });
});
