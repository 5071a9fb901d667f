import { readdirSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/infra/db.ts";
import { tempDatabase } from "../support/pg.ts";

const base = process.env.DATABASE_URL;
if (!base) throw new Error("The services suite needs DATABASE_URL (PostgreSQL) and REDIS_URL");

let temp: Awaited<ReturnType<typeof tempDatabase>>;
beforeAll(async () => {
  temp = await tempDatabase(base);
});
afterAll(async () => {
  await temp?.drop();
});

describe("PostgreSQL", () => {
  it("migrates once even when two processes start together, recording Prisma's bookkeeping", async () => {
    const [a, b] = await Promise.all([openDatabase({ url: temp.url }), openDatabase({ url: temp.url })]);
    await Promise.all([a.close(), b.close()]);
    const client = new pg.Client({ connectionString: temp.url });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
    await client.end();
    const committed = readdirSync(new URL("../../prisma/migrations/", import.meta.url), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(committed.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
  });

  it("reports unique violations as P2002, like PGlite", async () => {
    const db = await openDatabase({ url: temp.url });
    try {
      await db.prisma.user.create({ data: { id: "dup", name: "a" } });
      await expect(db.prisma.user.create({ data: { id: "dup", name: "b" } })).rejects.toMatchObject({ code: "P2002" });
    } finally {
      await db.close();
    }
  });
});
