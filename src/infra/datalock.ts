import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * One owner per embedded data directory. PGlite keeps no lock of its own, and
 * two processes on one directory each see only their own writes and lose some
 * at the next start. The owner (a server, or a CLI while the server is
 * stopped) holds `<DATA_DIR>/server.lock`: created exclusively, holding its
 * pid and when that process started. A lock whose process is gone (a crash,
 * `kill -9`) is stale and is taken over; taking over renames the stale file
 * away first, so two processes racing for it cannot both win.
 */
export const LOCK_FILE = "server.lock";

export interface LockInfo {
  pid: number;
  /** The holder's start time as the kernel counts it (Linux), so a reused pid is not taken for the holder. */
  procStart?: string;
  startedAt: string;
  /** What holds it: the server, or a command-line tool. */
  role: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another process (${holder.role}, pid ${holder.pid}, ` +
        `since ${holder.startedAt}). Two processes on one data directory lose writes, so this one stops. ` +
        "Stop the other one, use another DATA_DIR, or set DATABASE_URL (PostgreSQL) to run several servers.",
    );
    this.name = "DataDirLockedError";
  }
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); undefined where there is no /proc. */
async function procStart(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count from the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid is alive (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the process that wrote this lock still runs (and is that process, not a later one with its pid). */
async function holderAlive(info: LockInfo): Promise<boolean> {
  if (!isAlive(info.pid)) return false;
  if (!info.procStart) return true;
  const now = await procStart(info.pid);
  return now === undefined || now === info.procStart;
}

const parse = (raw: string): LockInfo | null => {
  try {
    const v = JSON.parse(raw) as Partial<LockInfo>;
    if (typeof v.pid !== "number") return null;
    return {
      pid: v.pid,
      procStart: typeof v.procStart === "string" ? v.procStart : undefined,
      startedAt: typeof v.startedAt === "string" ? v.startedAt : "an unknown time",
      role: typeof v.role === "string" ? v.role : "server",
    };
  } catch {
    return null;
  }
};

const readRaw = (path: string) => readFile(path, "utf8").catch(() => undefined);

/** The live holder of a directory's lock, or null when there is none (or it is stale). */
export async function lockHolder(dataDir: string): Promise<LockInfo | null> {
  const raw = await readRaw(join(dataDir, LOCK_FILE));
  const info = raw === undefined ? null : parse(raw);
  return info && (await holderAlive(info)) ? info : null;
}

export interface DataLock {
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

/** A just-created lock file may still be empty while its writer fills it in: that long it counts as held. */
const WRITING_MS = 2_000;

/** Takes the directory's lock, or throws DataDirLockedError naming the live holder. */
export async function acquireDataLock(dataDir: string, role: string): Promise<DataLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    procStart: await procStart(process.pid),
    startedAt: new Date().toISOString(),
    role,
  };
  const text = JSON.stringify(mine);
  for (let round = 0; round < 20; round++) {
    try {
      await writeFile(path, text, { flag: "wx", mode: 0o644 });
      return { release: async () => void ((await readRaw(path)) === text && (await unlink(path).catch(() => {}))) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const raw = await readRaw(path);
    if (raw === undefined) continue; // released meanwhile: try again
    const held = parse(raw);
    if (held && (await holderAlive(held))) throw new DataDirLockedError(dataDir, held);
    if (!held && Date.now() - (await stat(path).catch(() => ({ mtimeMs: 0 }))).mtimeMs < WRITING_MS) {
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    await takeOver(path, raw);
  }
  throw new Error(`Could not take the lock ${path}: it keeps changing hands`);
}

/** Moves a stale lock aside; if what was moved is no longer the stale lock (another process took over first), puts it back. */
async function takeOver(path: string, stale: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else moved it first
  }
  if ((await readRaw(aside)) !== stale) await link(aside, path).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
