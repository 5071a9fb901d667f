import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, inject, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * On Node 20 a streaming upstream call whose upstream is idle used to ignore its abort once a
 * garbage collection had run: cancel, cancelJob and a graceful stop then waited for minutes.
 * The scenario needs `gc()`, so it runs in a child started with --expose-gc (test/support/gc-cancel.ts).
 */
it("after a garbage collection, cancel, cancelJob and a graceful stop still end silent upstream runs at once", async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--expose-gc", "--no-warnings", "--import", "tsx", "test/support/gc-cancel.ts"],
    // The migrated PGlite snapshot of the global setup saves the child a migration.
    { cwd: root, timeout: 100_000, env: { ...process.env, GC_TEST_SNAPSHOT: inject("pgliteSnapshot") ?? "" } },
  );
  const m = JSON.parse(stdout.trim().split("\n").at(-1) as string) as Record<string, number | string>;
  expect(m.cancelStatus).toBe("CANCELLED");
  expect(m.cancelMs).toBeLessThan(1_000);
  // The turn's own request (waiting for its run) answers as soon as the run ended.
  expect(m.turnEndedMs).toBeLessThan(1_000);
  expect(m.turnStatus).toBe("cancelled");
  expect(m.jobStatus).toBe("CANCELLED");
  expect(m.cancelJobMs).toBeLessThan(1_000);
  expect(m.jobInteractionStatus).toBe("cancelled");
  // A stop waits for runs until graceMs - 500, then lets the silent one go at once, resumable.
  expect(m.stopMs).toBeLessThan(Number(m.graceMs) + 500);
  expect(m.stoppedRunStatus).toBe("in_progress");
}, 120_000);
