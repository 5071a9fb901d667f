import { readFileSync } from "node:fs";
import { buildSchema, lexicographicSortSchema, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";

describe("schema", () => {
  it("declares an auth scope on every root field: nothing is public by accident", () => {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const missing = roots.flatMap((type) =>
      Object.values(type?.getFields() ?? {})
        .filter((f) => !(f.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes)
        .map((f) => `${type?.name}.${f.name}`),
    );
    expect(missing).toEqual([]);
  });

  it("matches the committed schema.graphql (run `npm run codegen`)", () => {
    const committed = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");
    const normalise = (s: typeof schema) => printSchema(lexicographicSortSchema(s));
    expect(normalise(schema)).toBe(normalise(buildSchema(committed)));
  });
});
