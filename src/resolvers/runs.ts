import type { Context } from "../context.ts";
import { readableBy } from "../engine/access/policy.ts";
import { keyset, type PageArgs, page } from "./paging.ts";
import { requireViewer } from "./viewer.ts";

/**
 * Interactions still running (not yet recorded as ended), newest first:
 * the viewer's own; admins everyone's, or one user's with userId.
 */
export function activeRuns(ctx: Context, args: PageArgs & { userId?: string | null }) {
  const viewer = requireViewer(ctx);
  return page(args, (take, afterId) =>
    ctx.db.interaction.findMany({
      where: { AND: [readableBy(viewer), args.userId ? { ownerId: args.userId } : {}], completedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...keyset(take, afterId),
    }),
  );
}
