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
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
