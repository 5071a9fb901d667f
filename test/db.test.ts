import { mkdtemp, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { openDatabase } from "../src/infra/db.ts";
import { extractTemplate, findTemplate } from "../src/infra/pglite-template.ts";
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

describe("a new embedded data directory", () => {
  it("starts from the migrated template (no migration runs), then keeps its data across a reopen", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gig-template-"));
    try {
      const opened = new Date();
      const db = await openDatabase({ dataDir: dir, template: await migratedSnapshot() });
      const applied = await db.prisma.$queryRaw<{ started_at: Date }[]>`SELECT started_at FROM "_prisma_migrations"`;
      expect(applied.length).toBeGreaterThan(0);
      // Every migration was applied when the template was made, before this directory existed.
      expect(applied.every((m) => m.started_at < opened)).toBe(true);
      await db.prisma.user.create({ data: { id: "kept", name: "kept" } });
      await db.close();
      const again = await openDatabase({ dataDir: dir, template: await migratedSnapshot() });
      expect(await again.prisma.user.findUnique({ where: { id: "kept" } })).toMatchObject({ name: "kept" });
      await again.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("starts from the template file the server finds (extracted a block at a time), also after a start that died half-way", async () => {
    const template = await findTemplate(dirname(inject("pgliteSnapshot")));
    if (!template) throw new Error("no template file");
    const dir = await mkdtemp(join(tmpdir(), "gig-template-file-"));
    try {
      // A start that died after extracting: everything but PG_VERSION (written last) is there.
      await extractTemplate(template, dir);
      await unlink(join(dir, "PG_VERSION"));
      const db = await openDatabase({ dataDir: dir, template });
      await db.prisma.user.create({ data: { id: "kept", name: "kept" } });
      await db.close();
      const again = await openDatabase({ dataDir: dir, template });
      expect(await again.prisma.user.findUnique({ where: { id: "kept" } })).toMatchObject({ name: "kept" });
      await again.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
