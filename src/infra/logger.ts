import pino from "pino";
import type { LogLevel } from "./config.ts";

export type Fields = Record<string, unknown>;
/** The logging interface every module uses; a thin layer over pino, so call sites stay `logger.info(msg, fields)`. */
export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  /** A logger whose lines all carry these fields (request id, viewer, interaction...). */
  child(fields: Fields): Logger;
}

/** Field names that hold credentials, at any depth: their values never reach a line. */
const secretKey = /(api[-_]?key|authorization|secret|password|token|cookie)$/i;

/**
 * Paths pino itself redacts (fast, compiled): the shapes in which requests
 * and SDK errors carry credentials. The name rule above covers the rest.
 */
const REDACT_PATHS = [
  "authorization",
  "headers.authorization",
  "headers.cookie",
  'headers["x-goog-api-key"]',
  "req.headers.authorization",
  "err.headers",
  "err.config",
  "err.request",
];

/**
 * Errors that are normal life for a network server (a client closing its
 * socket mid-response, a proxy resetting a connection): one line with the
 * code, no stack trace, since there is nothing to debug.
 */
const EXPECTED_CODES = new Set(["EPIPE", "ECONNRESET", "ECONNABORTED", "ERR_STREAM_PREMATURE_CLOSE", "ETIMEDOUT"]);

export function serializeError(e: Error): Fields {
  const code = "code" in e ? e.code : undefined;
  if (typeof code === "string" && EXPECTED_CODES.has(code)) return { type: e.name, code, message: e.message };
  const out: Fields = { ...pino.stdSerializers.err(e), type: e.name };
  const ext = "extensions" in e ? e.extensions : undefined;
  if (typeof ext === "object" && ext !== null && "code" in ext && ext.code) out.code = ext.code;
  return out;
}

/** Errors become {type, message, stack, code}; credential-named fields become "[redacted]". */
function clean(value: unknown, depth = 0): unknown {
  if (value instanceof Error) return serializeError(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  return cleanFields(value, depth);
}
function cleanFields(value: object, depth = 0): Fields {
  const out: Fields = {};
  for (const [k, v] of Object.entries(value)) out[k] = secretKey.test(k) ? "[redacted]" : clean(v, depth + 1);
  return out;
}

/**
 * JSON lines through pino: `time`, `level` (as a word), `msg`, pid and host,
 * then the fields. Every registered secret (the upstream key) is replaced in
 * the finished line, stack traces included, whatever a caller passed.
 */
export function createLogger(opts: {
  level: LogLevel;
  secrets?: string[];
  /** Where lines go (without the newline); stdout by default. */
  write?: (line: string) => void;
  base?: Fields;
}): Logger {
  const secrets = (opts.secrets ?? []).filter((s) => s.length >= 4);
  const scrub = (s: string) =>
    secrets.some((sec) => s.includes(sec)) ? secrets.reduce((acc, sec) => acc.split(sec).join("[redacted]"), s) : s;
  const write = opts.write;
  const destination = write
    ? { write: (s: string) => write(s.endsWith("\n") ? s.slice(0, -1) : s) }
    : pino.destination({ dest: 1, sync: true });
  const root = pino(
    {
      level: opts.level,
      base: { pid: process.pid, ...opts.base },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      // Errors were serialized by `clean` already (expected ones without a stack); pino's own pass would undo that.
      serializers: { err: (e: unknown) => e },
      formatters: {
        level: (label) => ({ level: label }),
        log: (obj) => cleanFields(obj),
        bindings: (b) => cleanFields(b),
      },
      hooks: { streamWrite: scrub },
    },
    destination,
  );
  return new LazyLogger(root);
}

type Level = "debug" | "info" | "warn" | "error";

/**
 * A child's pino logger is made on its first line: every request gets a child, most write nothing
 * at the configured level, and making one (bindings cleaned and serialized) is not free. A class,
 * so a child costs one small object and no closures.
 */
class LazyLogger implements Logger {
  private made?: pino.Logger;

  constructor(
    private root: pino.Logger,
    /** Absent for the root logger itself. */
    private of?: { parent: LazyLogger; fields: Fields },
  ) {}

  private pino(): pino.Logger {
    this.made ??= this.of ? this.of.parent.pino().child(this.of.fields) : this.root;
    return this.made;
  }

  private line(level: Level, msg: string, fields: Fields | undefined): void {
    if (this.root.isLevelEnabled(level)) this.pino()[level](fields ?? {}, msg);
  }

  debug(msg: string, fields?: Fields): void {
    this.line("debug", msg, fields);
  }
  info(msg: string, fields?: Fields): void {
    this.line("info", msg, fields);
  }
  warn(msg: string, fields?: Fields): void {
    this.line("warn", msg, fields);
  }
  error(msg: string, fields?: Fields): void {
    this.line("error", msg, fields);
  }
  child(fields: Fields): Logger {
    return new LazyLogger(this.root, { parent: this, fields });
  }
}
