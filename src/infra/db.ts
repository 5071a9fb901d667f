import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "../generated/prisma/client.ts";
import { acquireDataLock } from "./datalock.ts";
import type { Logger } from "./logger.ts";
import { dbErrors } from "./metrics.ts";
import { migrate, type SqlRunner } from "./migrate.ts";
import { OutageLog } from "./outage.ts";
import { extractTemplate } from "./pglite-template.ts";

export type Db = PrismaClient;
export interface Database {
  prisma: Db;
  kind: "pglite" | "postgres";
  /** A cheap round trip, for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres:// URL; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory; "memory://" (or undefined) for an in-memory database. */
  dataDir?: string;
  /**
   * An in-memory PGlite starts from this data directory (a `dumpDataDir`
   * tarball) instead of running initdb: tests load one migrated snapshot per
   * file. Migrations still run, so a stale snapshot is brought up to date.
   */
  snapshot?: Blob;
  /**
   * A new (empty) PGlite data directory starts from this migrated template
   * (see pglite-template.ts) instead of running initdb and every migration.
   */
  template?: Blob;
  /** Called with each SQL statement Prisma sends (tests count them). */
  onQuery?: (sql: string) => void;
  /** PGlite's shared_buffers (e.g. "4MB"): resident in full from the start (PGlite zeroes its shared memory). */
  sharedBuffers?: string;
  /** Who opens a PGlite data directory (named to a second process that finds it locked). */
  owner?: string;
  /** Where a PostgreSQL outage is logged (once when lost, once when back). */
  logger?: Logger;
}

/** A driver error's kind (Prisma's driver-adapter error kinds are a fixed set), for the DB error counter. */
const kindOf = (err: unknown) => {
  const cause = typeof err === "object" && err !== null && "cause" in err ? err.cause : undefined;
  const kind = typeof cause === "object" && cause !== null && "kind" in cause ? cause.kind : undefined;
  return typeof kind === "string" && /^\w{1,40}$/.test(kind) ? kind : "other";
};

/**
 * Counts every failed query or transaction call of an adapter, whichever database it talks to, and
 * tells `outage` of each (PostgreSQL: one log line when the database is lost, one when it is back).
 */
function countErrors<T extends object>(target: T, outage?: OutageLog): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== "function") return value;
      if (prop === "queryRaw" || prop === "executeRaw" || prop === "executeScript" || prop === "startTransaction") {
        return async (...args: unknown[]) => {
          try {
            const result: unknown = await Reflect.apply(value, obj, args);
            outage?.succeeded();
            return prop === "startTransaction" && typeof result === "object" && result !== null
              ? countErrors(result, outage)
              : result;
          } catch (err) {
            dbErrors.inc({ kind: kindOf(err) });
            outage?.failed(err);
            throw err;
          }
        };
      }
      return value.bind(obj);
    },
  });
}
const counting = <F extends { connect(): Promise<object> }>(factory: F, outage?: OutageLog) => ({
  provider: "provider" in factory ? factory.provider : undefined,
  adapterName: "adapterName" in factory ? factory.adapterName : undefined,
  connect: async () => countErrors(await factory.connect(), outage),
});

/**
 * PGlite's own start parameters. Its shared memory is resident in full from the start, and is sized
 * by shared_buffers and max_connections: a 4 MB pool (pages it misses come from the OS page cache:
 * random reads over a 60 MB table took the same time with 16 MB and 2 MB) and a few backend slots
 * (it runs one backend, in single-user mode; the default 100 cost 4 MB) keep it at 14 MB resident
 * instead of 30 MB.
 */
const pgliteStart = (sharedBuffers = "4MB") => [
  ...["--single", "-F", "-O", "-j", "-c", "search_path=public", "-c", "exit_on_error=false"],
  ...["-c", "log_checkpoints=false", "-c", "max_worker_processes=0", "-c", "max_parallel_workers=0"],
  ...["-c", "max_parallel_workers_per_gather=0", "-c", "io_method=sync", "-c", "max_parallel_maintenance_workers=0"],
  ...["-c", `shared_buffers=${sharedBuffers}`, "-c", "max_connections=4"],
];

/**
 * PGlite's WASM (postgres itself, 9 MB) is compiled by Liftoff only: V8's tier-up kept a second,
 * TurboFan-compiled copy of postgres' hot functions, 50-90 MB resident, for queries that ran about
 * as fast (12,000 indexed reads and inserts: 640-735 µs each either way, on a loaded 2-core machine).
 * The flag is read when a module is compiled: it is on only while PGlite's is, so other WASM
 * (Prisma's query compiler) still tiers up.
 */
async function openPglite(dataDir: string | undefined, sharedBuffers?: string, snapshot?: Blob) {
  setFlagsFromString("--liftoff-only");
  try {
    return await PGlite.create(dataDir, {
      startParams: pgliteStart(sharedBuffers),
      ...(snapshot ? { loadDataDir: snapshot } : {}),
    });
  } finally {
    setFlagsFromString("--no-liftoff-only");
  }
}

function client(adapter: unknown, onQuery?: (sql: string) => void) {
  // Both adapters satisfy Prisma's driver-adapter factory contract; the generated types name only one shape.
  const prisma = new PrismaClient({
    adapter: adapter as never,
    log: onQuery ? [{ emit: "event", level: "query" }] : [],
  });
  if (onQuery) prisma.$on("query" as never, (e: { query: string }) => onQuery(e.query));
  return prisma;
}

/** The one place that creates a Prisma client. Migrations are applied before it is returned. */
export async function openDatabase(opts: DbOptions): Promise<Database> {
  if (opts.url) {
    // Imported in PostgreSQL mode only: an embedded server never loads the pg driver.
    const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
    const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
    const runner: SqlRunner = {
      exec: async (sql) => void (await pool.query(sql)),
      query: async (sql, params) => (await pool.query(sql, params)).rows,
    };
    // Migrate on one connection: the advisory lock is held per session.
    const conn = await pool.connect();
    try {
      await migrate({
        exec: async (sql) => void (await conn.query(sql)),
        query: async (sql, params) => (await conn.query(sql, params)).rows,
      });
    } finally {
      conn.release();
    }
    const outage = new OutageLog(opts.logger);
    pool.on("error", (err) => {
      dbErrors.inc({ kind: "pool" });
      outage.failed(err);
    });
    const prisma = client(counting(new PrismaPg(pool), outage), opts.onQuery);
    return {
      prisma,
      kind: "postgres",
      ping: async () => {
        try {
          await runner.query("SELECT 1");
          outage.succeeded();
        } catch (err) {
          outage.failed(err);
          throw err;
        }
      },
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const memory = !opts.dataDir || opts.dataDir.startsWith("memory://");
  if (!memory && opts.dataDir) await mkdir(opts.dataDir, { recursive: true });
  // One process per directory (throws DataDirLockedError), held until close.
  const lock = memory || !opts.dataDir ? undefined : await acquireDataLock(opts.dataDir, opts.owner ?? "a process");
  let pglite: PGlite;
  try {
    const fresh = !memory && opts.dataDir && !existsSync(join(opts.dataDir, "PG_VERSION"));
    const extracted = fresh && opts.template && opts.dataDir && (await extractTemplate(opts.template, opts.dataDir));
    pglite = await openPglite(
      memory ? undefined : opts.dataDir,
      opts.sharedBuffers,
      memory ? opts.snapshot : fresh && !extracted ? opts.template : undefined,
    );
    await migrate({
      exec: async (sql) => void (await pglite.exec(sql)),
      query: async (sql, params) => (await pglite.query(sql, params)).rows as never[],
    });
  } catch (err) {
    await lock?.release();
    throw err;
  }
  const { pgliteAdapter } = await import("./pglite-adapter.ts");
  const prisma = client(counting(pgliteAdapter(pglite)), opts.onQuery);
  return {
    prisma,
    kind: "pglite",
    ping: async () => void (await pglite.query("SELECT 1")),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      await lock?.release();
    },
  };
}
