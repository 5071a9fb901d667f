import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { resolveViewer } from "../src/engine/access/identity.ts";
import { ConfigError, loadConfig } from "../src/infra/config.ts";
import { startServerProcess } from "./support/server-process.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("anonymous access only where it is safe", () => {
  it("HOST=0.0.0.0 with anonymous access (the default) refuses to start: exit 1, a message that says what to set", () => {
    expect(() => loadConfig({ HOST: "0.0.0.0" })).toThrow(ConfigError);
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: { ...process.env, HOST: "0.0.0.0", PORT: "0", DATA_DIR: "/nonexistent/never-created" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("ALLOW_ANONYMOUS=false");
    expect(run.stderr).toContain("HOST=0.0.0.0");
    expect(run.stdout).not.toContain("GraphiQL");
  });

  it("loopback binds keep the default; a non-loopback bind starts with ALLOW_ANONYMOUS=false and asks for a key", async () => {
    for (const HOST of ["127.0.0.1", "::1", "localhost"]) expect(loadConfig({ HOST }).ALLOW_ANONYMOUS).toBe(true);
    const dir = await mkdtemp(join(tmpdir(), "gig-anon-"));
    const server = await startServerProcess({ HOST: "0.0.0.0", ALLOW_ANONYMOUS: "false", DATA_DIR: dir });
    try {
      // Talk to it over loopback only.
      const url = server.url.replace("0.0.0.0", "127.0.0.1");
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ conversations(first: 1) { edges { cursor } } }" }),
      });
      expect(res.status).toBe(401);
      expect(server.output()).toContain("npm run keys -- create");
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("the built-in local user answers only to loopback (or in-process) callers that name a loopback host", async () => {
    const noKeys = async () => null; // the anonymous path looks up no key
    const as = (remoteAddress: string | undefined, host = "127.0.0.1:4000") =>
      resolveViewer(noKeys, null, { allowAnonymous: true, remoteAddress, host }).catch((e: Error) => e.name);
    expect(await as("127.0.0.1")).toMatchObject({ id: "local" });
    expect(await as("::ffff:127.0.0.1")).toMatchObject({ id: "local" });
    expect(await resolveViewer(noKeys, null, { allowAnonymous: true, inProcess: true })).toMatchObject({ id: "local" });
    // Refused (401), not silently nobody: a socket already gone, a remote caller.
    const refused = "UnauthenticatedError";
    expect(await as(undefined)).toBe(refused);
    expect(await as("192.168.1.20")).toBe(refused);
    expect(await as("2001:db8::1")).toBe(refused);
    // A loopback caller naming another host: a forwarder passing on remote traffic, or a DNS-rebound page.
    expect(await as("127.0.0.1", "localhost:4000")).toMatchObject({ id: "local" });
    expect(await as("::1", "[::1]:4000")).toMatchObject({ id: "local" });
    expect(await as("127.0.0.1", "chat.example.com")).toBe(refused);
    expect(await as("127.0.0.1", "rebind.attacker.test:4000")).toBe(refused);
  });
});
