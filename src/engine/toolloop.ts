import type { Json, JsonObject } from "../gemini/types.ts";
import type { Interaction } from "../generated/prisma/client.ts";
import type { Db } from "../infra/db.ts";
import { AppError } from "../infra/errors.ts";
import type { FunctionRegistry, FunctionResult } from "./functions/registry.ts";

/** One started interaction of a turn. */
export interface Round {
  id: string;
  done: Promise<void>;
}

export interface PendingCall {
  id: string;
  name: string;
  arguments: Json;
}

const isObj = (v: unknown): v is JsonObject => !!v && typeof v === "object" && !Array.isArray(v);

/** The function calls an interaction that ended in requires_action is waiting on. */
export function pendingCalls(steps: unknown): PendingCall[] {
  if (!Array.isArray(steps)) return [];
  return steps
    .filter((s): s is JsonObject => isObj(s) && s.type === "function_call" && typeof s.id === "string")
    .map((s) => ({ id: s.id as string, name: String(s.name ?? ""), arguments: s.arguments ?? {} }));
}

export interface ToolLoopDeps {
  db: Db;
  functions: FunctionRegistry;
  maxRounds: number;
}

/** Runs the calls of registered functions; calls of other (client) functions are left to the client. */
export function runServerCalls(deps: ToolLoopDeps, row: Interaction, calls: PendingCall[]): Promise<FunctionResult[]> {
  return Promise.all(
    calls
      .filter((c) => deps.functions.has(c.name))
      .map((c) => deps.functions.call(c.id, c.name, c.arguments, { ownerId: row.ownerId, db: deps.db })),
  );
}

/**
 * The tool loop. Yields the first round, then after each round that ends in
 * requires_action calling only server functions, runs them and yields the
 * next round (started by `next` with the results, chained to the previous
 * interaction). It stops when a round ends otherwise, when the client must
 * answer a call, or, past `maxRounds` rounds of calls, with TOOL_ROUND_LIMIT.
 */
export async function* toolRounds(
  deps: ToolLoopDeps,
  first: Round,
  next: (previous: Interaction, results: FunctionResult[]) => Promise<Round>,
  roundsSoFar = 0,
): AsyncGenerator<Round> {
  let round = first;
  let rounds = roundsSoFar;
  yield round;
  while (true) {
    await round.done;
    const row = await deps.db.interaction.findUniqueOrThrow({ where: { id: round.id } });
    if (row.status !== "requires_action") return;
    const calls = pendingCalls(row.steps);
    if (!calls.length || !calls.every((c) => deps.functions.has(c.name))) return;
    rounds += 1;
    if (rounds > deps.maxRounds) {
      const message = `The model kept calling functions: stopped after ${deps.maxRounds} rounds`;
      await deps.db.interaction.update({
        where: { id: row.id },
        data: { error: { code: "TOOL_ROUND_LIMIT", message } },
      });
      throw new AppError("TOOL_ROUND_LIMIT", message, { interactionId: row.id });
    }
    round = await next(row, await runServerCalls(deps, row, calls));
    yield round;
  }
}
