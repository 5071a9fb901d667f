import { builder } from "../builder.ts";
import type { User as UserRow } from "../generated/prisma/client.ts";
import { getViewerUser } from "../resolvers/viewer.ts";
import { Node } from "./node.ts";

export const Role = builder.enumType("Role", { values: ["USER", "ADMIN"] as const });

export const User = builder.objectRef<UserRow>("User").implement({
  description: "A person or service using this server",
  interfaces: [Node],
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    role: t.field({ type: Role, resolve: (u) => u.role }),
    createdAt: t.field({ type: "DateTime", resolve: (u) => u.createdAt }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: User,
    nullable: true,
    description: "Who is asking: null without credentials",
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => getViewerUser(ctx),
  }),
);
