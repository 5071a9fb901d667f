import { type Context, requireViewer } from "../context.ts";
import { can, isAdmin } from "../engine/access/policy.ts";
import { catalogue } from "../gemini/models.ts";

export { CAPABILITIES } from "../gemini/models.ts";

import { Prisma } from "../generated/prisma/client.ts";
import { ForbiddenError, ValidationError } from "../infra/errors.ts";

export type UsageGroupBy = "DAY" | "MODEL" | "USER";

export interface UsageRow {
  /** The group's values joined with " / " in groupBy order (the single value when grouping by one key). */
  key: string;
  day: string | null;
  model: string | null;
  userId: string | null;
  interactions: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  thoughtTokens: number;
  cachedTokens: number;
  totalTokens: number;
  ttftP50Ms: number | null;
  ttftP95Ms: number | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  costUsd: number;
}

// Whitelisted SQL for each grouping: nothing from the client reaches the query text.
const GROUP_SQL: Record<UsageGroupBy, Prisma.Sql> = {
  DAY: Prisma.sql`to_char(date_trunc('day', i."createdAt"), 'YYYY-MM-DD')`,
  MODEL: Prisma.sql`COALESCE(i."model", i."agent", 'unknown')`,
  USER: Prisma.sql`i."ownerId"`,
};
const ORDER: UsageGroupBy[] = ["DAY", "MODEL", "USER"];

type Raw = {
  day: string | null;
  model: string | null;
  userId: string | null;
  n: bigint;
  errors: bigint;
  i: bigint | null;
  o: bigint | null;
  th: bigint | null;
  c: bigint | null;
  t: bigint | null;
  ttft50: number | null;
  ttft95: number | null;
  lat50: number | null;
  lat95: number | null;
  cost: number | null;
};

/** The configured price table as SQL rows (model, input, output, cached) in USD per million tokens. */
function priceRows(ctx: Context): Prisma.Sql {
  const rows = Object.entries(ctx.config.PRICES).map(
    ([model, p]) =>
      Prisma.sql`SELECT ${model}::text AS model, ${p.input}::float8 AS input, ${p.output}::float8 AS output, ${p.cached ?? p.input}::float8 AS cached`,
  );
  return rows.length
    ? Prisma.join(rows, " UNION ALL ")
    : Prisma.sql`SELECT NULL::text AS model, 0::float8 AS input, 0::float8 AS output, 0::float8 AS cached WHERE FALSE`;
}

/**
 * Usage summed per group: any mix of DAY (UTC), MODEL and USER. Requests,
 * errors, tokens, time-to-first-token and latency percentiles (p50/p95 over
 * interactions that recorded them) and estimated cost from the PRICES table:
 * (input − cached) × input + cached × cached + (output + thought) × output,
 * per million tokens. The viewer's own; admins everyone's or one user's.
 */
export async function usage(
  ctx: Context,
  args: { from?: Date | null; to?: Date | null; groupBy?: readonly UsageGroupBy[] | null; userId?: string | null },
): Promise<UsageRow[]> {
  const viewer = requireViewer(ctx);
  const admin = isAdmin(viewer);
  const groupBy = ORDER.filter((g) => (args.groupBy?.length ? args.groupBy : ["DAY"]).includes(g));
  if (groupBy.includes("USER") && !admin) throw new ValidationError("Only admins can group usage by user", "groupBy");
  if (args.userId && !can(viewer, "read", { ownerId: args.userId }))
    throw new ForbiddenError("Only admins can read another user's usage");
  if (args.from && args.to && args.from > args.to) throw new ValidationError("from must not be after to", "from");
  const ownerId = admin ? args.userId : viewer.id;
  const conditions = [
    ownerId ? Prisma.sql`i."ownerId" = ${ownerId}` : Prisma.sql`TRUE`,
    args.from ? Prisma.sql`i."createdAt" >= ${args.from}` : Prisma.sql`TRUE`,
    args.to ? Prisma.sql`i."createdAt" < ${args.to}` : Prisma.sql`TRUE`,
  ];
  const col = (g: UsageGroupBy, name: string) =>
    groupBy.includes(g)
      ? Prisma.sql`${GROUP_SQL[g]} AS ${Prisma.raw(`"${name}"`)}`
      : Prisma.sql`NULL::text AS ${Prisma.raw(`"${name}"`)}`;
  // Output columns 1-3 are day, model, userId: group and order by the positions of the chosen ones.
  const keys = groupBy.map((g) => Prisma.raw(String(ORDER.indexOf(g) + 1)));
  const rows = await ctx.db.$queryRaw<Raw[]>`
    WITH price AS (${priceRows(ctx)})
    SELECT ${col("DAY", "day")}, ${col("MODEL", "model")}, ${col("USER", "userId")},
      COUNT(*) AS n,
      COUNT(*) FILTER (WHERE i."status" = 'failed' OR i."error" IS NOT NULL) AS errors,
      SUM(i."inputTokens") AS i, SUM(i."outputTokens") AS o, SUM(i."thoughtTokens") AS th,
      SUM(i."cachedTokens") AS c, SUM(i."totalTokens") AS t,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY i."ttftMs") AS ttft50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY i."ttftMs") AS ttft95,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY i."latencyMs") AS lat50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY i."latencyMs") AS lat95,
      SUM(((i."inputTokens" - i."cachedTokens") * COALESCE(p.input, 0) + i."cachedTokens" * COALESCE(p.cached, 0)
          + (i."outputTokens" + i."thoughtTokens") * COALESCE(p.output, 0)) / 1000000.0) AS cost
    FROM "Interaction" i LEFT JOIN price p ON p.model = i."model"
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY ${Prisma.join(keys, ", ")} ORDER BY ${Prisma.join(keys, ", ")}`;
  return rows.map((r) => ({
    key: groupBy.map((g) => (g === "DAY" ? r.day : g === "MODEL" ? r.model : r.userId)).join(" / "),
    day: r.day,
    model: r.model,
    userId: r.userId,
    interactions: Number(r.n),
    errors: Number(r.errors),
    inputTokens: Number(r.i ?? 0),
    outputTokens: Number(r.o ?? 0),
    thoughtTokens: Number(r.th ?? 0),
    cachedTokens: Number(r.c ?? 0),
    totalTokens: Number(r.t ?? 0),
    ttftP50Ms: r.ttft50 === null ? null : Number(r.ttft50),
    ttftP95Ms: r.ttft95 === null ? null : Number(r.ttft95),
    latencyP50Ms: r.lat50 === null ? null : Number(r.lat50),
    latencyP95Ms: r.lat95 === null ? null : Number(r.lat95),
    costUsd: Number(r.cost ?? 0),
  }));
}

export const userOfRow = (ctx: Context, row: UsageRow) => (row.userId ? ctx.loaders.user.load(row.userId) : null);

export const models = (ctx: Context) =>
  catalogue().map((m) => ({ ...m, isDefault: m.id === ctx.config.DEFAULT_MODEL }));
