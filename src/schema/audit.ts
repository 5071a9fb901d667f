import { builder } from "../builder.ts";
import type { AuditLog as Row } from "../generated/prisma/client.ts";
import * as users from "../resolvers/users.ts";
import { User } from "./user.ts";

const AuditEntry = builder.objectRef<Row>("AuditEntry").implement({
  description: "One admin action on a user, a key, a role or a quota",
  fields: (t) => ({
    id: t.exposeID("id"),
    actor: t.field({
      type: User,
      nullable: true,
      description: "Who did it (the server console for the CLI's requests; null if that user is gone)",
      resolve: (e, _a, ctx) => users.actorOf(ctx, e.actorId),
    }),
    action: t.exposeString("action", {
      description: "user.create, user.role, user.disable, user.enable, user.quota, key.create, key.revoke",
    }),
    targetType: t.exposeString("targetType", { description: "User or ApiKey" }),
    targetId: t.exposeID("targetId"),
    details: t.field({ type: "JSON", description: "What changed (never a secret)", resolve: (e) => e.details }),
    createdAt: t.field({ type: "DateTime", resolve: (e) => e.createdAt }),
  }),
});

builder.queryField("auditLog", (t) =>
  t.connection(
    {
      type: AuditEntry,
      description: "Admin actions, newest first (admins)",
      authScopes: { admin: true },
      args: { targetId: t.arg.id(), actorId: t.arg.id() },
      resolve: (_r, args, ctx) =>
        users.auditLog(ctx, {
          ...args,
          targetId: args.targetId == null ? null : String(args.targetId),
          actorId: args.actorId == null ? null : String(args.actorId),
        }),
    },
    { name: "AuditLogConnection" },
    { name: "AuditLogEdge" },
  ),
);
