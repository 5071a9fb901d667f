import { type Context, keyset, type PageArgs, page, requireViewer } from "../context.ts";
import * as accounts from "../engine/access/accounts.ts";
import { LOCAL_USER_ID } from "../engine/access/identity.ts";
import { account, assertAdmin, assertCan, isAdmin, type Scope } from "../engine/access/policy.ts";
import type { ApiKey } from "../generated/prisma/client.ts";
import { ForbiddenError, NotFoundError } from "../infra/errors.ts";

/** API keys: everyone lists and revokes their own; admins make keys for anyone and see everyone's. */

const deps = (ctx: Context) => ({ db: ctx.db, pubsub: ctx.engine.pubsub });

/**
 * A new key; the secret is returned once. Without userId: for the viewer
 * (an admin may name any user; a plain user only themself, so naming another
 * user answers NOT_FOUND, like a missing one).
 */
export async function createApiKey(
  ctx: Context,
  input: { userId?: string | null; name: string; scopes?: readonly Scope[] | null },
): Promise<{ apiKey: ApiKey; secret: string }> {
  const viewer = requireViewer(ctx);
  // A key outlives keyless access: the local user mints one only when its operator chose keyless access.
  if (viewer.id === LOCAL_USER_ID && !viewer.keyId && !ctx.config.ANONYMOUS_EXPLICIT)
    throw new ForbiddenError(
      "The keyless local user may mint API keys only when the server started with ALLOW_ANONYMOUS=true set explicitly; use `npm run keys -- create`",
    );
  const ownerId = input.userId ?? viewer.id;
  const owner = await ctx.loaders.user.load(ownerId);
  const owned = account(viewer, "write", owner);
  if (!owned) throw new NotFoundError("User", ownerId);
  // Admins hand out anything the owner's role allows; a user at most what their own key holds.
  const ceiling = isAdmin(viewer) ? undefined : viewer.scopes;
  const { key, secret } = await accounts.createApiKey(deps(ctx), viewer.id, owned, input, ceiling);
  return { apiKey: key, secret };
}

/** Keys of the viewer (newest first); an admin may pass another userId. */
/** One user's keys (the viewer's; admins: anyone's), or with `allUsers` every user's (admins only). */
export function listApiKeys(
  ctx: Context,
  args: PageArgs & { userId?: string | null; includeRevoked?: boolean | null; allUsers?: boolean | null },
) {
  const viewer = requireViewer(ctx);
  const ownerId = args.userId ?? viewer.id;
  if (ownerId !== viewer.id || args.allUsers) assertAdmin(viewer);
  const owner = args.allUsers && !args.userId ? {} : { ownerId };
  return page(args, (take, afterId) =>
    ctx.db.apiKey.findMany({
      where: { ...owner, ...(args.includeRevoked === false ? { revokedAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...keyset(take, afterId),
    }),
  );
}

export const keysOf = (ctx: Context, userId: string, args: PageArgs) => listApiKeys(ctx, { ...args, userId });

/** Revokes one of the viewer's keys (admins: anyone's); another user's key answers like a missing one. */
export async function revokeApiKey(ctx: Context, id: string): Promise<ApiKey> {
  const viewer = requireViewer(ctx);
  const key = assertCan(viewer, "write", await ctx.db.apiKey.findUnique({ where: { id } }), "ApiKey", id);
  return accounts.revokeApiKey(deps(ctx), viewer.id, key);
}

export async function ownerOfKey(ctx: Context, key: ApiKey) {
  const owner = await ctx.loaders.user.load(key.ownerId);
  if (!owner) throw new NotFoundError("User", key.ownerId);
  return owner;
}
