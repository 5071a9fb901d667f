import DataLoader from "dataloader";
import type { Loaders } from "../context.ts";
import type { Db } from "../infra/db.ts";

/** Rows in the order of the keys asked for, null where none matched. */
const inKeyOrder = <R>(keys: readonly string[], rows: R[], key: (r: R) => string) => {
  const byKey = new Map(rows.map((r) => [key(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
};

/** Batches row reads of one request: N parents or children cost one query. */
export function createLoaders(db: Db): Loaders {
  return {
    interaction: new DataLoader(async (ids) =>
      inKeyOrder(ids, await db.interaction.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
    ),
    childrenOf: new DataLoader(async (ids) => {
      const rows = await db.interaction.findMany({
        where: { parentId: { in: [...ids] } },
        orderBy: { createdAt: "asc" },
      });
      return ids.map((id) => rows.filter((r) => r.parentId === id));
    }),
    conversation: new DataLoader(async (ids) =>
      inKeyOrder(ids, await db.conversation.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
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
    jobOf: new DataLoader(async (ids) =>
      inKeyOrder(ids, await db.job.findMany({ where: { interactionId: { in: [...ids] } } }), (r) => r.interactionId),
    ),
  };
}
