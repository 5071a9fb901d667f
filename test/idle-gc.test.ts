import { describe, expect, it } from "vitest";
import { collectWhenIdle } from "../src/infra/idle-gc.ts";
import { sleep, waitFor } from "./support/wait.ts";

const work = (ms: number) => {
  for (const until = performance.now() + ms; performance.now() < until; );
};

describe("collectWhenIdle", () => {
  it("collects once when the process goes quiet after work, not again while it stays quiet", async () => {
    let collections = 0;
    const stop = collectWhenIdle({ gc: () => collections++, intervalMs: 100, quietSamples: 3 });
    try {
      work(250);
      await waitFor("a collection after the work", () => collections === 1, { timeoutMs: 3_000 });
      // Quiet for twice the spell that triggered it.
      await sleep(600);
      expect(collections).toBe(1);
      work(250);
      await waitFor("a collection after the next work", () => collections === 2, { timeoutMs: 3_000 });
    } finally {
      stop();
    }
  });

  it("never collects in a process that has done no work since it started watching", async () => {
    let collections = 0;
    const stop = collectWhenIdle({ gc: () => collections++, intervalMs: 100, quietSamples: 2 });
    await sleep(800);
    stop();
    expect(collections).toBe(0);
  });

  it("does nothing without a collector (node started without --expose-gc)", () => {
    expect(() => collectWhenIdle({ gc: undefined })()).not.toThrow();
  });
});
