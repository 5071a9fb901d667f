import { builder } from "../builder.ts";

export const Node = builder.interfaceRef<{ id: string }>("Node").implement({
  description: "An object with a stable, opaque id",
  fields: (t) => ({ id: t.exposeID("id") }),
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
