import DataLoader from "dataloader";
import type { Loaders, UsageTotals } from "../context.ts";
import type { Db } from "../infra/db.ts";

/** Rows in the order of the keys asked for, null where none matched. */
const inKeyOrder = <R>(keys: readonly string[], rows: R[], key: (r: R) => string) => {
  const byKey = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
};

/** Reads rows by id once the rows of runs still behind their stream are written (Runs.readWritten). */
export type ReadWritten = <R extends { id: string }>(
  ids: readonly string[],
  read: (ids: string[]) => Promise<R[]>,
) => Promise<R[]>;

/** Batches row reads of one request: N parents or children cost one query. */
export function createLoaders(db: Db, readWritten: ReadWritten = (ids, read) => read([...ids])): Loaders {
  return {
    interaction: new DataLoader(async (ids) =>
      inKeyOrder(
        ids,
        await readWritten(ids, (some) => db.interaction.findMany({ where: { id: { in: some } } })),
        (r) => r.id,
      ),
    ),
    childrenOf: new DataLoader(async (ids) => {
      const rows = await db.interaction.findMany({
        where: { parentId: { in: [...ids] } },
        orderBy: { createdAt: "asc" },
      });
      return ids.map((id) => rows.filter((r) => r.parentId === id));
    }),
    conversation: new DataLoader(async (ids) =>
      inKeyOrder(
        ids,
        await readWritten(ids, (some) => db.conversation.findMany({ where: { id: { in: some } } })),
        (r) => r.id,
      ),
    ),
    conversationInteractions: new DataLoader(async (ids) => {
      const rows = await db.interaction.findMany({
        where: { conversationId: { in: [...ids] } },
        orderBy: { createdAt: "asc" },
      });
      return ids.map((id) => rows.filter((r) => r.conversationId === id));
    }),
    job: new DataLoader(async (ids) =>
      inKeyOrder(ids, await db.job.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
    ),
    user: new DataLoader(async (ids) =>
      inKeyOrder(ids, await db.user.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
    ),
    usageTotals: new DataLoader(async (ids) => {
      const rows = await db.interaction.groupBy({
        by: ["ownerId"],
        where: { ownerId: { in: [...ids] } },
        _count: { _all: true },
        _sum: { inputTokens: true, outputTokens: true, thoughtTokens: true, cachedTokens: true, totalTokens: true },
      });
      return ids.map((id): UsageTotals => {
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
    }),
    jobOf: new DataLoader(async (ids) =>
      inKeyOrder(ids, await db.job.findMany({ where: { interactionId: { in: [...ids] } } }), (r) => r.interactionId),
    ),
  };
}
