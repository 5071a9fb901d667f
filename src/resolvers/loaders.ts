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

/** How each loader reads its rows (one query for every key asked for in a tick). */
const LOADERS: { [K in keyof Loaders]: (db: Db, readWritten: ReadWritten) => Loaders[K] } = {
  interaction: (db, readWritten) =>
    new DataLoader(async (ids) =>
      inKeyOrder(
        ids,
        await readWritten(ids, (some) => db.interaction.findMany({ where: { id: { in: some } } })),
        (r) => r.id,
      ),
    ),
  childrenOf: (db) =>
    new DataLoader(async (ids) => {
      const rows = await db.interaction.findMany({
        where: { parentId: { in: [...ids] } },
        orderBy: { createdAt: "asc" },
      });
      return ids.map((id) => rows.filter((r) => r.parentId === id));
    }),
  conversation: (db, readWritten) =>
    new DataLoader(async (ids) =>
      inKeyOrder(
        ids,
        await readWritten(ids, (some) => db.conversation.findMany({ where: { id: { in: some } } })),
        (r) => r.id,
      ),
    ),
  conversationInteractions: (db) =>
    new DataLoader(async (ids) => {
      const rows = await db.interaction.findMany({
        where: { conversationId: { in: [...ids] } },
        orderBy: { createdAt: "asc" },
      });
      return ids.map((id) => rows.filter((r) => r.conversationId === id));
    }),
  job: (db) =>
    new DataLoader(async (ids) =>
      inKeyOrder(ids, await db.job.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
    ),
  user: (db) =>
    new DataLoader(async (ids) =>
      inKeyOrder(ids, await db.user.findMany({ where: { id: { in: [...ids] } } }), (r) => r.id),
    ),
  usageTotals: (db) =>
    new DataLoader(async (ids) => {
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
  jobOf: (db) =>
    new DataLoader(async (ids) =>
      inKeyOrder(ids, await db.job.findMany({ where: { interactionId: { in: [...ids] } } }), (r) => r.interactionId),
    ),
};

/**
 * Each loader is made on its first use: a request reads one or two kinds of rows, and an idle
 * subscription's context (kept for as long as it is open) none. Getters on the prototype, so an
 * unused context costs one small object, not eight loaders and their caches.
 */
class RequestLoaders implements Loaders {
  readonly #made: Partial<Loaders> = {};
  constructor(
    private readonly db: Db,
    private readonly readWritten: ReadWritten,
  ) {}
  #get<K extends keyof Loaders>(kind: K): Loaders[K] {
    const made = this.#made[kind] ?? LOADERS[kind](this.db, this.readWritten);
    this.#made[kind] = made;
    return made;
  }
  get interaction() {
    return this.#get("interaction");
  }
  get childrenOf() {
    return this.#get("childrenOf");
  }
  get conversation() {
    return this.#get("conversation");
  }
  get conversationInteractions() {
    return this.#get("conversationInteractions");
  }
  get job() {
    return this.#get("job");
  }
  get jobOf() {
    return this.#get("jobOf");
  }
  get user() {
    return this.#get("user");
  }
  get usageTotals() {
    return this.#get("usageTotals");
  }
}

/** Batches row reads of one request: N parents or children cost one query. */
export const createLoaders = (db: Db, readWritten: ReadWritten = (ids, read) => read([...ids])): Loaders =>
  new RequestLoaders(db, readWritten);
