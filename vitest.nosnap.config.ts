import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.ts";

export default defineConfig({
  resolve,
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/services/**", "node_modules/**"],
    // A migrated PGlite snapshot for every harness, and the web app built once.
    globalSetup: ["test/support/build-web.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
