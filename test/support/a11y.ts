import type { Page } from "playwright-core";

/**
 * Controls without an accessible name: form fields with no <label> or
 * aria-label, buttons and links with neither text nor aria-label.
 */
export function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("input, select, textarea, button, a[href]")) {
      if (el instanceof HTMLInputElement && el.type === "hidden") continue;
      const aria = el.getAttribute("aria-label")?.trim() || el.getAttribute("aria-labelledby");
      const labelled =
        el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement
          ? (el.labels?.length ?? 0) > 0
          : Boolean(el.textContent?.trim());
      if (!aria && !labelled) bad.push(el.outerHTML.slice(0, 120));
    }
    return bad;
  });
}
