import { type Context, requireViewer } from "../context.ts";
import { assertCan } from "../engine/access/policy.ts";
import type { ServerFunction } from "../engine/functions/registry.ts";
import type { ClientResult, TurnHandle } from "../engine/turns/index.ts";
import { checkClientMessageId } from "../engine/turns/input.ts";
import type { Interaction } from "../generated/prisma/client.ts";

export type FunctionResultInput = ClientResult;

/** The answers to a round's function calls, and the client's id for this send. */
export interface SubmitFunctionResultsInput {
  interactionId: string | number;
  results: FunctionResultInput[];
  clientMessageId?: string | null;
}

/**
 * The client answers the function calls of an interaction that ended in
 * REQUIRES_ACTION; the engine checks them against the pending calls and
 * continues the turn to its end.
 */
export async function startFunctionResults(ctx: Context, input: SubmitFunctionResultsInput): Promise<TurnHandle> {
  const viewer = requireViewer(ctx);
  const interactionId = String(input.interactionId);
  const row = assertCan(
    viewer,
    "write",
    await ctx.loaders.interaction.load(interactionId),
    "Interaction",
    interactionId,
  );
  const key = { ownerId: viewer.id, clientMessageId: checkClientMessageId(input.clientMessageId) };
  return ctx.engine.turns.answer(row, input.results, key);
}

export const submitFunctionResults = async (ctx: Context, input: SubmitFunctionResultsInput): Promise<Interaction> =>
  (await startFunctionResults(ctx, input)).settled;

export const listServerFunctions = (ctx: Context) => ctx.engine.functions.list();
export const parametersOf = (ctx: Context, f: ServerFunction) =>
  ctx.engine.functions.declaration(f.name)?.parameters ?? null;
