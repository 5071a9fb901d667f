import { type Context, keyset, type PageArgs, page, requireViewer } from "../context.ts";
import { readableBy, visible } from "../engine/access/policy.ts";
import { readScheduleSettings } from "../engine/store/columns.ts";
import { type GraphQLTool, toolsFromGraphQL } from "../engine/turns/grounding.ts";
import { checkTurn, type TurnInput, userContent } from "../engine/turns/input.ts";
import type { Job, Schedule, ScheduleRun } from "../generated/prisma/client.ts";
import { NotFoundError } from "../infra/errors.ts";

/** Schedules: a turn run as a background job of the viewer at each tick of a cron rule. */

export interface ScheduleArgs extends Pick<TurnInput, "model" | "agent" | "text" | "parts" | "agentConfig"> {
  tools?: GraphQLTool[] | null;
  name: string;
  cron: string;
  timeZone: string;
  maxConsecutiveFailures?: number | null;
}

export interface ScheduleChangeArgs {
  name?: string | null;
  cron?: string | null;
  timeZone?: string | null;
  maxConsecutiveFailures?: number | null;
}

/** A schedule the viewer may see (admins: all), or null: another user's looks like an unknown id. */
export async function findSchedule(ctx: Context, id: string): Promise<Schedule | null> {
  return visible(requireViewer(ctx), await ctx.db.schedule.findUnique({ where: { id } }));
}

/** The viewer's schedules, newest first (admins: everyone's). */
export function listSchedules(ctx: Context, args: PageArgs) {
  const where = readableBy(requireViewer(ctx));
  return page(args, (take, afterId) =>
    ctx.db.schedule.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...keyset(take, afterId) }),
  );
}

/** The ticks of a schedule the viewer may see, newest first; NOT_FOUND for one they may not. */
export async function scheduleRuns(ctx: Context, id: string, args: PageArgs) {
  const schedule = await findSchedule(ctx, id);
  if (!schedule) throw new NotFoundError("Schedule", id);
  return page(args, (take, afterId) =>
    ctx.db.scheduleRun.findMany({
      where: { scheduleId: schedule.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...keyset(take, afterId),
    }),
  );
}

export async function createSchedule(ctx: Context, args: ScheduleArgs): Promise<Schedule> {
  const input = { ...args, tools: toolsFromGraphQL(args.tools) };
  const viewer = requireViewer(ctx);
  checkTurn(input, { requireModelOrAgent: true, limits: ctx.config });
  const { name, cron, timeZone, maxConsecutiveFailures, text: _text, parts: _parts, ...turn } = input;
  // A schedule stores its content once: URL parts are fetched now, not at every occurrence.
  const { content, fetchInputs } = await userContent(ctx, input);
  await fetchInputs?.();
  return ctx.engine.schedules.create(viewer, { name, cron, timeZone, maxConsecutiveFailures, settings: turn, content });
}

export const updateSchedule = (ctx: Context, id: string, input: ScheduleChangeArgs) =>
  ctx.engine.schedules.update(requireViewer(ctx), id, {
    name: input.name ?? undefined,
    cron: input.cron ?? undefined,
    timeZone: input.timeZone ?? undefined,
    maxConsecutiveFailures: input.maxConsecutiveFailures,
  });

export const deleteSchedule = (ctx: Context, id: string) => ctx.engine.schedules.remove(requireViewer(ctx), id);
export const pauseSchedule = (ctx: Context, id: string) => ctx.engine.schedules.pause(requireViewer(ctx), id);
export const resumeSchedule = (ctx: Context, id: string) => ctx.engine.schedules.resume(requireViewer(ctx), id);
export const runScheduleNow = (ctx: Context, id: string): Promise<Job> =>
  ctx.engine.schedules.runNow(requireViewer(ctx), id);

/** The last tick (null before the first). */
export const lastRunOf = (ctx: Context, s: Schedule): Promise<ScheduleRun | null> =>
  ctx.db.scheduleRun.findFirst({ where: { scheduleId: s.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

export const jobOfRun = (ctx: Context, run: ScheduleRun) => (run.jobId ? ctx.loaders.job.load(run.jobId) : null);

/** What each tick sends: its model or agent, and its text. */
export const turnOf = (s: Schedule) => {
  const settings = readScheduleSettings(s.settings);
  return { model: settings.model ?? null, agent: settings.agent ?? null, text: s.inputText };
};
