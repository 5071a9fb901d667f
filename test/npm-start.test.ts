import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { LOCK_FILE } from "../src/infra/datalock.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

// A process manager stops `npm start` with SIGTERM: the server itself must get it (the script execs node),
// stop gracefully (exit 0) and give its data directory back.
it("SIGTERM to `npm start` stops the server gracefully: exit code 0, data directory lock released", async () => {
  const dir = await mkdtemp(join(tmpdir(), "gig-npm-start-"));
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env: { ...process.env, PORT: "0", DATA_DIR: dir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => {
    out += String(d);
  });
  child.stderr.on("data", (d) => {
    out += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  try {
    await new Promise<void>((resolve, reject) => {
      const check = () => /GraphiQL: http/.test(out) && resolve();
      child.stdout.on("data", check);
      void exited.then((code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
    });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE)), out).toBe(false);
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  }
}, 240_000);
