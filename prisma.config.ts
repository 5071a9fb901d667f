import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The CLI is used only to generate the client and to author migrations
// (`npm run db:diff`). The server applies migrations itself at start
// (src/infra/migrate.ts), so no CLI command touches a live database.
// An in-memory PGlite keeps the JS schema engine offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPGlite(new PGlite()),
});
