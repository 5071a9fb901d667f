import { type Context, keyset, type PageArgs, page, reads, requireViewer } from "../context.ts";
import { readableBy } from "../engine/access/policy.ts";
import { activeInteractions } from "../engine/store/interactions.ts";

/**
 * Interactions still running (not yet recorded as ended), newest first:
 * the viewer's own; admins everyone's, or one user's with userId.
 */
export function activeRuns(ctx: Context, args: PageArgs & { userId?: string | null }) {
  const viewer = requireViewer(ctx);
  const where = { AND: [readableBy(viewer), args.userId ? { ownerId: args.userId } : {}] };
  return page(args, (take, afterId) => activeInteractions(reads(ctx), where, keyset(take, afterId)));
}
