import DataLoader from "dataloader";
import type { Loaders } from "../context.ts";
import type { Db } from "../infra/db.ts";

/** Batches row reads of one request: N parents or children cost one query. */
export function createLoaders(db: Db): Loaders {
  return {
    interaction: new DataLoader(async (ids) => {
      const rows = await db.interaction.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    childrenOf: new DataLoader(async (ids) => {
      const rows = await db.interaction.findMany({
        where: { parentId: { in: [...ids] } },
        orderBy: { createdAt: "asc" },
      });
      return ids.map((id) => rows.filter((r) => r.parentId === id));
    }),
    conversation: new DataLoader(async (ids) => {
      const rows = await db.conversation.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    conversationInteractions: new DataLoader(async (ids) => {
      const rows = await db.interaction.findMany({
        where: { conversationId: { in: [...ids] } },
        orderBy: { createdAt: "asc" },
      });
      return ids.map((id) => rows.filter((r) => r.conversationId === id));
    }),
    job: new DataLoader(async (ids) => {
      const rows = await db.job.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    jobOf: new DataLoader(async (ids) => {
      const rows = await db.job.findMany({ where: { interactionId: { in: [...ids] } } });
      const byInteraction = new Map(rows.map((r) => [r.interactionId, r]));
      return ids.map((id) => byInteraction.get(id) ?? null);
    }),
  };
}
