import type { Context } from "../context.ts";
import { assertCan } from "../engine/access.ts";
import type { ServerFunction } from "../engine/functions/registry.ts";
import type { ClientResult } from "../engine/turns/index.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import { requireViewer } from "./viewer.ts";

export type FunctionResultInput = ClientResult;

/**
 * The client answers the function calls of an interaction that ended in
 * REQUIRES_ACTION; the engine checks them against the pending calls and
 * continues the turn to its end.
 */
export async function submitFunctionResults(
  ctx: Context,
  interactionId: string,
  results: FunctionResultInput[],
): Promise<Interaction> {
  const viewer = requireViewer(ctx);
  const row = assertCan(
    viewer,
    "write",
    await ctx.loaders.interaction.load(interactionId),
    "Interaction",
    interactionId,
  );
  return ctx.engine.turns.answer(row, results, viewer.id);
}

export const listServerFunctions = (ctx: Context) => ctx.engine.functions.list();
export const parametersOf = (ctx: Context, f: ServerFunction) =>
  ctx.engine.functions.declaration(f.name)?.parameters ?? null;
