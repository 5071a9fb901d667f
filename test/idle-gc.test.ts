import { describe, expect, it } from "vitest";
import { collectWhenIdle } from "../src/infra/idle-gc.ts";
import { sleep, waitFor } from "./support/wait.ts";

const work = (ms: number) => {
  for (const until = performance.now() + ms; performance.now() < until; );
};

describe("collectWhenIdle", () => {
  it("collects once when the process goes quiet after work, then only after more work", async () => {
    let collections = 0;
    const stop = collectWhenIdle({ gc: () => collections++, intervalMs: 100, quietSamples: 3 });
    try {
      work(250);
      await waitFor("a collection after the work", () => collections === 1, { timeoutMs: 3_000 });
      // After a collection it is as it started (no work seen): a quiet spell twice as long collects nothing.
      await sleep(600);
      expect(collections).toBe(1);
      work(250);
      await waitFor("a collection after the next work", () => collections === 2, { timeoutMs: 3_000 });
    } finally {
      stop();
    }
  });

  it("does nothing without a collector (node started without --expose-gc)", () => {
    expect(() => collectWhenIdle({ gc: undefined })()).not.toThrow();
  });
});
