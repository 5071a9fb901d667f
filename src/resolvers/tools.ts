import { type Context, requireViewer } from "../context.ts";
import { assertCan } from "../engine/access/policy.ts";
import { type Fetches, mediaPart, runFetches } from "../engine/files/parts.ts";
import type { ServerFunction } from "../engine/functions/registry.ts";
import type { ClientResult, TurnHandle } from "../engine/turns/index.ts";
import { type ContentInput, checkClientMessageId } from "../engine/turns/input.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import { ValidationError } from "../infra/errors.ts";

/** A function result as GraphQL delivers it: the screenshot is still a ContentInput. */
export type FunctionResultInput = Omit<ClientResult, "screenshot"> & { screenshot?: ContentInput | null };

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
  // A screenshot given by URL is fetched here: answering a call is part of a turn already admitted.
  const fetches: Fetches = [];
  const results = await Promise.all(
    input.results.map(async (r, i): Promise<ClientResult> => {
      if (!r.screenshot) return { ...r, screenshot: null };
      if (r.screenshot.text) throw new ValidationError("screenshot must be an image", `results.${i}.screenshot`);
      return { ...r, screenshot: await mediaPart(ctx, r.screenshot, fetches) };
    }),
  );
  await runFetches(fetches);
  return ctx.engine.turns.answer(row, results, key);
}

export const submitFunctionResults = async (ctx: Context, input: SubmitFunctionResultsInput): Promise<Interaction> =>
  (await startFunctionResults(ctx, input)).settled;

export const listServerFunctions = (ctx: Context) => ctx.engine.functions.list();
export const parametersOf = (ctx: Context, f: ServerFunction) =>
  ctx.engine.functions.declaration(f.name)?.parameters ?? null;
