import { builder } from "../builder.ts";

export const Node = builder.interfaceRef<{ id: string; __typename?: string }>("Node").implement({
  description: "An object with a stable, opaque id; Query.node(id) finds any of them",
  fields: (t) => ({ id: t.exposeID("id") }),
  // Query.node tags what it finds with its type name.
  resolveType: (n) => n.__typename ?? null,
});

builder.queryType({});
// Every mutation changes something: read-only keys (no WRITE scope) are refused, on top of each field's own scope.
builder.mutationType({ authScopes: { write: true } });
builder.subscriptionType({});
