import { type Context, requireViewer } from "../context.ts";
import { assertCan, visible } from "../engine/access/policy.ts";
import { readError, type StoredError } from "../engine/store/columns.ts";
import { createBody, textOf } from "../engine/turns/index.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "../infra/errors.ts";
import { checkClientMessageId, checkTurn, type TurnInput, userContent } from "./turns.ts";

export interface CreateInteractionInput extends TurnInput {
  previousInteractionId?: string | null;
}

/** An interaction the viewer may see, or null (foreign ids look like unknown ones). */
export async function findInteraction(ctx: Context, id: string): Promise<Interaction | null> {
  return visible(requireViewer(ctx), await ctx.loaders.interaction.load(id));
}

/**
 * The row as an event of its run left it: one read per event in this process,
 * shared by every subscriber that resolves it (the access check stays per viewer).
 */
export async function interactionAt(ctx: Context, e: { interactionId: string; seq: number }): Promise<Interaction> {
  // A selection that asks for the row on a run's first events has it written now.
  const row = await ctx.engine.shared.once(`interaction:${e.interactionId}:${e.seq}`, () =>
    readInteraction(ctx, e.interactionId),
  );
  return assertCan(requireViewer(ctx), "read", row, "Interaction", e.interactionId);
}

/**
 * An interaction a subscription is about to follow: one read however many
 * subscribers start following it at once (a fan-out), for the fields that do
 * not change while it runs (owner, turn, background).
 */
export async function interactionToFollow(ctx: Context, id: string): Promise<Interaction> {
  // A miss is not shared (a failed read is not kept): the row may be written a moment later.
  const read = async () => {
    const row = await readInteraction(ctx, id);
    if (!row) throw new NotFoundError("Interaction", id);
    return row;
  };
  return assertCan(requireViewer(ctx), "read", await ctx.engine.shared.once(`follow:${id}`, read), "Interaction", id);
}

/**
 * An interaction's row read afresh (not through the request's loader), once
 * a row its run has not written yet is written (see Runs.readWritten).
 */
export async function readInteraction(ctx: Context, id: string): Promise<Interaction | null> {
  const [row] = await ctx.engine.runs.readWritten([id], (ids) =>
    ctx.db.interaction.findMany({ where: { id: { in: ids } } }),
  );
  return row ?? null;
}

/** An event's conversation: known without a read for a run this process started. */
export async function conversationIdOf(
  ctx: Context,
  e: { interactionId: string; seq: number },
): Promise<string | null> {
  const known = ctx.engine.runs.conversationOf(e.interactionId);
  return known !== undefined ? known : (await interactionAt(ctx, e)).conversationId;
}

export async function getInteraction(ctx: Context, id: string): Promise<Interaction> {
  return assertCan(requireViewer(ctx), "read", await ctx.loaders.interaction.load(id), "Interaction", id);
}

/** A one-off interaction outside a conversation, chained to `previousInteractionId`; answers when the turn settles. */
export async function createInteraction(ctx: Context, input: CreateInteractionInput): Promise<Interaction> {
  const viewer = requireViewer(ctx);
  checkTurn(input, { requireModelOrAgent: true, limits: ctx.config });
  const content = await userContent(ctx, input);
  const body = createBody(input, content, ctx.engine.functions);
  const parent = input.previousInteractionId ? await getInteraction(ctx, input.previousInteractionId) : null;
  if (parent && (!parent.remoteId || !parent.store))
    throw new ValidationError(
      "previousInteractionId names an interaction upstream does not keep",
      "previousInteractionId",
    );
  const inputText = textOf(content);
  const key = { ownerId: viewer.id, clientMessageId: checkClientMessageId(input.clientMessageId) };
  const turn = { ...key, body, userInput: content, inputText, parent, logger: ctx.logger };
  return ctx.engine.turns.settle(key, () => ctx.engine.turns.start(turn));
}

/** Stops a running interaction wherever it runs; a finished one is returned as it is. */
export async function cancelInteraction(ctx: Context, id: string): Promise<Interaction> {
  const row = await getInteraction(ctx, id);
  if (row.completedAt) return row;
  // A background interaction is its job's: cancelling the job also covers one still queued.
  const job = row.background
    ? await ctx.db.job.findUnique({ where: { interactionId: id }, select: { id: true } })
    : null;
  if (job) await ctx.engine.jobs.cancel(job.id);
  else await ctx.engine.runs.cancel(id);
  const ended = await waitForEnd(ctx, id);
  if (!ended) throw new ConflictError("The run did not stop within 15 s; it may be owned by a process that is down");
  return ended;
}

/** Another process may own a run: polls until the interaction's end is recorded, or null after `ms`. */
export async function waitForEnd(ctx: Context, id: string, ms = 15_000): Promise<Interaction | null> {
  for (let waited = 0; waited < ms; waited += 50) {
    const row = await ctx.db.interaction.findUnique({ where: { id } });
    if (!row || row.completedAt) return row;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

export const parentOf = (ctx: Context, i: Interaction) =>
  i.parentId ? ctx.loaders.interaction.load(i.parentId) : null;
export const childrenOf = (ctx: Context, i: Interaction) => ctx.loaders.childrenOf.load(i.id);

export const INTERACTION_STATUSES = [
  "QUEUED",
  "IN_PROGRESS",
  "REQUIRES_ACTION",
  "REQUIRES_CONTINUATION",
  "COMPLETED",
  "INCOMPLETE",
  "BUDGET_EXCEEDED",
  "FAILED",
  "CANCELLED",
  "UNKNOWN",
] as const;
type Status = (typeof INTERACTION_STATUSES)[number];
const STATUSES = new Set<string>(INTERACTION_STATUSES);

/** Upstream's snake_case status as the GraphQL enum. */
export function toStatus(status: string): Status {
  const upper = status.toUpperCase();
  return (STATUSES.has(upper) ? upper : "UNKNOWN") as Status;
}
export const statusOf = (i: Interaction) => toStatus(i.status);

export const errorOf = (i: Interaction): StoredError | null => readError(i.error);
