import type { Context } from "../context.ts";
import { isAdmin, readableBy } from "../engine/access.ts";
import { catalogue } from "../gemini/models.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { ValidationError } from "../infra/errors.ts";
import { requireViewer } from "./viewer.ts";

export type UsageGroupBy = "DAY" | "MODEL" | "USER";

export interface UsageRow {
  key: string;
  interactions: number;
  inputTokens: number;
  outputTokens: number;
  thoughtTokens: number;
  cachedTokens: number;
  totalTokens: number;
}

// Whitelisted SQL for each grouping: nothing from the client reaches the query text.
const GROUP_SQL: Record<UsageGroupBy, Prisma.Sql> = {
  DAY: Prisma.sql`to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD')`,
  MODEL: Prisma.sql`COALESCE("model", "agent", 'unknown')`,
  USER: Prisma.sql`"ownerId"`,
};

/** Token usage summed per day, model or user: the viewer's own, or everyone's for an admin. */
export async function usage(
  ctx: Context,
  args: { from?: Date | null; to?: Date | null; groupBy?: UsageGroupBy | null },
): Promise<UsageRow[]> {
  const viewer = requireViewer(ctx);
  const groupBy = args.groupBy ?? "DAY";
  if (groupBy === "USER" && !isAdmin(viewer))
    throw new ValidationError("Only admins can group usage by user", "groupBy");
  if (args.from && args.to && args.from > args.to) throw new ValidationError("from must not be after to", "from");
  const { ownerId } = readableBy(viewer);
  const conditions = [
    ownerId === undefined ? Prisma.sql`TRUE` : Prisma.sql`"ownerId" = ${ownerId}`,
    args.from ? Prisma.sql`"createdAt" >= ${args.from}` : Prisma.sql`TRUE`,
    args.to ? Prisma.sql`"createdAt" < ${args.to}` : Prisma.sql`TRUE`,
  ];
  const key = GROUP_SQL[groupBy];
  const rows = await ctx.db.$queryRaw<
    { key: string; n: bigint; i: bigint; o: bigint; th: bigint; c: bigint; t: bigint }[]
  >`
    SELECT ${key} AS key, COUNT(*) AS n, SUM("inputTokens") AS i, SUM("outputTokens") AS o,
           SUM("thoughtTokens") AS th, SUM("cachedTokens") AS c, SUM("totalTokens") AS t
    FROM "Interaction" WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({
    key: r.key,
    interactions: Number(r.n),
    inputTokens: Number(r.i),
    outputTokens: Number(r.o),
    thoughtTokens: Number(r.th),
    cachedTokens: Number(r.c),
    totalTokens: Number(r.t),
  }));
}

export const models = (ctx: Context) =>
  catalogue().map((m) => ({ ...m, isDefault: m.id === ctx.config.DEFAULT_MODEL }));
