import { AppError } from "./errors.ts";
import type { Logger } from "./logger.ts";

/** Driver-adapter error kinds that mean "the database cannot be reached", not "this query is wrong". */
const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
/** Prisma's codes for the same (can't reach, timed out, closed, pool timeout, too many connections). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);
/** Node's socket errors and PostgreSQL's: connection exceptions (08), shutdown/termination (57P), too many connections. */
const CODE = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|08\w{3}|57P0[1-3]|53300)$/;
/** What node-postgres says when a connection goes without an error code. */
const MESSAGE = /Connection terminated|connection error|timeout exceeded when trying to connect|Can't reach database/i;
const NESTED = ["cause", "originalError", "meta", "driverAdapterError", "errors"] as const;

/** Whether an error (or one it wraps) says the database is unreachable: down, restarting, or its connections cut. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (depth > 6 || typeof err !== "object" || err === null) return false;
  if (Array.isArray(err)) return err.some((e) => isDatabaseUnavailable(e, depth + 1));
  const [kind, code, message] = ["kind", "code", "message"].map((k) => Reflect.get(err, k));
  if (typeof kind === "string" && UNREACHABLE_KINDS.has(kind)) return true;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || CODE.test(code))) return true;
  if (typeof message === "string" && MESSAGE.test(message)) return true;
  return NESTED.some((k) => isDatabaseUnavailable(Reflect.get(err, k), depth + 1));
}

/** The typed, retryable answer to a request that needed the database while it was unreachable. */
export const databaseUnavailable = () =>
  new AppError("SERVICE_UNAVAILABLE", "The database is unreachable; try again shortly", { retryAfter: 5 });

/**
 * One outage, one pair of log lines: `database unavailable` when a query
 * first fails for want of the database, `database available again` at the
 * next one that succeeds; whatever fails in between is not logged again here.
 */
export class OutageLog {
  private down = false;

  constructor(private logger?: Logger) {}

  failed(err: unknown): void {
    if (this.down || !isDatabaseUnavailable(err)) return;
    this.down = true;
    const { code, kind, message } = describe(err);
    this.logger?.warn("database unavailable", { code, kind, message });
  }

  succeeded(): void {
    if (!this.down) return;
    this.down = false;
    this.logger?.info("database available again");
  }
}

/** The innermost code, kind and message, for the one log line (no stack: the cause is the network, not our code). */
function describe(err: unknown): { code?: string; kind?: string; message?: string } {
  const out: { code?: string; kind?: string; message?: string } = {};
  let cur: unknown = err;
  for (let i = 0; i < 6 && typeof cur === "object" && cur !== null; i++) {
    const obj = cur;
    const [code, kind, message] = ["code", "kind", "message"].map((k) => Reflect.get(obj, k));
    if (typeof code === "string") out.code = code;
    if (typeof kind === "string") out.kind = kind;
    if (typeof message === "string") out.message = message.slice(0, 200);
    cur = Reflect.get(obj, "cause");
  }
  return out;
}
