import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { writeTemplate } from "../../src/infra/pglite-template.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A tarball of a migrated, empty PGlite data directory (see openDatabase's `snapshot`). */
    pgliteSnapshot: string;
  }
}

/**
 * Booting PGlite (initdb) and migrating costs seconds per test file; this
 * does it once per set of migrations, and every harness loads the dump
 * instead. Server processes the tests start find it through PGLITE_TEMPLATE_DIR.
 */
export default async function setup(project: TestProject): Promise<void> {
  const dir = join(tmpdir(), "gemini-graphql-test");
  project.provide("pgliteSnapshot", await writeTemplate(dir));
  process.env.PGLITE_TEMPLATE_DIR = dir;
}
