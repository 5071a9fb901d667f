import { resolveCursorConnection } from "@pothos/plugin-relay";
import type { Viewer } from "./engine/access/policy.ts";
import type { MediaUrls } from "./engine/files/urls.ts";
import type { Engine } from "./engine/index.ts";
import type { Keyset } from "./engine/store/interactions.ts";
import type { Loaders } from "./engine/store/loaders.ts";
import type { Config } from "./infra/config.ts";
import type { Db } from "./infra/db.ts";
import { UnauthenticatedError, ValidationError } from "./infra/errors.ts";
import type { Logger } from "./infra/logger.ts";

export type { Viewer } from "./engine/access/policy.ts";
export type { MediaUrls } from "./engine/files/urls.ts";
export type { Loaders, UsageTotals } from "./engine/store/loaders.ts";

/** A fresh object per request (and per WebSocket operation). */
export interface Context {
  viewer: Viewer | null;
  db: Db;
  engine: Engine;
  config: Config;
  logger: Logger;
  loaders: Loaders;
  /** Absolute, signed media URLs for this viewer. */
  media: MediaUrls;
}

/** Root fields are guarded by auth scopes; this narrows the type where a resolver needs the viewer. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** The engine's read functions for this request: interaction rows written behind their stream are written first. */
export const reads = (ctx: Context) => ({ db: ctx.db, runs: ctx.engine.runs });

/** Relay paging arguments of a forward-only connection (keyset pages over a table). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Relay paging arguments of a connection over a list already in memory: both directions. */
export interface ListPageArgs extends PageArgs {
  last?: number | null;
  before?: string | null;
}

type PageFlags = { hasNextPage: boolean; hasPreviousPage: boolean };

export interface Connection<T> {
  edges: readonly { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Cursors name a row by id: a page stays put when rows are added before it. */
const encode = (node: { id: string }) => Buffer.from(`c:${node.id}`).toString("base64url");
function decode(cursor: string, field: string): string {
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  if (!raw.startsWith("c:")) throw new ValidationError(`${field} is not a cursor from this list`, field);
  return raw.slice(2);
}

/** A page size within 0..max, else a ValidationError naming the argument (the plugin would clamp it silently). */
export function checkSize(n: number | null | undefined, field: string, max: number) {
  if (n !== null && n !== undefined && (n < 0 || n > max))
    throw new ValidationError(`${field} must be between 0 and ${max}`, field);
}

/** An empty page has no cursors (the plugin answers the argument's cursor, or ""). */
const withCursors = <T>({
  edges,
  pageInfo,
}: Pick<Connection<T>, "edges"> & { pageInfo: PageFlags }): Connection<T> => ({
  edges,
  pageInfo: {
    hasNextPage: pageInfo.hasNextPage,
    hasPreviousPage: pageInfo.hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  },
});

/**
 * Keyset pagination over rows with an id: `fetch` gets the page size plus one
 * (to learn whether more follow) and the id to continue after. One query per page.
 */
export async function page<T extends { id: string }>(
  args: PageArgs,
  fetch: (take: number, afterId: string | undefined) => Promise<T[]>,
  max = 100,
): Promise<Connection<T>> {
  checkSize(args.first, "first", max);
  const connection = await resolveCursorConnection<Promise<T[]>>(
    { args: { first: args.first, after: args.after }, defaultSize: 20, maxSize: max, toCursor: encode },
    ({ after, limit }) => fetch(limit, after ? decode(after, "after") : undefined),
  );
  return withCursors(connection);
}

/** Prisma's cursor arguments for `page`'s fetch. */
export const keyset = (take: number, afterId: string | undefined): Keyset =>
  afterId ? { take, skip: 1, cursor: { id: afterId } } : { take };

/** A plain list field's largest `first`/`last`, and the page it gives when neither is given. */
export const LIST_MAX = 100;
export const LIST_DEFAULT = 20;

/**
 * A plain (not Relay) list field capped like a page: its first `n` items, `n` within 0..LIST_MAX.
 * The cap is what the cost limit multiplies by, so a nested list cannot answer more than it was charged for.
 */
export function firstOf<T>(all: T[], n: number | null | undefined, field = "first"): T[] {
  checkSize(n, field, LIST_MAX);
  return all.slice(0, n ?? LIST_DEFAULT);
}

/**
 * Relay paging over a list already in memory (e.g. a branch walked from its head):
 * `first`/`after` forwards, `last`/`before` backwards, both applied when both are given.
 */
export async function listPage<T extends { id: string }>(
  all: T[],
  args: ListPageArgs,
  max = 100,
): Promise<Connection<T>> {
  checkSize(args.first, "first", max);
  checkSize(args.last, "last", max);
  const at = (cursor: string, field: string) => {
    const id = decode(cursor, field);
    const i = all.findIndex((n) => n.id === id);
    if (i < 0) throw new ValidationError(`${field} is not a cursor from this list`, field);
    return i;
  };
  let start = args.after ? at(args.after, "after") + 1 : 0;
  let end = args.before ? at(args.before, "before") : all.length;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  if (args.first == null && args.last == null) end = Math.min(end, start + 20);
  const window = all.slice(start, Math.max(start, end));
  const connection = await resolveCursorConnection<T[]>(
    { args: { ...args, first: args.first ?? (args.last == null ? 20 : null) }, maxSize: max, toCursor: encode },
    // The plugin trims to the page size and puts a backward page back in order.
    ({ inverted }) => (inverted ? window.toReversed() : window),
  );
  // The whole list is known: whether anything lies beyond the page is exact, not guessed from one extra row.
  const { pageInfo } = withCursors(connection);
  return {
    edges: connection.edges,
    pageInfo: { ...pageInfo, hasPreviousPage: start > 0, hasNextPage: end < all.length },
  };
}
