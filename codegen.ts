import type { CodegenConfig } from "@graphql-codegen/cli";
import { printSchema } from "graphql";
import { schema } from "./src/schema/index.ts";

/**
 * Prints `schema.graphql` (committed; CI fails when it is stale) and typed
 * documents for the operations the tests and examples use. The schema is
 * passed as SDL text: codegen cannot load TypeScript files itself on Node 20.
 */
const config: CodegenConfig = {
  schema: printSchema(schema),
  ignoreNoDocuments: true,
  generates: {
    "schema.graphql": { plugins: ["schema-ast"], config: { includeDirectives: true } },
    "test/generated/": {
      documents: ["test/**/*.graphql"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, scalars: { DateTime: "string", JSON: "unknown" }, enumsAsTypes: true },
    },
    // The frontend guide's operations (docs/frontend.md), typed as a frontend team would generate them.
    "docs/frontend/generated/": {
      documents: ["docs/frontend/*.graphql"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        documentMode: "string",
        scalars: { DateTime: "string", JSON: "unknown", Upload: "File" },
        enumsAsTypes: true,
      },
    },
    // The web app's operations, as typed strings: the browser bundle needs no GraphQL parser.
    "web/src/generated/": {
      documents: ["web/src/operations/*.graphql"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        documentMode: "string",
        scalars: { DateTime: "string", JSON: "unknown", Upload: "File" },
        enumsAsTypes: true,
      },
    },
  },
};

export default config;
