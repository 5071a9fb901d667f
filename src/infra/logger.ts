import type { LogLevel } from "./config.ts";

export type Fields = Record<string, unknown>;
export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };
const secretKey = /(api[-_]?key|authorization|secret|password|token)$/i;

/**
 * JSON-lines logger. Every string that equals a registered secret, and every
 * field whose name looks like a credential, is redacted before it is written:
 * the upstream key must never reach a log line, whatever a caller passes.
 */
export function createLogger(opts: {
  level: LogLevel;
  secrets?: string[];
  write?: (line: string) => void;
  base?: Fields;
}): Logger {
  const secrets = (opts.secrets ?? []).filter((s) => s.length >= 4);
  const write = opts.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const scrub = (s: string) => secrets.reduce((acc, sec) => acc.split(sec).join("[redacted]"), s);
  const redact = (value: unknown, depth = 0): unknown => {
    if (typeof value === "string") return scrub(value);
    if (value instanceof Error) return { name: value.name, message: scrub(value.message) };
    if (depth > 5 || value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, secretKey.test(k) ? "[redacted]" : redact(v, depth + 1)]),
    );
  };
  const make = (base: Fields): Logger => {
    const log = (level: LogLevel, msg: string, fields?: Fields) => {
      if (order[level] < order[opts.level]) return;
      const entry = { time: new Date().toISOString(), level, msg: scrub(msg), ...base, ...fields };
      write(JSON.stringify(redact(entry)));
    };
    return {
      debug: (m, f) => log("debug", m, f),
      info: (m, f) => log("info", m, f),
      warn: (m, f) => log("warn", m, f),
      error: (m, f) => log("error", m, f),
      child: (f) => make({ ...base, ...f }),
    };
  };
  return make(opts.base ?? {});
}
