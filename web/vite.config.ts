import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The chat and admin pages, built into web/dist and served by the server
 * itself (src/http/web.ts). One entry: the page is picked from the path, so both
 * share the client, the styles and the bundle's cache. Everything is bundled:
 * no request leaves the server's origin.
 */
export default defineConfig({
  root,
  base: "/",
  publicDir: false,
  // The client kit from its source: the web app is built before the kit's dist (scripts/build.mjs).
  resolve: {
    alias: {
      "@gemini-interactions-graphql/client": fileURLToPath(new URL("../packages/client/src/index.ts", import.meta.url)),
    },
  },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 800,
  },
});
