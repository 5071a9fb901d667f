import type { User } from "../../generated/prisma/client.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { Config } from "../../infra/config.ts";
import type { Db } from "../../infra/db.ts";
import { type AccountDeps, setUserQuota } from "../access/accounts.ts";
import { SERVICE_TIERS, type ServiceTier } from "../turns/controls.ts";
import { effectiveLimits, LIMIT_NAMES, parseOverrides, type QuotaLimits, type QuotaOverrides } from "./limits.ts";

/** The configured price table: USD per million tokens per model. */
export type Prices = Config["PRICES"];
/** What each service tier's usage costs relative to its price-table price. */
export type TierFactors = Config["SERVICE_TIER_PRICE_FACTORS"];

export type UsageGroupBy = "DAY" | "MODEL" | "USER" | "SERVICE_TIER";

export interface UsageRow {
  /** The group's values joined with " / " in groupBy order (the single value when grouping by one key). */
  key: string;
  day: string | null;
  model: string | null;
  userId: string | null;
  serviceTier: ServiceTier | null;
  interactions: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  thoughtTokens: number;
  cachedTokens: number;
  totalTokens: number;
  toolUseTokens: number;
  ttftP50Ms: number | null;
  ttftP95Ms: number | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  costUsd: number;
}

// A request that names no tier (or one this server does not know) ran at upstream's default.
const TIER_SQL = Prisma.sql`CASE WHEN i."request"->>'service_tier' IN (${Prisma.join([...SERVICE_TIERS])})
  THEN i."request"->>'service_tier' ELSE 'standard' END`;
// Whitelisted SQL for each grouping: nothing from the client reaches the query text.
const GROUP_SQL: Record<UsageGroupBy, Prisma.Sql> = {
  DAY: Prisma.sql`to_char(date_trunc('day', i."createdAt"), 'YYYY-MM-DD')`,
  MODEL: Prisma.sql`COALESCE(i."model", i."agent", 'unknown')`,
  USER: Prisma.sql`i."ownerId"`,
  SERVICE_TIER: TIER_SQL,
};
const ORDER: UsageGroupBy[] = ["DAY", "MODEL", "USER", "SERVICE_TIER"];
const isTier = (v: string | null): v is ServiceTier => SERVICE_TIERS.some((t) => t === v);

type Raw = {
  day: string | null;
  model: string | null;
  userId: string | null;
  tier: string | null;
  n: bigint;
  errors: bigint;
  i: bigint | null;
  o: bigint | null;
  th: bigint | null;
  c: bigint | null;
  t: bigint | null;
  tu: bigint | null;
  ttft50: number | null;
  ttft95: number | null;
  lat50: number | null;
  lat95: number | null;
  cost: number | null;
};

/** SQL rows of literals, or `empty` (a typed row selected WHERE FALSE) when there are none. */
const sqlRows = (rows: Prisma.Sql[], empty: Prisma.Sql) =>
  rows.length ? Prisma.join(rows, " UNION ALL ") : Prisma.sql`${empty} WHERE FALSE`;

/** The configured price table as SQL rows (model, input, output, cached) in USD per million tokens. */
function priceRows(prices: Prices): Prisma.Sql {
  const rows = Object.entries(prices).map(
    ([model, p]) =>
      Prisma.sql`SELECT ${model}::text AS model, ${p.input}::float8 AS input, ${p.output}::float8 AS output, ${p.cached ?? p.input}::float8 AS cached`,
  );
  return sqlRows(
    rows,
    Prisma.sql`SELECT NULL::text AS model, 0::float8 AS input, 0::float8 AS output, 0::float8 AS cached`,
  );
}

/**
 * A modality's prices as differences from its model's: what each token of that
 * modality costs on top of the model-wide price the totals are already charged at.
 * A cached token is counted in both the input and the cached breakdown, so its
 * difference takes the input difference back out.
 */
function modalityRows(prices: Prices): Prisma.Sql {
  const rows = Object.entries(prices).flatMap(([model, p]) =>
    Object.entries(p.modalities ?? {}).map(([modality, m]) => {
      const cached = p.cached ?? p.input;
      const dIn = (m.input ?? p.input) - p.input;
      const dCached = (m.cached ?? cached) - cached - dIn;
      const dOut = (m.output ?? p.output) - p.output;
      return Prisma.sql`SELECT ${model}::text AS model, ${modality}::text AS modality, ${dIn}::float8 AS d_in, ${dCached}::float8 AS d_cached, ${dOut}::float8 AS d_out`;
    }),
  );
  return sqlRows(
    rows,
    Prisma.sql`SELECT NULL::text AS model, NULL::text AS modality, 0::float8 AS d_in, 0::float8 AS d_cached, 0::float8 AS d_out`,
  );
}

const tierRows = (factors: TierFactors) =>
  sqlRows(
    SERVICE_TIERS.map(
      (t) => Prisma.sql`SELECT ${t}::text AS tier, ${factors[t] ?? factors.standard ?? 1}::float8 AS factor`,
    ),
    Prisma.sql`SELECT NULL::text AS tier, 1::float8 AS factor`,
  );

/** Tokens of one breakdown (`input_tokens_by_modality`...) times its modality's price difference (`d_in`...). */
const modalityExtra = (breakdown: string, diff: "d_in" | "d_cached" | "d_out") => Prisma.sql`COALESCE((
    SELECT SUM((e->>'tokens')::float8 * m.${Prisma.raw(diff)})
    FROM jsonb_array_elements(COALESCE(i."usageByModality"->${breakdown}, '[]'::jsonb)) e
    JOIN modality_price m ON m.model = i."model" AND m.modality = e->>'modality'), 0)`;

/** One interaction's estimated cost in USD (see usageReport). */
const COST_SQL = Prisma.sql`((i."inputTokens" - i."cachedTokens") * COALESCE(p.input, 0) + i."cachedTokens" * COALESCE(p.cached, 0)
    + (i."outputTokens" + i."thoughtTokens") * COALESCE(p.output, 0) + i."toolUseTokens" * COALESCE(p.input, 0)
    + ${modalityExtra("input_tokens_by_modality", "d_in")} + ${modalityExtra("cached_tokens_by_modality", "d_cached")}
    + ${modalityExtra("output_tokens_by_modality", "d_out")} + ${modalityExtra("tool_use_tokens_by_modality", "d_in")}
  ) * tf.factor / 1000000.0`;

export interface UsageQuery {
  /** Only this owner's interactions (undefined: everyone's). */
  ownerId?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** Which keys to group by (at least one; put in DAY, MODEL, USER order here). */
  groupBy: readonly UsageGroupBy[];
}

/**
 * Usage summed per group: any mix of DAY (UTC), MODEL, USER and SERVICE_TIER.
 * Requests, errors, tokens, time-to-first-token and latency percentiles
 * (p50/p95 over interactions that recorded them) and estimated cost from the
 * price table: (input − cached) × input + cached × cached + (output + thought)
 * × output + tool use × input, per million tokens, each modality at its own
 * price where the table gives one, times the service tier's factor.
 */
export async function usageReport(
  db: Db,
  pricing: { prices: Prices; tiers: TierFactors },
  q: UsageQuery,
): Promise<UsageRow[]> {
  const groupBy = ORDER.filter((g) => q.groupBy.includes(g));
  const conditions = [
    q.ownerId ? Prisma.sql`i."ownerId" = ${q.ownerId}` : Prisma.sql`TRUE`,
    q.from ? Prisma.sql`i."createdAt" >= ${q.from}` : Prisma.sql`TRUE`,
    q.to ? Prisma.sql`i."createdAt" < ${q.to}` : Prisma.sql`TRUE`,
  ];
  const col = (g: UsageGroupBy, name: string) =>
    groupBy.includes(g)
      ? Prisma.sql`${GROUP_SQL[g]} AS ${Prisma.raw(`"${name}"`)}`
      : Prisma.sql`NULL::text AS ${Prisma.raw(`"${name}"`)}`;
  // Output columns 1-4 are day, model, userId, tier: group and order by the positions of the chosen ones.
  const keys = groupBy.map((g) => Prisma.raw(String(ORDER.indexOf(g) + 1)));
  const rows = await db.$queryRaw<Raw[]>`
    WITH price AS (${priceRows(pricing.prices)}), modality_price AS (${modalityRows(pricing.prices)}),
      tier_factor AS (${tierRows(pricing.tiers)})
    SELECT ${col("DAY", "day")}, ${col("MODEL", "model")}, ${col("USER", "userId")}, ${col("SERVICE_TIER", "tier")},
      COUNT(*) AS n,
      COUNT(*) FILTER (WHERE i."status" = 'failed' OR i."error" IS NOT NULL) AS errors,
      SUM(i."inputTokens") AS i, SUM(i."outputTokens") AS o, SUM(i."thoughtTokens") AS th,
      SUM(i."cachedTokens") AS c, SUM(i."totalTokens") AS t, SUM(i."toolUseTokens") AS tu,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY i."ttftMs") AS ttft50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY i."ttftMs") AS ttft95,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY i."latencyMs") AS lat50,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY i."latencyMs") AS lat95,
      SUM(${COST_SQL}) AS cost
    FROM "Interaction" i LEFT JOIN price p ON p.model = i."model" JOIN tier_factor tf ON tf.tier = ${TIER_SQL}
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY ${Prisma.join(keys, ", ")} ORDER BY ${Prisma.join(keys, ", ")}`;
  return rows.map((r) => ({
    key: groupBy.map((g) => ({ DAY: r.day, MODEL: r.model, USER: r.userId, SERVICE_TIER: r.tier })[g]).join(" / "),
    day: r.day,
    model: r.model,
    userId: r.userId,
    serviceTier: isTier(r.tier) ? r.tier : null,
    interactions: Number(r.n),
    errors: Number(r.errors),
    inputTokens: Number(r.i ?? 0),
    outputTokens: Number(r.o ?? 0),
    thoughtTokens: Number(r.th ?? 0),
    cachedTokens: Number(r.c ?? 0),
    totalTokens: Number(r.t ?? 0),
    toolUseTokens: Number(r.tu ?? 0),
    ttftP50Ms: r.ttft50 === null ? null : Number(r.ttft50),
    ttftP95Ms: r.ttft95 === null ? null : Number(r.ttft95),
    latencyP50Ms: r.lat50 === null ? null : Number(r.lat50),
    latencyP95Ms: r.lat95 === null ? null : Number(r.lat95),
    costUsd: Number(r.cost ?? 0),
  }));
}

export interface QuotaView extends QuotaLimits {
  /** Which limits are this user's own (the rest are the config defaults). */
  overridden: string[];
}

/** The limits that apply to a user now (read from the row: no query per user in a list). */
export function quotaView(defaults: QuotaLimits, user: Pick<User, "quota">): QuotaView {
  const overrides = parseOverrides(user.quota);
  return {
    ...effectiveLimits(defaults, overrides),
    overridden: LIMIT_NAMES.filter((n) => typeof overrides[n] === "number"),
  };
}

/** A user's stored overrides after a change: a field left out keeps its override, null drops it (back to the default). */
function mergeOverrides(stored: unknown, change: QuotaOverrides): Record<string, number> {
  const merged: Record<string, number> = {};
  const current = parseOverrides(stored);
  for (const name of LIMIT_NAMES) {
    const v = name in change ? change[name] : current[name];
    if (typeof v === "number") merged[name] = v;
  }
  return merged;
}

/**
 * Sets a user's own limits: a field left out keeps its current override,
 * null goes back to the config default, 0 means no limit. Audited as `actorId`'s.
 */
export const setQuotaOverrides = (deps: AccountDeps, actorId: string, user: User, change: QuotaOverrides) =>
  setUserQuota(deps, actorId, user, mergeOverrides(user.quota, change));
