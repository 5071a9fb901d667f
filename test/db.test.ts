import { describe, expect, it } from "vitest";
import { openDatabase } from "../src/infra/db.ts";
import { migratedSnapshot } from "./support/harness.ts";

describe("PGlite", () => {
  it("reports unique violations as P2002, like PostgreSQL", async () => {
    const db = await openDatabase({ snapshot: await migratedSnapshot() });
    try {
      await db.prisma.user.create({ data: { id: "dup", name: "a" } });
      await expect(db.prisma.user.create({ data: { id: "dup", name: "b" } })).rejects.toMatchObject({ code: "P2002" });
    } finally {
      await db.close();
    }
  });
});
