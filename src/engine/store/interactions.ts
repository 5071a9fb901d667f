import type { Interaction, Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import type { Runs } from "../runs/runs.ts";

/**
 * Reads of interaction rows from the request path. A starting run writes its row up to
 * OPEN_DELAY_MS after its stream opened (write-behind), so every read here first has the
 * rows it may name written (Runs.writePending / Runs.readWritten): by id, or by conversation.
 */
export interface ReadDeps {
  db: Db;
  /** Absent for readers without runs of their own (tools, tests): rows are read as stored. */
  runs?: Pick<Runs, "readWritten" | "writePending" | "writeAllPending">;
}

/** Interactions by id, rows of runs still behind their stream included (any order, missing ids left out). */
export function interactionsById(deps: ReadDeps, ids: readonly string[]): Promise<Interaction[]> {
  const read = (some: string[]) => deps.db.interaction.findMany({ where: { id: { in: some } } });
  return deps.runs ? deps.runs.readWritten(ids, read) : read([...ids]);
}

/** Writes the pending rows of runs that touch these ids (interactions or conversations) before a read by them. */
const written = async (deps: ReadDeps, ids: readonly string[]) => {
  await deps.runs?.writePending(ids);
};

/** The interactions chained after each parent in creation order (ties by id: a stable order, documented). */
export async function childrenOf(deps: ReadDeps, parentIds: readonly string[]): Promise<Interaction[]> {
  await written(deps, parentIds);
  return deps.db.interaction.findMany({
    where: { parentId: { in: [...parentIds] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** Every interaction of these conversations, all branches, oldest first. */
export async function ofConversations(deps: ReadDeps, conversationIds: readonly string[]): Promise<Interaction[]> {
  await written(deps, conversationIds);
  return deps.db.interaction.findMany({
    where: { conversationId: { in: [...conversationIds] } },
    orderBy: { createdAt: "asc" },
  });
}

/** The later tool rounds of a turn outside any conversation, in order. */
export async function roundsOf(deps: ReadDeps, turnId: string): Promise<Interaction[]> {
  await written(deps, [turnId]);
  return deps.db.interaction.findMany({ where: { turnId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** Prisma's keyset arguments: `take` rows after the row `afterId`. */
export interface Keyset {
  take: number;
  skip?: number;
  cursor?: { id: string };
}

/**
 * Interactions still running (not yet recorded as ended), newest first, within `where` (the caller's
 * access rule). The rows of runs behind their stream are written first: a run is listed from its first event.
 */
export async function activeInteractions(deps: ReadDeps, where: Prisma.InteractionWhereInput, keyset: Keyset) {
  await deps.runs?.writeAllPending();
  return deps.db.interaction.findMany({
    where: { AND: [where], completedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...keyset,
  });
}

/** What decides who may read an interaction's inline media, and the media itself. */
export async function mediaOf(deps: ReadDeps, id: string) {
  await written(deps, [id]);
  return deps.db.interaction.findUnique({ where: { id }, select: { ownerId: true, steps: true, input: true } });
}

export interface UsageTotals {
  requests: number;
  inputTokens: number;
  outputTokens: number;
  thoughtTokens: number;
  cachedTokens: number;
  totalTokens: number;
}

/** All-time usage per owner, in the order of `ownerIds` (zeros for an owner without interactions). */
export async function usageTotals(deps: ReadDeps, ownerIds: readonly string[]): Promise<UsageTotals[]> {
  const rows = await deps.db.interaction.groupBy({
    by: ["ownerId"],
    where: { ownerId: { in: [...ownerIds] } },
    _count: { _all: true },
    _sum: { inputTokens: true, outputTokens: true, thoughtTokens: true, cachedTokens: true, totalTokens: true },
  });
  return ownerIds.map((id) => {
    const r = rows.find((row) => row.ownerId === id);
    return {
      requests: r?._count._all ?? 0,
      inputTokens: r?._sum.inputTokens ?? 0,
      outputTokens: r?._sum.outputTokens ?? 0,
      thoughtTokens: r?._sum.thoughtTokens ?? 0,
      cachedTokens: r?._sum.cachedTokens ?? 0,
      totalTokens: r?._sum.totalTokens ?? 0,
    };
  });
}

/** Conversations by id, the rows of conversations a starting run creates included. */
export function conversationsById(deps: ReadDeps, ids: readonly string[]) {
  const read = (some: string[]) => deps.db.conversation.findMany({ where: { id: { in: some } } });
  return deps.runs ? deps.runs.readWritten(ids, read) : read([...ids]);
}
