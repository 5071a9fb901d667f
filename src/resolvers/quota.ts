import type { Context } from "../context.ts";
import { assertAdmin } from "../engine/access/policy.ts";
import { LIMIT_NAMES, type QuotaOverrides } from "../engine/quota/index.ts";
import { type QuotaView, setQuotaOverrides } from "../engine/quota/usage.ts";
import type { User } from "../generated/prisma/client.ts";
import { NotFoundError, ValidationError } from "../infra/errors.ts";

export type { QuotaView } from "../engine/quota/usage.ts";

/** The limits that apply to a user now (read from the row: no query per user in a list). */
export const quotaOf = (ctx: Context, user: User): QuotaView => ctx.engine.admission.viewOf(user);

/**
 * Sets a user's own limits (admins). A field left out keeps its current
 * override; null goes back to the config default; 0 means no limit.
 */
export async function setUserQuota(ctx: Context, userId: string, input: QuotaOverrides): Promise<User> {
  const admin = assertAdmin(ctx.viewer);
  const user = await ctx.loaders.user.load(userId);
  if (!user) throw new NotFoundError("User", userId);
  for (const name of LIMIT_NAMES) {
    const v = input[name];
    if (typeof v === "number" && v < 0) throw new ValidationError(`${name} must be 0 (no limit) or more`, name);
  }
  return setQuotaOverrides({ db: ctx.db, pubsub: ctx.engine.pubsub }, admin.id, user, input);
}
