import { readFile } from "node:fs/promises";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { inject } from "vitest";
import { type App, type AppDeps, createApp } from "../../src/app.ts";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../src/emulator/server.ts";
import { createUpstream, type UpstreamOptions } from "../../src/gemini/client.ts";
import { loadConfig } from "../../src/infra/config.ts";
import { type Database, openDatabase } from "../../src/infra/db.ts";
import { createLogger } from "../../src/infra/logger.ts";
import { tempDatabase } from "./pg.ts";

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [k: string]: unknown };
  path?: (string | number)[];
}
export interface Result<R> {
  data?: R | null;
  errors?: GqlError[];
}

export const TEST_API_KEY = "test-secret-key-do-not-leak-3f9a";

export interface Harness {
  app: App;
  emulator: Emulator;
  database: Database;
  url: string;
  /** Every log line the server wrote. */
  logs: string[];
  /** Every SQL statement Prisma sent. */
  queries: string[];
  /** Runs a typed GraphQL operation in-process through Yoga (same plugins as HTTP). */
  gql<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<Result<R>>;
  /** Same, and fails the test on any error. */
  ok<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<R>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  emulator?: EmulatorOptions;
  env?: Record<string, string>;
  databaseUrl?: string;
  /** Passed to createApp as they are (e.g. redis, wsInitTimeoutMs). */
  app?: Partial<AppDeps>;
  /** Upstream client settings (timeouts, retries) over the defaults. */
  upstream?: Partial<UpstreamOptions>;
}

/** The migrated PGlite data directory the global setup dumped (absent when run without it). */
export async function migratedSnapshot(): Promise<Blob | undefined> {
  const path = inject("pgliteSnapshot");
  return path ? new Blob([await readFile(path)]) : undefined;
}

/** A whole server on a free port: in-memory PGlite (or DATABASE_URL), the emulator over HTTP, the real SDK. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const emulator = await startEmulator(opts.emulator);
  const config = loadConfig({ PORT: "0", LOG_LEVEL: "debug", ...opts.env });
  const logs: string[] = [];
  const queries: string[] = [];
  const logger = createLogger({ level: "debug", secrets: [TEST_API_KEY], write: (l) => logs.push(l) });
  // The services suite runs the same tests on PostgreSQL: a fresh database per harness.
  const pgBase = opts.databaseUrl ?? (process.env.TEST_ON_POSTGRES ? process.env.DATABASE_URL : undefined);
  const temp = pgBase ? await tempDatabase(pgBase) : undefined;
  const database = await openDatabase({
    url: temp?.url,
    snapshot: temp ? undefined : await migratedSnapshot(),
    onQuery: (q) => queries.push(q),
  });
  const upstream = createUpstream({
    apiKey: TEST_API_KEY,
    baseUrl: emulator.url,
    emulated: true,
    ...opts.upstream,
  });
  const app = await createApp({ config, database, upstream, logger, ...opts.app });
  const url = await app.start();
  async function gql<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, headers: Record<string, string> = {}) {
    const res = await app.yoga.fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    return (await res.json()) as Result<R>;
  }
  return {
    app,
    emulator,
    database,
    url,
    logs,
    queries,
    gql,
    async ok(doc, variables, headers) {
      const res = await gql(doc, variables, headers);
      if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data;
    },
    async close() {
      await app.stop();
      await database.close();
      await emulator.close();
      await temp?.drop();
    },
  };
}
