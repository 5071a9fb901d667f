import { isGone } from "../../gemini/errors.ts";
import { type CreateBody, isObj, type Json, type JsonObject } from "../../gemini/types.ts";
import type { Interaction } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { ValidationError } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import { readInput, readSteps } from "../store/columns.ts";

/** The user side of a stored turn as timeline steps: Content[] becomes one user_input step; Step[] (function results) stays. */
export function userSteps(input: Json): JsonObject[] {
  const items = Array.isArray(input) ? input.filter(isObj) : [];
  if (!items.length) return [];
  const isSteps = items.every((i) => typeof i.type === "string" && (i.type === "user_input" || i.type.includes("_")));
  return isSteps ? items : [{ type: "user_input", content: items }];
}

/** The user side of a turn, if it was a user message (not function results): what regenerate and edit start from. */
export function userMessage(row: Pick<Interaction, "input">): JsonObject[] {
  const input = readInput(row.input);
  if (!input.length || input.some((c) => typeof c.type !== "string" || c.type.includes("_"))) {
    throw new ValidationError(
      "Only user messages can be edited or regenerated; this turn holds function results",
      "interactionId",
    );
  }
  return input;
}

/** Root-first path of turns ending at `leafId`, from rows already loaded (no query per turn). */
export function branchOf<T extends Pick<Interaction, "id" | "parentId">>(rows: T[], leafId: string): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const path: T[] = [];
  const seen = new Set<string>();
  for (let cur = byId.get(leafId); cur && !seen.has(cur.id); cur = cur.parentId ? byId.get(cur.parentId) : undefined) {
    seen.add(cur.id);
    path.unshift(cur);
  }
  return path;
}

/**
 * The explicit timeline of a branch, as upstream's stateless form expects:
 * each turn's user steps, then every step the model produced exactly as
 * received (thought signatures included, which upstream needs to continue a
 * reasoning chain). Used when upstream lost the chain and for store:false.
 */
export async function branchTimeline(db: Db, leafId: string): Promise<JsonObject[]> {
  const leaf = await db.interaction.findUniqueOrThrow({ where: { id: leafId }, select: { conversationId: true } });
  const rows = leaf.conversationId
    ? await db.interaction.findMany({
        where: { conversationId: leaf.conversationId },
        select: { id: true, parentId: true, input: true, steps: true },
      })
    : await ancestors(db, leafId);
  return branchOf(rows, leafId).flatMap((turn) => [
    ...userSteps(readInput(turn.input)),
    ...readSteps(turn.steps).filter((s) => s.type !== "user_input"),
  ]);
}

/** Outside a conversation, chained one-off interactions: walk parents one query each (short chains). */
async function ancestors(db: Db, leafId: string) {
  const out: { id: string; parentId: string | null; input: Json; steps: Json }[] = [];
  for (let id: string | null = leafId; id; ) {
    const row: { id: string; parentId: string | null; input: unknown; steps: unknown } | null =
      await db.interaction.findUnique({
        where: { id },
        select: { id: true, parentId: true, input: true, steps: true },
      });
    if (!row) break;
    out.push(row as { id: string; parentId: string | null; input: Json; steps: Json });
    id = row.parentId;
  }
  return out;
}

/**
 * Sends a create upstream; when upstream no longer has the previous
 * interaction (expired or deleted: 404), sends the branch's history as an
 * explicit timeline instead, so the user sees a normal reply. Answers with
 * what was finally sent.
 */
export async function sendChained<T>(
  body: CreateBody,
  rebuild: (() => Promise<Json>) | undefined,
  send: (body: CreateBody) => Promise<T>,
  logger: Logger,
): Promise<{ sent: CreateBody; result: T }> {
  try {
    return { sent: body, result: await send(body) };
  } catch (err) {
    if (!(isGone(err) && body.previous_interaction_id && rebuild)) throw err;
    logger.info("previous interaction gone upstream; replaying the branch from the database", {
      remoteId: body.previous_interaction_id,
    });
    const { previous_interaction_id: _gone, ...rest } = body;
    const sent = { ...rest, input: await rebuild() };
    return { sent, result: await send(sent) };
  }
}
