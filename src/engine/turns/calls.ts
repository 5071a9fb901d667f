import { isObj, type Json, type JsonObject } from "../../gemini/types.ts";
import type { Interaction } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { ConflictError, ValidationError } from "../../infra/errors.ts";
import type { FunctionRegistry, FunctionResult } from "../functions/registry.ts";
import { readInput, readSteps } from "../store/columns.ts";
import { resultFor } from "./computer.ts";
import type { ClientResult } from "./types.ts";

export interface PendingCall {
  id: string;
  name: string;
  arguments: Json;
}

/** The function calls an interaction that ended in requires_action is waiting on. */
export function pendingCalls(steps: unknown): PendingCall[] {
  if (!Array.isArray(steps)) return [];
  return steps
    .filter((s): s is JsonObject => isObj(s) && s.type === "function_call" && typeof s.id === "string")
    .map((s) => ({ id: s.id as string, name: String(s.name ?? ""), arguments: s.arguments ?? {} }));
}

/** How long the tool loop waits for one server function before the model is told it timed out. */
export const SERVER_CALL_DEADLINE_MS = 30_000;

/**
 * Runs the calls of registered functions; calls of other (client) functions
 * are left to the client. A handler that hangs would hold its turn for ever:
 * past `deadlineMs` its call answers with an error the model can read (the
 * handler is not stopped, its late result is dropped).
 */
export function runServerCalls(
  deps: { db: Db; functions: FunctionRegistry; callDeadlineMs?: number },
  row: Pick<Interaction, "ownerId">,
  calls: PendingCall[],
): Promise<FunctionResult[]> {
  const ms = deps.callDeadlineMs ?? SERVER_CALL_DEADLINE_MS;
  return Promise.all(
    calls
      .filter((c) => deps.functions.has(c.name))
      .map(async (c) => {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<FunctionResult>((resolve) => {
          timer = setTimeout(() => {
            const result = { error: `${c.name} did not answer within ${ms} ms` };
            resolve({ type: "function_result", call_id: c.id, name: c.name, result, is_error: true });
          }, ms);
        });
        const call = deps.functions.call(c.id, c.name, c.arguments, { ownerId: row.ownerId, db: deps.db });
        return Promise.race([call, late]).finally(() => clearTimeout(timer));
      }),
  );
}

/** How many rounds of function calls led to this interaction (for the round limit). */
export async function roundsBefore(db: Db, row: Interaction): Promise<number> {
  let rounds = 0;
  for (let cur: Interaction | null = row; cur?.parentId; rounds++) {
    const input = readInput(cur.input);
    if (!input.some((i) => i.type === "function_result")) break;
    cur = await db.interaction.findUnique({ where: { id: cur.parentId } });
  }
  return rounds;
}

/**
 * The client's answers to a round that ended in requires_action, checked
 * against the calls it is waiting on: each known call answered at most once,
 * every call of a client function answered. Calls of server functions the
 * client left out come back as `unanswered` for the server to run.
 */
export async function checkResults(
  db: Db,
  functions: FunctionRegistry,
  row: Interaction,
  results: ClientResult[],
): Promise<{ calls: PendingCall[]; fromClient: FunctionResult[]; unanswered: PendingCall[] }> {
  if (row.status !== "requires_action")
    throw new ConflictError(`The interaction is ${row.status}, not waiting for function results`);
  if (await db.interaction.findFirst({ where: { parentId: row.id }, select: { id: true } })) {
    throw new ConflictError("These function calls were already answered");
  }
  const calls = pendingCalls(readSteps(row.steps));
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
  const clientOwed = unanswered.filter((c) => !functions.has(c.name));
  if (clientOwed.length)
    throw new ValidationError(
      `Missing results for calls: ${clientOwed.map((c) => `${c.id} (${c.name})`).join(", ")}`,
      "results",
    );
  const fromClient: FunctionResult[] = results.map((r, i) => {
    const call = byId.get(r.callId);
    return {
      type: "function_result",
      call_id: r.callId,
      name: r.name ?? call?.name ?? "",
      ...resultFor({ id: r.callId, arguments: call?.arguments ?? {} }, r, i),
    };
  });
  return { calls, fromClient, unanswered };
}
