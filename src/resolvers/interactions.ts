import { type Context, firstOf, requireViewer } from "../context.ts";
import { assertCan, visible } from "../engine/access/policy.ts";
import { RUN_NOT_STOPPED } from "../engine/runs/runs.ts";
import { readError, type StoredError } from "../engine/store/columns.ts";
import { createBody, textOf } from "../engine/turns/index.ts";
import { checkClientMessageId, checkTurn, fromGraphQL, type TurnArgs, userContent } from "../engine/turns/input.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "../infra/errors.ts";
import { INTERACTION_STATUSES } from "../infra/statuses.ts";

export interface CreateInteractionInput extends TurnArgs {
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
  return ctx.engine.runs.interaction(id);
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
export async function createInteraction(ctx: Context, args: CreateInteractionInput): Promise<Interaction> {
  const viewer = requireViewer(ctx);
  const input = fromGraphQL(args);
  checkTurn(input, { requireModelOrAgent: true, limits: ctx.config });
  const { content, fetchInputs } = await userContent(ctx, input);
  const body = createBody(input, content, ctx.engine.functions);
  const parent = input.previousInteractionId ? await getInteraction(ctx, input.previousInteractionId) : null;
  if (parent && (!parent.remoteId || !parent.store))
    throw new ValidationError(
      "previousInteractionId names an interaction upstream does not keep",
      "previousInteractionId",
    );
  const inputText = textOf(content);
  const key = { ownerId: viewer.id, clientMessageId: checkClientMessageId(input.clientMessageId) };
  const turn = { ...key, body, userInput: content, inputText, parent, logger: ctx.logger, fetchInputs };
  return ctx.engine.turns.settle(key, () => ctx.engine.turns.start(turn));
}

/** Stops a running interaction wherever it runs; a finished one is returned as it is. */
export async function cancelInteraction(ctx: Context, id: string): Promise<Interaction> {
  const row = await getInteraction(ctx, id);
  if (row.completedAt) return row;
  const ended = await ctx.engine.cancel(id);
  if (!ended) throw new NotFoundError("Interaction", id);
  if (!ended.completedAt) throw new ConflictError(RUN_NOT_STOPPED);
  return ended;
}

export const parentOf = (ctx: Context, i: Interaction) =>
  i.parentId ? ctx.loaders.interaction.load(i.parentId) : null;
export const childrenOf = async (ctx: Context, i: Interaction, first?: number | null) =>
  firstOf(await ctx.loaders.childrenOf.load(i.id), first);

export { INTERACTION_STATUSES };

type Status = (typeof INTERACTION_STATUSES)[number];
const STATUSES = new Set<string>(INTERACTION_STATUSES);

/** Upstream's snake_case status as the GraphQL enum. */
export function toStatus(status: string): Status {
  const upper = status.toUpperCase();
  return (STATUSES.has(upper) ? upper : "UNKNOWN") as Status;
}
export const statusOf = (i: Interaction) => toStatus(i.status);

export const errorOf = (i: Interaction): StoredError | null => readError(i.error);
