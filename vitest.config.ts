import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.ts";

export default defineConfig({
  resolve,
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/services/**", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ["test/support/build-web.ts"],
  },
});
