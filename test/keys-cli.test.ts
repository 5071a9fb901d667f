import { execFile } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess } from "./support/server-process.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gig-keys-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `npm run keys -- <args>` as a user types it (same entry point), with its own exit code and output. */
async function keys(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "scripts/keys.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "", LOG_LEVEL: "warn", ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const secretOf = (out: string) => out.match(/Bearer (gik_\S+)/)?.[1] as string;

async function viewerName(url: string, secret: string) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: "{ viewer { name role } }" }),
  });
  return { status: res.status, body: (await res.json()) as { data?: { viewer: { name: string; role: string } } } };
}

describe("npm run keys", () => {
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("with the server stopped: creates an admin and a key in the embedded directory, and lists it", async () => {
    const made = await keys(["create", "--user", "alice", "--admin"]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/alice \(ADMIN\)/);
    const listed = await keys(["list"]);
    expect(listed.stdout).toContain("alice (ADMIN)");
    expect(listed.stdout).toContain("active");
    // The list shows prefixes, never secrets.
    expect(listed.stdout).not.toContain(secretOf(made.stdout));
  }, 90_000);

  it("while the server runs: goes through it (never opening the directory twice), and revoking stops the key", async () => {
    // The first key, made while stopped, works once the server starts.
    const first = secretOf((await keys(["list"])).stdout) ?? "";
    expect(first).toBe(""); // list never prints secrets
    const aliceKey = secretOf((await keys(["create", "--user", "alice"])).stdout);
    server = await startServerProcess({ DATA_DIR: dir, ALLOW_ANONYMOUS: "false" }, 120_000);
    expect(server.output()).not.toContain("no admin has a working API key");
    expect((await viewerName(server.url, aliceKey)).body.data?.viewer).toEqual({ name: "alice", role: "ADMIN" });
    const token = await stat(join(dir, "admin.token"));
    expect(token.mode & 0o777).toBe(0o600);

    const bob = await keys(["create", "--user", "bob"]);
    expect(bob.code, bob.stderr).toBe(0);
    expect(bob.stderr).toContain("through the server");
    const bobKey = secretOf(bob.stdout);
    expect((await viewerName(server.url, bobKey)).body.data?.viewer).toEqual({ name: "bob", role: "USER" });

    const prefix = bobKey.slice(0, 12);
    const revoked = await keys(["revoke", prefix]);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain("REVOKED");
    expect((await viewerName(server.url, bobKey)).status).toBe(401);
    const listed = await keys(["list"]);
    expect(listed.stdout).toMatch(/bob \(USER\).*REVOKED/);
    expect((await keys(["revoke", "gik_nothing"])).code).toBe(1);
    await server.stop();
    server = undefined;
    // Shutdown removed the console credential.
    await expect(stat(join(dir, "admin.token"))).rejects.toThrow();
  }, 180_000);

  it("refuses with a clear message when a live server holds the directory and no console credential is readable", async () => {
    const locked = await mkdtemp(join(tmpdir(), "gig-locked-"));
    try {
      await writeFile(join(locked, "server.lock"), JSON.stringify({ pid: process.pid, url: null, startedAt: "now" }));
      const res = await keys(["list"], { DATA_DIR: locked });
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/owns the embedded database/);
      // It never opened the directory: PGlite would have created its files.
      await expect(stat(join(locked, "PG_VERSION"))).rejects.toThrow();
    } finally {
      await rm(locked, { recursive: true, force: true });
    }
  }, 60_000);

  it("first start with auth on and no admin prints how to make one", async () => {
    const fresh = await mkdtemp(join(tmpdir(), "gig-fresh-"));
    const s = await startServerProcess({ DATA_DIR: fresh, ALLOW_ANONYMOUS: "false" }, 120_000);
    try {
      expect(s.output()).toContain("npm run keys -- create --user <your name> --admin");
    } finally {
      await s.stop();
      await rm(fresh, { recursive: true, force: true });
    }
  }, 180_000);
});
