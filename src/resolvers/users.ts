import { type Context, keyset, type PageArgs, page } from "../context.ts";
import * as accounts from "../engine/access/accounts.ts";
import { CONSOLE_USER_ID, LOCAL_USER_ID } from "../engine/access/identity.ts";
import { assertAdmin, type Owned, type Role, visible } from "../engine/access/policy.ts";
import type { User } from "../generated/prisma/client.ts";
import { NotFoundError } from "../infra/errors.ts";

/** Users and what admins do to them. Every function here is admin-only (assertAdmin). */

const deps = (ctx: Context) => ({ db: ctx.db, pubsub: ctx.engine.pubsub });

async function getUser(ctx: Context, id: string): Promise<User> {
  assertAdmin(ctx.viewer);
  const user = await ctx.loaders.user.load(id);
  if (!user) throw new NotFoundError("User", id);
  return user;
}

export function listUsers(ctx: Context, args: PageArgs & { search?: string | null; disabled?: boolean | null }) {
  assertAdmin(ctx.viewer);
  return page(args, (take, afterId) =>
    ctx.db.user.findMany({
      where: {
        ...(args.search ? { name: { contains: args.search, mode: "insensitive" as const } } : {}),
        ...(args.disabled === true
          ? { disabledAt: { not: null } }
          : args.disabled === false
            ? { disabledAt: null }
            : {}),
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...keyset(take, afterId),
    }),
  );
}

export async function findUser(ctx: Context, id: string): Promise<User | null> {
  assertAdmin(ctx.viewer);
  return ctx.loaders.user.load(id);
}

export function createUser(ctx: Context, input: { name: string; role?: Role | null }) {
  const admin = assertAdmin(ctx.viewer);
  return accounts.createUser(deps(ctx), admin.id, { name: input.name, role: input.role ?? "USER" });
}

export async function setUserRole(ctx: Context, id: string, role: Role) {
  const user = await getUser(ctx, id);
  return accounts.setUserRole(deps(ctx), ctx.viewer?.id ?? null, user, role);
}

export async function setUserDisabled(ctx: Context, id: string, disabled: boolean) {
  const user = await getUser(ctx, id);
  return accounts.setUserDisabled(deps(ctx), ctx.viewer?.id ?? null, user, disabled);
}

/** Built-in users (the keyless local user, the server console) are marked so dashboards can tell them apart. */
export const isBuiltIn = (u: { id: string }) => u.id === LOCAL_USER_ID || u.id === CONSOLE_USER_ID;

export const usageTotals = (ctx: Context, u: { id: string }) => ctx.loaders.usageTotals.load(u.id);

export function auditLog(ctx: Context, args: PageArgs & { targetId?: string | null; actorId?: string | null }) {
  assertAdmin(ctx.viewer);
  return page(args, (take, afterId) =>
    ctx.db.auditLog.findMany({
      where: {
        ...(args.targetId ? { targetId: args.targetId } : {}),
        ...(args.actorId ? { actorId: args.actorId } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...keyset(take, afterId),
    }),
  );
}

/** The owner of an object the viewer can read (the owner themself or an admin), else null. */
export const ownerOf = (ctx: Context, o: Owned) => (visible(ctx.viewer, o) ? ctx.loaders.user.load(o.ownerId) : null);

export const actorOf = (ctx: Context, actorId: string | null) => (actorId ? ctx.loaders.user.load(actorId) : null);
