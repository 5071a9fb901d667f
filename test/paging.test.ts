import { describe, expect, it } from "vitest";
import { type Connection, keyset, listPage, page } from "../src/context.ts";

const rows = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}` }));
const ids = (c: Connection<{ id: string }>) => c.edges.map((e) => e.node.id);
/** A table read the way Prisma's keyset arguments read it. */
const table = async (take: number, afterId: string | undefined) => {
  const { skip = 0, cursor } = keyset(take, afterId);
  const from = cursor ? rows.findIndex((r) => r.id === cursor.id) + skip : 0;
  return rows.slice(from, from + take);
};

describe("page (keyset, forwards)", () => {
  it("pages forwards by cursor, knows when more follow, and walks the whole table once", async () => {
    const one = await page({ first: 3 }, table);
    expect(ids(one)).toEqual(["r0", "r1", "r2"]);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = await page({ first: 3, after: one.pageInfo.endCursor }, table);
    expect(ids(two)).toEqual(["r3", "r4", "r5"]);
    expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const three = await page({ first: 3, after: two.pageInfo.endCursor }, table);
    expect(ids(three)).toEqual(["r6"]);
    expect(three.pageInfo.hasNextPage).toBe(false);
  });

  it("defaults to 20, answers null cursors for an empty page, and refuses sizes and cursors it does not know", async () => {
    expect(ids(await page({}, table))).toHaveLength(7);
    const empty = await page({ first: 0 }, table);
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
    await expect(page({ first: 101 }, table)).rejects.toThrow("first must be between 0 and 100");
    await expect(page({ first: -1 }, table)).rejects.toThrow("first must be between 0 and 100");
    await expect(page({ after: "bm90LWEtY3Vyc29y" }, table)).rejects.toThrow("after is not a cursor from this list");
  });
});

describe("listPage (a list in memory, both directions)", () => {
  const cursor = async (i: number) => (await listPage(rows, { first: 100 })).edges[i]?.cursor;

  it("last is the end of the list; before pages back; pageInfo says exactly what lies on either side", async () => {
    const latest = await listPage(rows, { last: 3 });
    expect(ids(latest)).toEqual(["r4", "r5", "r6"]);
    expect(latest.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await listPage(rows, { last: 3, before: latest.pageInfo.startCursor });
    expect(ids(before)).toEqual(["r1", "r2", "r3"]);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = await listPage(rows, { last: 3, before: before.pageInfo.startCursor });
    expect(ids(start)).toEqual(["r0"]);
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it("first with before, first and last together (first applied, then last), and the default of 20", async () => {
    expect(ids(await listPage(rows, { first: 2, before: await cursor(5) }))).toEqual(["r0", "r1"]);
    const both = await listPage(rows, { first: 5, last: 2, after: await cursor(0) });
    expect(ids(both)).toEqual(["r4", "r5"]);
    expect(both.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(ids(await listPage(rows, {}))).toHaveLength(7);
    const between = await listPage(rows, { after: await cursor(1), before: await cursor(4) });
    expect(ids(between)).toEqual(["r2", "r3"]);
  });

  it("an empty page has null cursors; a size out of range or a foreign cursor is refused, naming the argument", async () => {
    const none = await listPage(rows, { last: 0 });
    expect(none.pageInfo).toMatchObject({ startCursor: null, endCursor: null });
    await expect(listPage(rows, { last: 101 })).rejects.toThrow("last must be between 0 and 100");
    const foreign = (await listPage([{ id: "elsewhere" }], {})).pageInfo.startCursor;
    await expect(listPage(rows, { before: foreign })).rejects.toThrow("before is not a cursor from this list");
  });
});
