import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * graphql 16 ships ESM through the `module` field, which Vite follows, while
 * Node (and so every dependency vitest leaves external) loads its CommonJS
 * `main`. Two copies of graphql break `instanceof` checks; pin the one Node uses.
 */
export const resolve = { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] };
