import { z } from "zod";

/**
 * The per-user limits. 0 means "no limit". Defaults come from config
 * (QUOTA_*); an admin may override any of them per user (setUserQuota),
 * stored in User.quota and parsed here, the one codec of that column.
 */
export const LIMIT_NAMES = ["requestsPerMinute", "tokensPerDay", "tokensPerMonth", "concurrentRuns"] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];
export type QuotaLimits = Record<LimitName, number>;

const limit = z.number().int().min(0).max(1_000_000_000_000);
const overridesSchema = z
  .object({
    requestsPerMinute: limit.nullish(),
    tokensPerDay: limit.nullish(),
    tokensPerMonth: limit.nullish(),
    concurrentRuns: limit.nullish(),
  })
  .strip();

export type QuotaOverrides = Partial<Record<LimitName, number | null>>;

/** The stored overrides; anything unreadable counts as no override (the defaults apply). */
export function parseOverrides(stored: unknown): QuotaOverrides {
  const parsed = overridesSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/** Overrides on top of the defaults; a null or absent override keeps the default. */
export function effectiveLimits(defaults: QuotaLimits, overrides: QuotaOverrides): QuotaLimits {
  const out = { ...defaults };
  for (const name of LIMIT_NAMES) {
    const v = overrides[name];
    if (typeof v === "number") out[name] = v;
  }
  return out;
}
