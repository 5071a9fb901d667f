import { CronExpressionParser } from "cron-parser";
import { ValidationError } from "../../infra/errors.ts";

/**
 * When a schedule fires: a cron expression read in an IANA time zone. The
 * parser is cron-parser, the one BullMQ's job schedulers use, so the embedded
 * timer and the scale-out schedulers agree on every occurrence.
 *
 * Daylight saving time, as cron-parser resolves it (test/schedules.test.ts):
 * a local time the spring-forward gap skips (02:30 in Europe/Berlin on the
 * last Sunday of March) runs once, an hour later (03:30 local); a local time
 * the fall-back repeats (02:30 on the last Sunday of October) runs once, at
 * its first occurrence (summer time).
 */
export interface CronRule {
  cron: string;
  timeZone: string;
}

/** Gaps sampled to find the shortest: enough to see "every minute from 8 to 9" after a day's wait. */
const SAMPLED_GAPS = 64;

/** An IANA time zone name the runtime knows ("UTC" included); VALIDATION_ERROR on `timeZone` otherwise. */
export function checkTimeZone(timeZone: string): string {
  try {
    // Throws a RangeError for a name the runtime's tz database does not have.
    new Intl.DateTimeFormat("en-US", { timeZone }).format(0);
  } catch {
    throw new ValidationError(
      `timeZone must be an IANA time zone such as Europe/Berlin; got "${timeZone}"`,
      "timeZone",
    );
  }
  return timeZone;
}

/** The first occurrence strictly after `from`. */
export function nextRun(rule: CronRule, from: Date): Date {
  return CronExpressionParser.parse(rule.cron, { currentDate: from, tz: rule.timeZone }).next().toDate();
}

/**
 * Validates a rule: a cron expression that parses, in a known time zone, whose
 * occurrences are never closer than `minIntervalMs` (SCHEDULE_MIN_INTERVAL_MS).
 */
export function checkCron(rule: CronRule, minIntervalMs: number, from = new Date()): void {
  checkTimeZone(rule.timeZone);
  const cron = rule.cron.trim();
  if (!cron || cron.length > 200) throw new ValidationError("cron must be 1 to 200 characters", "cron");
  let times: Date[];
  try {
    const expr = CronExpressionParser.parse(cron, { currentDate: from, tz: rule.timeZone, strict: false });
    times = Array.from({ length: SAMPLED_GAPS + 1 }, () => expr.next().toDate());
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ValidationError(`cron is not a valid cron expression: ${why}`, "cron");
  }
  let shortest = Number.POSITIVE_INFINITY;
  for (let i = 1; i < times.length; i++)
    shortest = Math.min(shortest, (times[i]?.getTime() ?? 0) - (times[i - 1]?.getTime() ?? 0));
  if (shortest < minIntervalMs)
    throw new ValidationError(
      `cron fires every ${shortest / 1000} s; schedules run at most every ${minIntervalMs / 1000} s (SCHEDULE_MIN_INTERVAL_MS)`,
      "cron",
    );
}
