import { type Context, requireViewer } from "../context.ts";
import { can, isAdmin } from "../engine/access/policy.ts";
import { type UsageGroupBy, type UsageRow, usageReport } from "../engine/quota/usage.ts";
import { catalogue } from "../gemini/models.ts";
import { ForbiddenError, ValidationError } from "../infra/errors.ts";

export type { UsageGroupBy, UsageRow } from "../engine/quota/usage.ts";
export { CAPABILITIES } from "../gemini/models.ts";

/** Usage summed per group (see usageReport). The viewer's own; admins everyone's or one user's. */
export async function usage(
  ctx: Context,
  args: { from?: Date | null; to?: Date | null; groupBy?: readonly UsageGroupBy[] | null; userId?: string | null },
): Promise<UsageRow[]> {
  const viewer = requireViewer(ctx);
  const admin = isAdmin(viewer);
  const groupBy: readonly UsageGroupBy[] = args.groupBy?.length ? args.groupBy : ["DAY"];
  if (groupBy.includes("USER") && !admin) throw new ValidationError("Only admins can group usage by user", "groupBy");
  if (args.userId && !can(viewer, "read", { ownerId: args.userId }))
    throw new ForbiddenError("Only admins can read another user's usage");
  if (args.from && args.to && args.from > args.to) throw new ValidationError("from must not be after to", "from");
  const ownerId = admin ? args.userId : viewer.id;
  return usageReport(
    ctx.db,
    { prices: ctx.config.PRICES, tiers: ctx.config.SERVICE_TIER_PRICE_FACTORS },
    { ownerId, from: args.from, to: args.to, groupBy },
  );
}

export const userOfRow = (ctx: Context, row: UsageRow) => (row.userId ? ctx.loaders.user.load(row.userId) : null);

export const models = (ctx: Context) =>
  catalogue().map((m) => ({ ...m, isDefault: m.id === ctx.config.DEFAULT_MODEL }));
