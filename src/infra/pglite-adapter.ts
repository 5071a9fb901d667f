import type { PGlite } from "@electric-sql/pglite";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Fields = { fields: string[] } | undefined;
const keyFields = (detail: unknown): Fields => {
  const m = typeof detail === "string" ? detail.match(/Key \(([^)]+)\)/) : null;
  return m?.[1] ? { fields: m[1].split(", ") } : undefined;
};

/**
 * The PGlite adapter reports every Postgres error as kind "postgres"; Prisma only
 * turns the specific kinds (as adapter-pg produces them) into P2002/P2011/P2003/P2034.
 * Mapping here makes a unique violation look the same on PGlite and PostgreSQL.
 */
function remap(error: unknown): never {
  if (error instanceof DriverAdapterError && error.cause.kind === "postgres") {
    const { code, detail } = error.cause;
    const original = { originalCode: code, originalMessage: error.cause.message };
    if (code === "23505")
      throw new DriverAdapterError({ kind: "UniqueConstraintViolation", constraint: keyFields(detail), ...original });
    if (code === "23502")
      throw new DriverAdapterError({ kind: "NullConstraintViolation", constraint: keyFields(detail), ...original });
    if (code === "23503")
      throw new DriverAdapterError({ kind: "ForeignKeyConstraintViolation", constraint: undefined, ...original });
    if (code === "40001") throw new DriverAdapterError({ kind: "TransactionWriteConflict", ...original });
  }
  throw error;
}

interface Query {
  args: unknown[];
  argTypes?: ({ scalarType?: string } | undefined)[];
}

/** Prisma's client engine sends Bytes as base64 strings; adapter-pg decodes them, the PGlite adapter does not. */
function decodeBytes(query: Query): Query {
  if (!query.argTypes?.some((t) => t?.scalarType === "bytes")) return query;
  const args = query.args.map((a, i) =>
    typeof a === "string" && query.argTypes?.[i]?.scalarType === "bytes" ? Buffer.from(a, "base64") : a,
  );
  return { ...query, args };
}

const wrapped = new Set(["queryRaw", "executeRaw"]);
function withErrorMapping<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== "function") return value;
      if (wrapped.has(String(prop))) {
        return (query: Query) => (value as (q: Query) => Promise<unknown>).call(obj, decodeBytes(query)).catch(remap);
      }
      if (prop === "startTransaction") {
        return async (...args: unknown[]) =>
          withErrorMapping((await (value as (...a: unknown[]) => Promise<object>).apply(obj, args)) as object);
      }
      return value.bind(obj);
    },
  });
}

export function pgliteAdapter(pglite: PGlite) {
  const factory = new PrismaPGlite(pglite);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withErrorMapping(await factory.connect()),
  };
}
