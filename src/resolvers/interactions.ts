import type { Context } from "../context.ts";
import type { Interaction, Prisma } from "../generated/prisma/client.ts";
import { NotFoundError, ValidationError } from "../infra/errors.ts";
import { checkTurn, createBody, type TurnInput, userContent } from "./turns.ts";
import { requireViewer } from "./viewer.ts";

export interface CreateInteractionInput extends TurnInput {
  previousInteractionId?: string | null;
}

/** An interaction the viewer may see, or null (foreign ids look like unknown ones). */
export async function findInteraction(ctx: Context, id: string): Promise<Interaction | null> {
  const row = await ctx.loaders.interaction.load(id);
  if (!row) return null;
  const viewer = requireViewer(ctx);
  return row.ownerId === viewer.id || viewer.role === "ADMIN" ? row : null;
}

export async function getInteraction(ctx: Context, id: string): Promise<Interaction> {
  const row = await findInteraction(ctx, id);
  if (!row) throw new NotFoundError("Interaction", id);
  return row;
}

/** A one-off interaction outside a conversation; answers when the run ends. */
export async function createInteraction(ctx: Context, input: CreateInteractionInput): Promise<Interaction> {
  const viewer = requireViewer(ctx);
  checkTurn(input, { requireModelOrAgent: true });
  const content = await userContent(ctx, input);
  const body = createBody(input, content);
  let parentId: string | null = null;
  if (input.previousInteractionId) {
    const previous = await getInteraction(ctx, input.previousInteractionId);
    if (!previous.remoteId || !previous.store) {
      throw new ValidationError(
        "previousInteractionId names an interaction upstream does not keep",
        "previousInteractionId",
      );
    }
    body.previous_interaction_id = previous.remoteId;
    parentId = previous.id;
  }
  const { input: sentInput, ...request } = body;
  const { id, done } = await ctx.engine.runs.start(body, {
    ownerId: viewer.id,
    parentId,
    model: input.model ?? null,
    agent: input.agent ?? null,
    background: body.background ?? false,
    store: body.store !== false,
    request: request as Prisma.InputJsonValue,
    input: sentInput as Prisma.InputJsonValue,
  });
  await done;
  return ctx.db.interaction.findUniqueOrThrow({ where: { id } });
}

export const parentOf = (ctx: Context, i: Interaction) =>
  i.parentId ? ctx.loaders.interaction.load(i.parentId) : null;
export const childrenOf = (ctx: Context, i: Interaction) => ctx.loaders.childrenOf.load(i.id);

const STATUSES = new Set([
  "QUEUED",
  "IN_PROGRESS",
  "REQUIRES_ACTION",
  "REQUIRES_CONTINUATION",
  "COMPLETED",
  "INCOMPLETE",
  "BUDGET_EXCEEDED",
  "FAILED",
  "CANCELLED",
]);
type Status =
  | "QUEUED"
  | "IN_PROGRESS"
  | "REQUIRES_ACTION"
  | "REQUIRES_CONTINUATION"
  | "COMPLETED"
  | "INCOMPLETE"
  | "BUDGET_EXCEEDED"
  | "FAILED"
  | "CANCELLED"
  | "UNKNOWN";

/** Upstream's snake_case status as the GraphQL enum. */
export function toStatus(status: string): Status {
  const upper = status.toUpperCase();
  return (STATUSES.has(upper) ? upper : "UNKNOWN") as Status;
}
export const statusOf = (i: Interaction) => toStatus(i.status);

export function errorOf(i: Interaction): { code: string; message: string } | null {
  const e = i.error as { code?: unknown; message?: unknown } | null;
  return e ? { code: String(e.code ?? "UNKNOWN"), message: String(e.message ?? "") } : null;
}
