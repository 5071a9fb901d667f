import { type Context, keyset, type PageArgs, page, requireViewer } from "../context.ts";
import { isAdmin, readableBy, visible } from "../engine/access/policy.ts";
import type { Topics } from "../engine/events/types.ts";
import { ALL_OWNERS, isFinished, type JobStatus } from "../engine/jobs/index.ts";
import type { Interaction, Job, Prisma } from "../generated/prisma/client.ts";
import { NotFoundError } from "../infra/errors.ts";
import { Inbox } from "../infra/pubsub.ts";
import { jobState, jobStatusesIn } from "../infra/statuses.ts";

/** A job the viewer may see, or null (foreign ids look like unknown ones). */
export async function findJob(ctx: Context, id: string): Promise<Job | null> {
  return visible(requireViewer(ctx), await ctx.loaders.job.load(id));
}

async function getJob(ctx: Context, id: string): Promise<Job> {
  const job = await findJob(ctx, id);
  if (!job) throw new NotFoundError("Job", id);
  return job;
}

/** Read past the request's cache: jobs change while a client watches them. */
function fresh(ctx: Context, id: string): Promise<Job | null> {
  ctx.loaders.job.clear(id);
  return findJob(ctx, id);
}

/** The job after a published update: one read per update in this process, shared by its subscribers. */
async function updated(ctx: Context, update: { id: string; v?: string }): Promise<Job | null> {
  // Its interaction comes along: the subscription's selection usually asks for it, once per subscriber.
  const read = () => ctx.db.job.findUnique({ where: { id: update.id }, include: { interaction: true } });
  return visible(
    requireViewer(ctx),
    await (update.v ? ctx.engine.shared.once(`job:${update.id}:${update.v}`, read) : read()),
  );
}

/** The viewer's jobs, newest first; admins see every user's. */
export function listJobs(
  ctx: Context,
  args: PageArgs & { status?: readonly JobStatus[] | null; state?: readonly string[] | null; userId?: string | null },
) {
  const viewer = requireViewer(ctx);
  // userId narrows what the viewer may read anyway: another user's id gives an empty list to a non-admin.
  const readable = readableBy(viewer);
  // A state no job has (REQUIRES_ACTION...) maps to no status: the list is then empty, not unfiltered.
  const inStates = args.state?.length ? jobStatusesIn(args.state) : null;
  const where: Prisma.JobWhereInput = {
    AND: [readable, args.userId ? { ownerId: args.userId } : {}, inStates ? { status: { in: inStates } } : {}],
    ...(args.status?.length ? { status: { in: [...args.status] } } : {}),
  };
  return page(args, (take, afterId) =>
    ctx.db.job.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...keyset(take, afterId) }),
  );
}

/** Cancels a queued or running job, upstream too; answers once its interaction recorded the end (see Engine.cancel). */
export async function cancelJob(ctx: Context, id: string): Promise<Job> {
  const job = await getJob(ctx, id);
  await ctx.engine.cancel(job.interactionId);
  return ctx.db.job.findUniqueOrThrow({ where: { id: job.id } });
}

/** Runs a failed job again (CONFLICT for any other status). */
export async function retryJob(ctx: Context, id: string): Promise<Job> {
  const job = await getJob(ctx, id);
  await ctx.engine.jobs.retry(job.id);
  return ctx.db.job.findUniqueOrThrow({ where: { id: job.id } });
}

export async function interactionOf(ctx: Context, job: Job & { interaction?: Interaction }): Promise<Interaction> {
  // Read with the job for a published update (shared by its subscribers).
  if (job.interaction) return job.interaction;
  const row = await ctx.loaders.interaction.clear(job.interactionId).load(job.interactionId);
  if (!row) throw new NotFoundError("Interaction", job.interactionId);
  return row;
}

export const jobOf = (ctx: Context, i: Interaction) => (i.background ? ctx.loaders.jobOf.clear(i.id).load(i.id) : null);

export const statusOf = (job: Job) => job.status as JobStatus;

export const stateOf = (job: Job) => jobState(statusOf(job));

/** One owner's (or every owner's) job updates off the bus: most job subscriptions sit idle, held by this alone. */
const jobInbox = (ctx: Context, topic: string) =>
  new Inbox<Topics["job"][1]>((inbox) => ctx.engine.pubsub.listen("job", topic, inbox));

/**
 * One job's updates (its state now, then every change; ends once it is
 * finished), or, without an id, every change to a job the viewer may see.
 * Each update reads the row (once per update, whatever the number of
 * subscribers), so the selection and access rules apply.
 */
export async function* jobUpdates(ctx: Context, id?: string | null): AsyncGenerator<Job> {
  const viewer = requireViewer(ctx);
  if (!id) {
    const topic = isAdmin(viewer) ? ALL_OWNERS : viewer.id;
    for await (const update of jobInbox(ctx, topic)) {
      const job = await updated(ctx, update);
      if (job) yield job;
    }
    return;
  }
  const job = await getJob(ctx, id);
  // Subscribed before the first read, so no change between the two is missed.
  const updates = jobInbox(ctx, job.ownerId);
  try {
    let last = await fresh(ctx, id);
    if (!last) return;
    yield last;
    while (!isFinished(last.status)) {
      const next = await updates.next();
      if (next.done) return;
      if (next.value.id !== id) continue;
      const now = await updated(ctx, next.value);
      if (!now) return;
      if (now.status !== last.status || now.attempts !== last.attempts || now.lastError !== last.lastError) yield now;
      last = now;
    }
  } finally {
    await updates.return?.();
  }
}
