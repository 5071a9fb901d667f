import { builder } from "../builder.ts";
import type { Job as Row } from "../generated/prisma/client.ts";
import * as turns from "../resolvers/controls.ts";
import * as jobs from "../resolvers/jobs.ts";
import { Interaction, InteractionStatus, Usage } from "./interaction.ts";
import { Node } from "./node.ts";

export const JobStatus = builder.enumType("JobStatus", {
  values: ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"] as const,
});

export const Job = builder.objectRef<Row>("Job");
builder.objectType(Job, {
  description:
    "A background interaction followed to its end by the server: it survives restarts and, with Redis, moves to another process when its worker dies",
  interfaces: [Node],
  fields: (t) => ({
    id: t.exposeID("id"),
    interaction: t.field({
      type: Interaction,
      description: "Its steps fill in as the job progresses",
      resolve: (j, _a, ctx) => jobs.interactionOf(ctx, j),
    }),
    status: t.field({
      type: InteractionStatus,
      description:
        "As Interaction.status (the same type, so `node` can select both without aliases): QUEUED (waiting, or waiting to retry), IN_PROGRESS, then COMPLETED, FAILED or CANCELLED",
      resolve: (j) => jobs.stateOf(j),
    }),
    state: t.field({
      type: InteractionStatus,
      description: "The same as status (kept for clients written while status had its own vocabulary)",
      resolve: (j) => jobs.stateOf(j),
    }),
    jobStatus: t.field({
      type: JobStatus,
      description: "QUEUED (waiting, or waiting to retry), RUNNING, then SUCCEEDED, FAILED or CANCELLED",
      deprecationReason:
        "Use status: the vocabulary of Interaction.status (RUNNING is IN_PROGRESS, SUCCEEDED is COMPLETED). This was Job.status until it took Interaction.status's type",
      resolve: (j) => jobs.statusOf(j),
    }),
    usage: t.field({
      type: Usage,
      nullable: true,
      description: "Token counts of its interaction, as Interaction.usage (null until it ends)",
      resolve: async (j, _a, ctx) => turns.usageOf(await jobs.interactionOf(ctx, j)),
    }),
    attempts: t.exposeInt("attempts", { description: "Times a worker took it up (retries and recoveries included)" }),
    lastError: t.exposeString("lastError", { nullable: true, description: "Why the last attempt failed" }),
    createdAt: t.field({ type: "DateTime", resolve: (j) => j.createdAt }),
    updatedAt: t.field({ type: "DateTime", resolve: (j) => j.updatedAt }),
  }),
});

builder.objectField(Interaction, "job", (t) =>
  t.field({
    type: Job,
    nullable: true,
    description: "The job of a background interaction",
    resolve: (i, _a, ctx) => jobs.jobOf(ctx, i),
  }),
);

builder.queryFields((t) => ({
  job: t.field({
    type: Job,
    nullable: true,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => jobs.findJob(ctx, String(id)),
  }),
  jobs: t.connection(
    {
      type: Job,
      description:
        "The viewer's jobs, newest first; admins see every user's. state (or the deprecated status): any of these (a single value is a one-item list)",
      authScopes: { user: true },
      args: {
        state: t.arg({ type: [InteractionStatus], description: "Jobs in any of these states (as Job.state)" }),
        status: t.arg({ type: [JobStatus], deprecationReason: "Use state: the vocabulary of Interaction.status" }),
        userId: t.arg.id({ description: "Only this user's jobs (admins; for others only their own can match)" }),
      },
      resolve: (_r, args, ctx) =>
        jobs.listJobs(ctx, {
          ...args,
          userId: args.userId === null || args.userId === undefined ? null : String(args.userId),
        }),
    },
    { name: "JobConnection" },
    { name: "JobEdge" },
  ),
}));

builder.mutationFields((t) => ({
  cancelJob: t.field({
    type: Job,
    description: "Cancels a queued or running job, and its interaction upstream",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => jobs.cancelJob(ctx, String(id)),
  }),
  retryJob: t.field({
    type: Job,
    description: "Runs a failed job again (its interaction's record starts afresh); CONFLICT for other statuses",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => jobs.retryJob(ctx, String(id)),
  }),
}));

builder.subscriptionField("jobUpdates", (t) =>
  t.field({
    type: Job,
    description: "One job (its state now, then each change; ends when it finishes), or every job the viewer may see",
    authScopes: { user: true },
    args: { id: t.arg.id() },
    subscribe: (_r, { id }, ctx) => jobs.jobUpdates(ctx, id === null || id === undefined ? null : String(id)),
    resolve: (j: Row) => j,
  }),
);
