import { builder } from "../builder.ts";

export const Node = builder.interfaceRef<{ id: string }>("Node").implement({
  description: "An object with a stable, opaque id",
  fields: (t) => ({ id: t.exposeID("id") }),
});

builder.queryType({});
// Every mutation changes something: read-only keys (no WRITE scope) are refused, on top of each field's own scope.
builder.mutationType({ authScopes: { write: true } });
builder.subscriptionType({});
