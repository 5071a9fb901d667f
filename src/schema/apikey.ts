import { builder } from "../builder.ts";
import type { ApiKey as Row } from "../generated/prisma/client.ts";
import * as keys from "../resolvers/keys.ts";
import { Node } from "./node.ts";
import { User } from "./user.ts";

export const ApiKeyScope = builder.enumType("ApiKeyScope", {
  description:
    "READ: queries and read subscriptions. WRITE: mutations and chat. ADMIN: admin fields (admin users only)",
  values: ["READ", "WRITE", "ADMIN"] as const,
});

type Scope = "READ" | "WRITE" | "ADMIN";
const asScopes = (stored: string[]) => stored.filter((s): s is Scope => s === "READ" || s === "WRITE" || s === "ADMIN");

export const ApiKey = builder.objectRef<Row>("ApiKey");
builder.objectType(ApiKey, {
  description: "An API key. The secret is shown once, by createApiKey; only its hash and prefix are kept",
  interfaces: [Node],
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix", { description: "The secret's first characters, to tell keys apart" }),
    scopes: t.field({
      type: [ApiKeyScope],
      description: "Empty for keys made before scopes: they hold what the owner's role allows",
      resolve: (k) => asScopes(k.scopes),
    }),
    owner: t.field({
      type: User,
      // Nullable like every other Node's owner, so one selection of `owner` fits all of them.
      nullable: true,
      resolve: (k, _a, ctx) => keys.ownerOfKey(ctx, k),
    }),
    createdAt: t.field({ type: "DateTime", resolve: (k) => k.createdAt }),
    lastUsedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "Updated at most once a minute",
      resolve: (k) => k.lastUsedAt,
    }),
    revokedAt: t.field({ type: "DateTime", nullable: true, resolve: (k) => k.revokedAt }),
  }),
});

const CreateApiKeyPayload = builder.objectRef<{ apiKey: Row; secret: string }>("CreateApiKeyPayload").implement({
  fields: (t) => ({
    apiKey: t.field({ type: ApiKey, resolve: (p) => p.apiKey }),
    secret: t.exposeString("secret", {
      description: "Send as `authorization: Bearer <secret>`. Shown only now: it cannot be read again",
    }),
  }),
});

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  fields: (t) => ({
    userId: t.id({ description: "Whose key (admins); default: the viewer" }),
    name: t.string({ required: true, description: "What it is for, 1 to 100 characters" }),
    scopes: t.field({
      type: [ApiKeyScope],
      description: "Default: all the owner's role allows (never more than the caller's own key holds)",
    }),
  }),
});

builder.objectField(User, "apiKeys", (t) =>
  t.connection(
    {
      type: ApiKey,
      description: "This user's keys, newest first (the user themself, or an admin)",
      args: { includeRevoked: t.arg.boolean({ description: "Default true" }) },
      resolve: (u, args, ctx) => keys.keysOf(ctx, u.id, args),
    },
    { name: "UserApiKeyConnection" },
    { name: "UserApiKeyEdge" },
  ),
);

builder.queryField("apiKeys", (t) =>
  t.connection(
    {
      type: ApiKey,
      description:
        "The viewer's keys, newest first; admins may pass another userId, or allUsers: true for every user's keys (with `owner`)",
      authScopes: { user: true },
      args: {
        userId: t.arg.id(),
        includeRevoked: t.arg.boolean({ description: "Default true" }),
        allUsers: t.arg.boolean({ description: "Admins: every user's keys, newest first (userId narrows it)" }),
      },
      resolve: (_r, args, ctx) =>
        keys.listApiKeys(ctx, {
          ...args,
          userId: args.userId === null || args.userId === undefined ? null : String(args.userId),
        }),
    },
    { name: "ApiKeyConnection" },
    { name: "ApiKeyEdge" },
  ),
);

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    description: "Makes a key for the viewer (or, for admins, any user) and returns its secret once",
    authScopes: { user: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      keys.createApiKey(ctx, {
        ...input,
        userId: input.userId === null || input.userId === undefined ? null : String(input.userId),
      }),
  }),
  revokeApiKey: t.field({
    type: ApiKey,
    description: "Revokes a key of the viewer's (admins: anyone's); it stops at once, open subscriptions included",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => keys.revokeApiKey(ctx, String(id)),
  }),
}));
