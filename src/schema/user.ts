import { builder } from "../builder.ts";
import type { UsageTotals } from "../context.ts";
import * as users from "../resolvers/users.ts";
import { fromRow, getViewerUser, type UserSource } from "../resolvers/viewer.ts";
import { Node } from "./node.ts";

export const Role = builder.enumType("Role", {
  description: "USER: own data only. ADMIN: every user's data, users, keys, quotas and the audit log",
  values: ["USER", "ADMIN"] as const,
});

const UsageTotalsRef = builder.objectRef<UsageTotals>("UsageTotals").implement({
  description: "All-time usage of one user (every interaction stored)",
  fields: (t) => ({
    requests: t.exposeInt("requests", { description: "Interactions started" }),
    inputTokens: t.exposeInt("inputTokens"),
    outputTokens: t.exposeInt("outputTokens"),
    thoughtTokens: t.exposeInt("thoughtTokens"),
    cachedTokens: t.exposeInt("cachedTokens"),
    totalTokens: t.exposeInt("totalTokens"),
  }),
});

export const User = builder.objectRef<UserSource>("User").implement({
  description: "A person or service using this server",
  interfaces: [Node],
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.string({ resolve: (u, _a, ctx) => fromRow(ctx, u, (r) => r.name) }),
    role: t.field({ type: Role, resolve: (u, _a, ctx) => fromRow(ctx, u, (r) => r.role) }),
    createdAt: t.field({ type: "DateTime", resolve: (u, _a, ctx) => fromRow(ctx, u, (r) => r.createdAt) }),
    disabled: t.boolean({
      description: "A disabled user's keys stop working at once; enableUser lets them work again",
      resolve: (u, _a, ctx) => fromRow(ctx, u, (r) => r.disabledAt !== null),
    }),
    disabledAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (u, _a, ctx) => fromRow(ctx, u, (r) => r.disabledAt),
    }),
    builtIn: t.boolean({
      description: "The keyless local user or the server console, made by the server itself",
      resolve: (u) => users.isBuiltIn(u),
    }),
    usage: t.field({
      type: UsageTotalsRef,
      // Nullable (never null) so `node` can select it next to Interaction.usage without aliases.
      nullable: true,
      description: "All-time totals, never null (for time ranges and groupings use Query.usage)",
      deprecationReason: "Use usageTotals (the same values, non-null)",
      resolve: (u, _a, ctx) => users.usageTotals(ctx, u),
    }),
    usageTotals: t.field({
      type: UsageTotalsRef,
      description: "All-time totals (for time ranges and groupings use Query.usage)",
      resolve: (u, _a, ctx) => users.usageTotals(ctx, u),
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: User,
    nullable: true,
    description: "Who is asking: null without credentials",
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => getViewerUser(ctx),
  }),
  user: t.field({
    type: User,
    nullable: true,
    description: "One user by id (admins)",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => users.findUser(ctx, String(id)),
  }),
  users: t.connection(
    {
      type: User,
      description: "Every user, oldest first, with usage totals (admins)",
      authScopes: { admin: true },
      args: {
        search: t.arg.string({ description: "Part of the name, any case" }),
        disabled: t.arg.boolean({ description: "Only disabled (true) or only active (false) users" }),
      },
      resolve: (_r, args, ctx) => users.listUsers(ctx, args),
    },
    { name: "UserConnection" },
    { name: "UserEdge" },
  ),
}));

const CreateUserInput = builder.inputType("CreateUserInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "1 to 100 characters" }),
    role: t.field({ type: Role, description: "Default USER" }),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    type: User,
    description: "Creates a user (admins); give them a key with createApiKey(userId)",
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_r, { input }, ctx) => users.createUser(ctx, input),
  }),
  setUserRole: t.field({
    type: User,
    description: "Makes a user an ADMIN or a USER (admins); a demoted admin's open sockets are closed",
    authScopes: { admin: true },
    args: { userId: t.arg.id({ required: true }), role: t.arg({ type: Role, required: true }) },
    resolve: (_r, args, ctx) => users.setUserRole(ctx, String(args.userId), args.role),
  }),
  disableUser: t.field({
    type: User,
    description: "Stops every key of the user at once, open subscriptions included (admins)",
    authScopes: { admin: true },
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => users.setUserDisabled(ctx, String(args.userId), true),
  }),
  enableUser: t.field({
    type: User,
    description: "Lets a disabled user's keys work again (admins)",
    authScopes: { admin: true },
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => users.setUserDisabled(ctx, String(args.userId), false),
  }),
}));
