import { readFileSync } from "node:fs";
import { buildSchema, isInterfaceType, isUnionType, lexicographicSortSchema, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";

/**
 * Every field name that two members of one union or interface declare with
 * different types ("Union.field: A.type vs B.type"). A client selecting such
 * a field on both members needs an alias. Deprecated fields are on their way
 * out and do not count.
 */
function clashes(s: typeof schema): string[] {
  const out: string[] = [];
  for (const abstract of Object.values(s.getTypeMap())) {
    if (!isUnionType(abstract) && !isInterfaceType(abstract)) continue;
    const seen = new Map<string, { type: string; owner: string }>();
    for (const member of s.getPossibleTypes(abstract)) {
      for (const field of Object.values(member.getFields())) {
        if (field.deprecationReason) continue;
        const type = String(field.type);
        const first = seen.get(field.name);
        if (!first) seen.set(field.name, { type, owner: member.name });
        else if (first.type !== type)
          out.push(`${abstract.name}.${field.name}: ${first.owner} ${first.type} vs ${member.name} ${type}`);
      }
    }
  }
  return out;
}

describe("schema", () => {
  it("no two members of a union or interface give one field name two types", () => {
    expect(clashes(schema)).toEqual([]);
  });

  it("the clash check finds a clash when there is one", () => {
    const bad = buildSchema("type A { x: String! } type B { x: String } union U = A | B type Query { u: U }");
    expect(clashes(bad)).toEqual(["U.x: A String! vs B String"]);
  });

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
