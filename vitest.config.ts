import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.ts";

export default defineConfig({
  resolve,
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/services/**", "node_modules/**"],
    // A migrated PGlite snapshot for every harness, and the web app and the client kit built once.
    globalSetup: ["test/support/global-setup.ts", "test/support/build-web.ts", "test/support/build-client.ts"],
    // Vitest's default on 2 cores is one worker, and most files spend their time waiting on child
    // processes, sockets and the emulator's pacing: three files at once keep both cores busy.
    maxWorkers: 3,
    // Each file used to import the whole server again (about 3 s of CPU each, 354 s of a 570 s run):
    // a worker keeps one module graph for all its files. Tests therefore start their own servers and
    // assume nothing of process-wide state (the metrics registry counts every file's operations).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
