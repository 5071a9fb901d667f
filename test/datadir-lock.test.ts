import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireDataLock, DataDirLockedError, LOCK_FILE } from "../src/infra/datalock.ts";
import { GetConversationDocument, SendMessageDocument } from "./generated/graphql.ts";
import { gqlAt } from "./support/clients.ts";
import { type ServerProcess, startServerProcess } from "./support/server-process.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gig-lock-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `fn` with a fresh directory, removed afterwards. */
async function inDir(prefix: string, fn: (d: string) => Promise<void>) {
  const d = await mkdtemp(join(tmpdir(), prefix));
  try {
    await fn(d);
  } finally {
    await rm(d, { recursive: true, force: true });
  }
}

/** A pid that surely belongs to no live process: one that just exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((r) => child.once("exit", r));
  return child.pid as number;
}

/** `npm start` on `dataDir` until it exits by itself (or is still up after `ms`). */
function startAndWaitForExit(dataDir: string, ms = 60_000) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "0", DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
    });
    let output = "";
    child.stdout.on("data", (d) => {
      output += String(d);
    });
    child.stderr.on("data", (d) => {
      output += String(d);
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const send = async (url: string, text: string) =>
  (await gqlAt(url, SendMessageDocument, { input: { text } })).sendMessage.conversation?.id as string;
const exists = async (url: string, id: string) => (await gqlAt(url, GetConversationDocument, { id })).conversation?.id;

describe("one owner per embedded DATA_DIR", () => {
  let first: ServerProcess | undefined;
  afterAll(async () => {
    await first?.stop("SIGKILL");
  });

  it("a second server exits 1 with a message; the first keeps serving; after a crash the stale lock is taken over and no acknowledged write is lost", async () => {
    first = await startServerProcess({ DATA_DIR: dir, DATABASE_URL: "" }, 120_000);
    const before = await send(first.url, "written before the second start");

    const second = await startAndWaitForExit(dir);
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/in use by another process \(server, pid \d+/);
    expect(second.output).not.toContain("GraphiQL:");

    // The first never noticed: it reads what it wrote and takes new writes.
    expect(await exists(first.url, before)).toBe(before);
    const during = await send(first.url, "written after the second start was refused");

    // kill -9: the lock file stays behind, naming a dead process.
    await first.stop("SIGKILL");
    first = undefined;
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), "utf8"))).toMatchObject({ role: "server" });
    const again = await startServerProcess({ DATA_DIR: dir, DATABASE_URL: "" }, 120_000);
    try {
      expect(await exists(again.url, before)).toBe(before);
      expect(await exists(again.url, during)).toBe(during);
      expect(JSON.parse(await readFile(join(dir, LOCK_FILE), "utf8")).pid).toBe(again.child.pid);
    } finally {
      await again.stop();
    }
    // A graceful stop leaves the directory free.
    await expect(stat(join(dir, LOCK_FILE))).rejects.toThrow();
  }, 300_000);

  it("db:migrate refuses a directory a live process holds, without opening it", async () => {
    await inDir("gig-held-", async (held) => {
      const lock = await acquireDataLock(held, "server");
      const res = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/migrate.ts"], {
        cwd: root,
        env: { ...process.env, DATA_DIR: held, DATABASE_URL: "" },
      }).then(
        () => ({ code: 0, stderr: "" }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/in use by another process \(server, pid \d+/);
      await expect(stat(join(held, "PG_VERSION"))).rejects.toThrow();
      await lock.release();
    });
  }, 60_000);
});

describe("the lock file", () => {
  it("refuses a second holder while the first lives, and is free again once released", async () => {
    await inDir("gig-lockfile-", async (d) => {
      const lock = await acquireDataLock(d, "server");
      const err = await acquireDataLock(d, "keys command").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DataDirLockedError);
      expect((err as DataDirLockedError).holder).toMatchObject({ pid: process.pid, role: "server" });
      await lock.release();
      await (await acquireDataLock(d, "keys command")).release();
    });
  });

  it("takes over a stale lock: its process is dead, or its pid now belongs to another process", async () => {
    await inDir("gig-stale-", async (d) => {
      await writeFile(join(d, LOCK_FILE), JSON.stringify({ pid: await deadPid(), startedAt: "yesterday" }));
      await (await acquireDataLock(d, "server")).release();
      // Our own pid, but written by an earlier process that had it (a container restarted as pid 1).
      await writeFile(join(d, LOCK_FILE), JSON.stringify({ pid: process.pid, procStart: "1", startedAt: "then" }));
      const lock = await acquireDataLock(d, "server");
      expect(JSON.parse(await readFile(join(d, LOCK_FILE), "utf8")).startedAt).not.toBe("then");
      await lock.release();
    });
  });

  it("lets exactly one of several racing processes take a stale lock", async () => {
    await inDir("gig-race-", async (d) => {
      await writeFile(join(d, LOCK_FILE), JSON.stringify({ pid: await deadPid(), startedAt: "long ago" }));
      const script = `import { acquireDataLock } from "./src/infra/datalock.ts";
        acquireDataLock(process.argv[1], "racer").then(() => { console.log("won"); setTimeout(() => {}, 8000); },
          (e) => { console.log(e.name); });`;
      const racers = Array.from({ length: 4 }, () =>
        promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, d], {
          cwd: root,
        }).then((r) => r.stdout.trim()),
      );
      const results = await Promise.all(racers);
      expect(results.filter((r) => r === "won")).toHaveLength(1);
      expect(results.filter((r) => r === "DataDirLockedError")).toHaveLength(3);
    });
  }, 60_000);
});
