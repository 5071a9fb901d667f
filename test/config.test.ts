import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/infra/config.ts";
import { createLogger } from "../src/infra/logger.ts";

describe("configuration", () => {
  it("applies the documented defaults with nothing set", () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 4000,
      HOST: "127.0.0.1",
      DATA_DIR: "./data",
      LOG_LEVEL: "info",
      ALLOW_ANONYMOUS: true,
    });
  });

  it("treats empty values as unset (a copied .env.example)", () => {
    const c = loadConfig({ GEMINI_API_KEY: "", DATABASE_URL: "", REDIS_URL: "" });
    expect([c.GEMINI_API_KEY, c.DATABASE_URL, c.REDIS_URL]).toEqual([undefined, undefined, undefined]);
  });

  it("names every bad variable in one message", () => {
    const bad = () => loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
  });

  it("stops `npm start` with that message and exit code 1", () => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "-1", DATA_DIR: "/nonexistent/never-created" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Invalid configuration");
    expect(run.stderr).toContain("PORT");
  });
});

describe("logger", () => {
  it("redacts registered secrets and credential-like fields wherever they appear", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "debug", secrets: ["sk-very-secret"], write: (l) => lines.push(l) });
    log.error("upstream said sk-very-secret is bad", {
      headers: { "x-goog-api-key": "abc", authorization: "Bearer t" },
      nested: [{ msg: "key=sk-very-secret" }],
    });
    log.debug("dropped?", {});
    const out = lines.join("\n");
    expect(out).not.toContain("sk-very-secret");
    expect(out).not.toContain("Bearer t");
    expect(JSON.parse(lines[0] as string).headers["x-goog-api-key"]).toBe("[redacted]");
  });

  it("honours the level", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "warn", write: (l) => lines.push(l) });
    log.info("quiet");
    log.warn("loud");
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(["loud"]);
  });
});
