import { ValidationError } from "../infra/errors.ts";

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const encode = (id: string) => Buffer.from(`c:${id}`).toString("base64url");
function decode(cursor: string): string {
  const raw = Buffer.from(cursor, "base64url").toString("utf8");
  if (!raw.startsWith("c:")) throw new ValidationError("after is not a cursor from this list", "after");
  return raw.slice(2);
}

/**
 * Keyset pagination over rows with an id: `fetch` gets the page size plus one
 * (to learn whether more follow) and the id to continue after. One query per page.
 */
export async function page<T extends { id: string }>(
  args: PageArgs,
  fetch: (take: number, afterId: string | undefined) => Promise<T[]>,
  max = 100,
): Promise<Connection<T>> {
  const first = args.first ?? 20;
  if (first < 0 || first > max) throw new ValidationError(`first must be between 0 and ${max}`, "first");
  const rows = await fetch(first + 1, args.after ? decode(args.after) : undefined);
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encode(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Prisma's cursor arguments for `page`'s fetch. */
export const keyset = (
  take: number,
  afterId: string | undefined,
): { take: number; skip?: number; cursor?: { id: string } } =>
  afterId ? { take, skip: 1, cursor: { id: afterId } } : { take };

export interface ListPageArgs extends PageArgs {
  last?: number | null;
  before?: string | null;
}

/**
 * Relay paging over a list already in memory (e.g. a branch walked from its
 * head): `first`/`after` forwards, `last`/`before` backwards.
 */
export function listPage<T extends { id: string }>(all: T[], args: ListPageArgs, max = 100): Connection<T> {
  const at = (cursor: string, field: string) => {
    const i = all.findIndex((n) => n.id === decode(cursor));
    if (i < 0) throw new ValidationError(`${field} is not a cursor from this list`, field);
    return i;
  };
  const size = (n: number | null | undefined, field: string) => {
    if (n !== null && n !== undefined && (n < 0 || n > max))
      throw new ValidationError(`${field} must be between 0 and ${max}`, field);
    return n ?? undefined;
  };
  let start = args.after ? at(args.after, "after") + 1 : 0;
  let end = args.before ? at(args.before, "before") : all.length;
  const first = size(args.first, "first");
  const last = size(args.last, "last");
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  if (first === undefined && last === undefined) end = Math.min(end, start + 20);
  const edges = all.slice(start, Math.max(start, end)).map((node) => ({ cursor: encode(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
