import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.shared.ts";

/**
 * The services suite: needs DATABASE_URL (PostgreSQL) and REDIS_URL. It runs
 * the database-backed tests again on PostgreSQL, plus the scale-out tests.
 */
export default defineConfig({
  resolve,
  test: {
    include: ["test/services/**/*.test.ts", "test/interactions.test.ts", "test/transports.test.ts"],
    env: { TEST_ON_POSTGRES: "1" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
