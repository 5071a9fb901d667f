import type { Context } from "../context.ts";
import * as accounts from "../engine/access/accounts.ts";
import { assertAdmin } from "../engine/access/policy.ts";
import {
  effectiveLimits,
  LIMIT_NAMES,
  parseOverrides,
  type QuotaLimits,
  type QuotaOverrides,
} from "../engine/quota/index.ts";
import type { User } from "../generated/prisma/client.ts";
import { NotFoundError, ValidationError } from "../infra/errors.ts";

export interface QuotaView extends QuotaLimits {
  /** Which limits are this user's own (the rest are the config defaults). */
  overridden: string[];
}

const defaults = (ctx: Context): QuotaLimits => ({
  requestsPerMinute: ctx.config.QUOTA_REQUESTS_PER_MINUTE,
  tokensPerDay: ctx.config.QUOTA_TOKENS_PER_DAY,
  tokensPerMonth: ctx.config.QUOTA_TOKENS_PER_MONTH,
  concurrentRuns: ctx.config.QUOTA_CONCURRENT_RUNS,
});

/** The limits that apply to a user now (read from the row: no query per user in a list). */
export function quotaOf(ctx: Context, user: User): QuotaView {
  const overrides = parseOverrides(user.quota);
  return {
    ...effectiveLimits(defaults(ctx), overrides),
    overridden: LIMIT_NAMES.filter((n) => typeof overrides[n] === "number"),
  };
}

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
  const merged: Record<string, number> = {};
  const current = parseOverrides(user.quota);
  for (const name of LIMIT_NAMES) {
    const v = name in input ? input[name] : current[name];
    if (typeof v === "number") merged[name] = v;
  }
  return accounts.setUserQuota({ db: ctx.db, pubsub: ctx.engine.pubsub }, admin.id, user, merged);
}
