import type { CreateBody, Json, JsonObject } from "../../gemini/types.ts";
import type { Interaction } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { branchTimeline, userSteps } from "./history.ts";

/** What chaining needs to know about the turn a new turn follows. */
export type ChainParent = Pick<Interaction, "id" | "remoteId" | "store" | "status">;

/**
 * The one chaining rule: a turn continues upstream from its parent by
 * `previous_interaction_id` when upstream keeps the parent (it has an
 * upstream id, was stored, did not fail there) and the turn itself is stored;
 * otherwise the whole branch is sent as an explicit timeline.
 */
export function chainable(parent: ChainParent, body: Pick<CreateBody, "store">): boolean {
  return !!parent.remoteId && parent.store && parent.status !== "failed" && body.store !== false;
}

/**
 * The turn's whole history as upstream's stateless form expects it: the
 * parent's branch from the database, then this turn's own user steps (the
 * new message, or function results). Used when upstream lost the chain, and
 * for turns that cannot chain.
 */
export async function timeline(db: Db, parentId: string, userInput: Json): Promise<JsonObject[]> {
  return [...(await branchTimeline(db, parentId)), ...userSteps(userInput)];
}

/**
 * The create body of a turn chained to its parent, and how to rebuild its
 * history once should upstream answer that the parent is gone.
 */
export async function chain(
  db: Db,
  body: CreateBody,
  parent: ChainParent | null,
  userInput: JsonObject[],
): Promise<{ body: CreateBody; rebuild?: () => Promise<Json> }> {
  const { previous_interaction_id: _stale, ...unchained } = body;
  if (!parent) return { body: unchained };
  const rebuild = () => timeline(db, parent.id, userInput);
  if (chainable(parent, body)) {
    return { body: { ...unchained, previous_interaction_id: parent.remoteId as string }, rebuild };
  }
  return { body: { ...unchained, input: await rebuild() } };
}
