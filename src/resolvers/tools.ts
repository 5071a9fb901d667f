import type { Context } from "../context.ts";
import type { FunctionResult, ServerFunction } from "../engine/functions/registry.ts";
import { branchTimeline } from "../engine/history.ts";
import { pendingCalls, type Round, runServerCalls } from "../engine/toolloop.ts";
import type { CreateBody, Json, JsonObject } from "../gemini/types.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import { ConflictError, ValidationError } from "../infra/errors.ts";
import { getInteraction } from "./interactions.ts";
import { startTurn } from "./start-turn.ts";

export interface FunctionResultInput {
  callId: string;
  name?: string | null;
  result?: unknown;
  isError?: boolean | null;
}

/**
 * The next round of a turn: function results as input, chained to the
 * previous interaction, with the same per-turn parameters (upstream does not
 * carry tools or instructions over). For store:false the whole branch is sent.
 */
export async function continueWith(ctx: Context, previous: Interaction, results: JsonObject[]): Promise<Round> {
  const { previous_interaction_id: _stale, ...request } = previous.request as CreateBody;
  const body: CreateBody = { ...request, input: results };
  const rebuild = async () => [...(await branchTimeline(ctx.db, previous.id)), ...results];
  if (previous.store && previous.remoteId) body.previous_interaction_id = previous.remoteId;
  else body.input = await rebuild();
  const round = await startTurn(ctx, {
    body,
    userInput: results,
    conversationId: previous.conversationId,
    parentId: previous.id,
    rebuild: previous.store ? rebuild : undefined,
  });
  if (previous.conversationId)
    await ctx.db.conversation.update({ where: { id: previous.conversationId }, data: { headId: round.id } });
  return round;
}

/** Runs the tool loop from a started round to its end; answers with the last round's row. */
export async function untilSettled(ctx: Context, first: Round | Promise<Round>, roundsSoFar = 0): Promise<Interaction> {
  let last = await first;
  for await (const round of ctx.engine.toolRounds(
    last,
    (prev, results) => continueWith(ctx, prev, results),
    roundsSoFar,
  )) {
    last = round;
  }
  await last.done;
  return ctx.db.interaction.findUniqueOrThrow({ where: { id: last.id } });
}

/** How many rounds of function calls led to this interaction (for the round limit). */
async function roundsBefore(ctx: Context, row: Interaction): Promise<number> {
  let rounds = 0;
  for (let cur: Interaction | null = row; cur?.parentId; rounds++) {
    const input = Array.isArray(cur.input) ? (cur.input as JsonObject[]) : [];
    if (!input.some((i) => i.type === "function_result")) break;
    cur = await ctx.db.interaction.findUnique({ where: { id: cur.parentId } });
  }
  return rounds;
}

/**
 * The client answers the function calls of an interaction that ended in
 * REQUIRES_ACTION. Calls of server functions it leaves out are run by the
 * server; every other call must be answered exactly once.
 */
export async function submitFunctionResults(
  ctx: Context,
  interactionId: string,
  results: FunctionResultInput[],
): Promise<Interaction> {
  const row = await getInteraction(ctx, interactionId);
  if (row.status !== "requires_action")
    throw new ConflictError(`The interaction is ${row.status}, not waiting for function results`);
  if (await ctx.db.interaction.findFirst({ where: { parentId: row.id }, select: { id: true } })) {
    throw new ConflictError("These function calls were already answered");
  }
  const calls = pendingCalls(row.steps);
  const byId = new Map(calls.map((c) => [c.id, c]));
  const seen = new Set<string>();
  for (const [i, r] of results.entries()) {
    if (!byId.has(r.callId))
      throw new ValidationError(
        `results[${i}].callId ${JSON.stringify(r.callId)} matches no pending function call`,
        `results.${i}.callId`,
      );
    if (seen.has(r.callId))
      throw new ValidationError(`results[${i}] answers call ${r.callId} twice`, `results.${i}.callId`);
    seen.add(r.callId);
  }
  const unanswered = calls.filter((c) => !seen.has(c.id));
  const clientOwed = unanswered.filter((c) => !ctx.engine.functions.has(c.name));
  if (clientOwed.length)
    throw new ValidationError(
      `Missing results for calls: ${clientOwed.map((c) => `${c.id} (${c.name})`).join(", ")}`,
      "results",
    );
  const fromClient: FunctionResult[] = results.map((r) => ({
    type: "function_result",
    call_id: r.callId,
    name: r.name ?? byId.get(r.callId)?.name ?? "",
    result: (r.result ?? null) as Json,
    ...(r.isError ? { is_error: true } : {}),
  }));
  const fromServer = await runServerCalls(
    { db: ctx.db, functions: ctx.engine.functions, maxRounds: 0 },
    row,
    unanswered,
  );
  const ordered = calls.map((c) => [...fromClient, ...fromServer].find((r) => r.call_id === c.id) as FunctionResult);
  return untilSettled(ctx, continueWith(ctx, row, ordered), await roundsBefore(ctx, row));
}

export const listServerFunctions = (ctx: Context) => ctx.engine.functions.list();
export const parametersOf = (ctx: Context, f: ServerFunction) =>
  ctx.engine.functions.declaration(f.name)?.parameters ?? null;
