import { builder } from "../builder.ts";
import type { Schedule as Row, ScheduleRun as RunRow } from "../generated/prisma/client.ts";
import * as schedules from "../resolvers/schedules.ts";
import { ContentInput } from "./content.ts";
import { ToolInput } from "./interaction.ts";
import { Job } from "./job.ts";

export const ScheduleState = builder.enumType("ScheduleState", {
  values: ["ACTIVE", "PAUSED"] as const,
  description: "PAUSED: by its owner, after maxConsecutiveFailures, or because its owner was disabled",
});

export const ScheduleRun = builder.objectRef<RunRow>("ScheduleRun").implement({
  description: "One tick of a schedule (or a runScheduleNow): the job it started, or why none was started",
  fields: (t) => ({
    id: t.exposeID("id"),
    scheduledFor: t.field({
      type: "DateTime",
      description: "The occurrence of the cron rule (the moment runScheduleNow was called, for a manual run)",
      resolve: (r) => r.scheduledFor,
    }),
    manual: t.exposeBoolean("manual", { description: "Started by runScheduleNow" }),
    job: t.field({
      type: Job,
      nullable: true,
      description: "The background job it started; null when it was refused (see errorCode) or the job was deleted",
      resolve: (r, _a, ctx) => schedules.jobOfRun(ctx, r),
    }),
    errorCode: t.exposeString("errorCode", {
      nullable: true,
      description: "Why no job was started (QUOTA_EXCEEDED, VALIDATION_ERROR, FORBIDDEN...)",
    }),
    error: t.exposeString("error", { nullable: true }),
    createdAt: t.field({ type: "DateTime", resolve: (r) => r.createdAt }),
  }),
});

export const Schedule = builder.objectRef<Row>("Schedule").implement({
  description: "A turn started as a background job of its owner at every occurrence of a cron rule in a time zone",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    cron: t.exposeString("cron", { description: "Five fields (or six, with seconds first), read in timeZone" }),
    timeZone: t.exposeString("timeZone", { description: "IANA time zone, e.g. Europe/Berlin" }),
    state: t.field({ type: ScheduleState, resolve: (s) => (s.state === "PAUSED" ? "PAUSED" : "ACTIVE") }),
    pausedReason: t.exposeString("pausedReason", {
      nullable: true,
      description: "Why the server paused it (failures, owner disabled); null when its owner did",
    }),
    nextRunAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The next tick; null while paused",
      resolve: (s) => s.nextRunAt,
    }),
    lastRun: t.field({
      type: ScheduleRun,
      nullable: true,
      resolve: (s, _a, ctx) => schedules.lastRunOf(ctx, s),
    }),
    model: t.string({ nullable: true, resolve: (s) => schedules.turnOf(s).model }),
    agent: t.string({ nullable: true, resolve: (s) => schedules.turnOf(s).agent }),
    text: t.string({
      nullable: true,
      description: "The text each tick sends",
      resolve: (s) => schedules.turnOf(s).text,
    }),
    maxConsecutiveFailures: t.exposeInt("maxConsecutiveFailures"),
    consecutiveFailures: t.exposeInt("consecutiveFailures", {
      description: "Failed ticks in a row (refused, or a failed job); a success clears it",
    }),
    createdAt: t.field({ type: "DateTime", resolve: (s) => s.createdAt }),
  }),
});

const CreateScheduleInput = builder.inputType("CreateScheduleInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "1 to 100 characters" }),
    cron: t.string({
      required: true,
      description: "A cron expression; occurrences closer than SCHEDULE_MIN_INTERVAL_MS are refused",
    }),
    timeZone: t.string({ required: true, description: "IANA time zone the cron rule is read in, e.g. Europe/Berlin" }),
    model: t.string({ description: "Exactly one of model / agent" }),
    agent: t.string({ description: "A built-in agent's id or a custom agent's" }),
    text: t.string({ description: "The user turn each tick sends: text, or parts, or both (text first)" }),
    parts: t.field({ type: [ContentInput] }),
    tools: t.field({ type: [ToolInput] }),
    agentConfig: t.field({ type: "JSON" }),
    maxConsecutiveFailures: t.int({
      description: "Failed ticks in a row after which it pauses (default SCHEDULE_MAX_CONSECUTIVE_FAILURES)",
    }),
  }),
});

const UpdateScheduleInput = builder.inputType("UpdateScheduleInput", {
  fields: (t) => ({
    name: t.string(),
    cron: t.string({ description: "A new rule takes effect from now" }),
    timeZone: t.string(),
    maxConsecutiveFailures: t.int(),
  }),
});

builder.queryFields((t) => ({
  schedule: t.field({
    type: Schedule,
    nullable: true,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => schedules.findSchedule(ctx, String(id)),
  }),
  schedules: t.connection(
    {
      type: Schedule,
      description: "The viewer's schedules, newest first; admins see every user's",
      authScopes: { user: true },
      resolve: (_r, args, ctx) => schedules.listSchedules(ctx, args),
    },
    { name: "ScheduleConnection" },
    { name: "ScheduleEdge" },
  ),
  scheduleRuns: t.connection(
    {
      type: ScheduleRun,
      description: "A schedule's ticks, newest first, each with the job it started",
      authScopes: { user: true },
      args: { id: t.arg.id({ required: true }) },
      resolve: (_r, { id, ...args }, ctx) => schedules.scheduleRuns(ctx, String(id), args),
    },
    { name: "ScheduleRunConnection" },
    { name: "ScheduleRunEdge" },
  ),
}));

builder.mutationFields((t) => ({
  createSchedule: t.field({
    type: Schedule,
    authScopes: { user: true },
    args: { input: t.arg({ type: CreateScheduleInput, required: true }) },
    resolve: (_r, { input }, ctx) => schedules.createSchedule(ctx, input),
  }),
  updateSchedule: t.field({
    type: Schedule,
    authScopes: { user: true },
    description: "Your own schedule (admins: anyone's); another user's is NOT_FOUND",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateScheduleInput, required: true }) },
    resolve: (_r, { id, input }, ctx) => schedules.updateSchedule(ctx, String(id), input),
  }),
  deleteSchedule: t.field({
    type: Schedule,
    authScopes: { user: true },
    description: "Its runs go with it; the jobs they started stay",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => schedules.deleteSchedule(ctx, String(id)),
  }),
  pauseSchedule: t.field({
    type: Schedule,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => schedules.pauseSchedule(ctx, String(id)),
  }),
  resumeSchedule: t.field({
    type: Schedule,
    authScopes: { user: true },
    description: "Active again from now: ticks missed while paused are not made up; the failure count starts afresh",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => schedules.resumeSchedule(ctx, String(id)),
  }),
  runScheduleNow: t.field({
    type: Job,
    authScopes: { user: true },
    description: "Starts one run at once, outside the cron rule (paused schedules too); its refusal is the error",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => schedules.runScheduleNow(ctx, String(id)),
  }),
}));
