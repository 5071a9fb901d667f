import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/**
 * graphql 16 ships ESM through the `module` field, which Vite follows, while
 * Node (and so every dependency vitest leaves external) loads its CommonJS
 * `main`. Two copies of graphql break `instanceof` checks; pin the one Node uses.
 */
/**
 * The client kit by its package name is this checkout's build (its package.json's `node` export,
 * which the global setup keeps fresh), whatever node_modules links to: a worktree sharing another
 * checkout's node_modules would otherwise test that checkout's build, or none.
 */
const clientKit = fileURLToPath(new URL("./packages/client/dist/node.js", import.meta.url));

export const resolve = {
  alias: [
    { find: /^graphql$/, replacement: require.resolve("graphql") },
    { find: /^@gemini-interactions-graphql\/client$/, replacement: clientKit },
  ],
};
