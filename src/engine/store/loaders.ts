import DataLoader from "dataloader";
import type { Conversation, Interaction, Job, User } from "../../generated/prisma/client.ts";
import {
  childrenOf,
  conversationsById,
  interactionsById,
  ofConversations,
  type ReadDeps,
  type UsageTotals,
  usageTotals,
} from "./interactions.ts";

export type { UsageTotals } from "./interactions.ts";

/** Per-request loaders: one query per kind of row per tick, whatever the selection. */
export interface Loaders {
  interaction: DataLoader<string, Interaction | null>;
  childrenOf: DataLoader<string, Interaction[]>;
  conversation: DataLoader<string, Conversation | null>;
  /** Every interaction of a conversation, all branches. */
  conversationInteractions: DataLoader<string, Interaction[]>;
  job: DataLoader<string, Job | null>;
  /** The job of a background interaction, by interaction id. */
  jobOf: DataLoader<string, Job | null>;
  user: DataLoader<string, User | null>;
  /** All-time usage per user id (the admin users list). */
  usageTotals: DataLoader<string, UsageTotals>;
}

/** A loader of one row per key: `read` answers the rows of some keys, `keyOf` says which key a row answers. */
const byKey = <R>(read: (keys: readonly string[]) => Promise<R[]>, keyOf: (r: R) => string) =>
  new DataLoader<string, R | null>(async (keys) => {
    const rows = new Map((await read(keys)).map((r) => [keyOf(r), r]));
    return keys.map((k) => rows.get(k) ?? null);
  });

/** A loader of the rows grouped under each key (children of a parent, interactions of a conversation). */
const groupedBy = <R>(read: (keys: readonly string[]) => Promise<R[]>, keyOf: (r: R) => string | null) =>
  new DataLoader<string, R[]>(async (keys) => {
    const rows = await read(keys);
    return keys.map((k) => rows.filter((r) => keyOf(r) === k));
  });

const id = (r: { id: string }) => r.id;

/** How each loader reads its rows (one query for every key asked for in a tick). */
const LOADERS: { [K in keyof Loaders]: (deps: ReadDeps) => Loaders[K] } = {
  interaction: (deps) => byKey((ids) => interactionsById(deps, ids), id),
  childrenOf: (deps) =>
    groupedBy(
      (ids) => childrenOf(deps, ids),
      (r) => r.parentId,
    ),
  conversation: (deps) => byKey((ids) => conversationsById(deps, ids), id),
  conversationInteractions: (deps) =>
    groupedBy(
      (ids) => ofConversations(deps, ids),
      (r) => r.conversationId,
    ),
  job: ({ db }) => byKey((ids) => db.job.findMany({ where: { id: { in: [...ids] } } }), id),
  jobOf: ({ db }) =>
    byKey(
      (ids) => db.job.findMany({ where: { interactionId: { in: [...ids] } } }),
      (r) => r.interactionId,
    ),
  user: ({ db }) => byKey((ids) => db.user.findMany({ where: { id: { in: [...ids] } } }), id),
  usageTotals: (deps) => new DataLoader((ids) => usageTotals(deps, ids)),
};

/**
 * Each loader is made on its first use: a request reads one or two kinds of rows, and an idle
 * subscription's context (kept for as long as it is open) none. Getters on the prototype, so an
 * unused context costs one small object, not eight loaders and their caches.
 */
class RequestLoaders implements Loaders {
  readonly #made: Partial<Loaders> = {};
  constructor(private readonly deps: ReadDeps) {}
  #get<K extends keyof Loaders>(kind: K): Loaders[K] {
    const made = this.#made[kind] ?? LOADERS[kind](this.deps);
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

/** Batches row reads of one request: N parents or children cost one query; interaction rows honour write-behind. */
export const createLoaders = (deps: ReadDeps): Loaders => new RequestLoaders(deps);
