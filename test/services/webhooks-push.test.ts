import { randomBytes } from "node:crypto";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { CreateBackgroundDocument, GetJobDocument } from "../generated/graphql.ts";
import { gqlAt } from "../support/clients.ts";
import { MODEL } from "../support/jobs.ts";
import { tempDatabase } from "../support/pg.ts";
import { logRecords, ranAttempt, type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL || !REDIS_URL) throw new Error("The services suite needs DATABASE_URL and REDIS_URL");

let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let a: ServerProcess;
let b: ServerProcess;
/** The load balancer in front of both: it sends each push to `target` (none yet: 503, upstream retries). */
let balancer: http.Server;
let target: ServerProcess | undefined;

beforeAll(async () => {
  // Slow steps: the job's first read finds the run going, so only the push can end it in time.
  emulator = await startEmulator({ backgroundStepDelayMs: 600, webhooks: { retryBaseMs: 200 } });
  db = await tempDatabase(DATABASE_URL);
  balancer = http.createServer((req, res) => {
    if (!target) return void res.writeHead(503).end();
    const { hostname, port } = new URL(target.url);
    req.pipe(
      http.request({ hostname, port, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      }),
    );
  });
  balancer.listen(0, "127.0.0.1");
  await once(balancer, "listening");
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL,
    GEMINI_BASE_URL: emulator.url,
    GEMINI_API_KEY: "services-push-key",
    JOB_QUEUE: `push-${randomBytes(4).toString("hex")}`,
    LOG_LEVEL: "info",
    PUBLIC_URL: `http://127.0.0.1:${(balancer.address() as AddressInfo).port}`,
    GEMINI_WEBHOOK_JWKS_URL: emulator.jwksUrl,
    UPSTREAM_WEBHOOK_FALLBACK_MS: "120000",
  };
  a = await startServerProcess(env);
  b = await startServerProcess(env);
}, 120_000);
afterAll(async () => {
  await Promise.allSettled([a?.stop("SIGKILL"), b?.stop("SIGKILL")]);
  balancer?.close();
  await emulator?.close();
  await db?.drop();
});

describe("jobs completed by webhook, scaled out", () => {
  it("a push received by the process that does not hold the job ends it", async () => {
    const { createInteraction } = await gqlAt(a.url, CreateBackgroundDocument, {
      input: { background: true, model: MODEL, text: "across processes" },
    });
    const jobId = createInteraction.job?.id ?? "";
    const holder = await waitFor("the job's worker", () =>
      ranAttempt(a, jobId) ? a : ranAttempt(b, jobId) ? b : undefined,
    );
    const other = holder === a ? b : a;
    target = other;
    const job = await waitFor("job succeeded", async () => {
      const j = (await gqlAt(other.url, GetJobDocument, { id: jobId })).job;
      return j?.status === "SUCCEEDED" && j;
    });
    expect(job.status).toBe("SUCCEEDED");
    // The other process took the push; the holder never streamed the run.
    expect(logRecords(other.output()).some((r) => r.msg === "upstream webhook accepted")).toBe(true);
    expect(logRecords(holder.output()).some((r) => r.msg === "upstream webhook accepted")).toBe(false);
    const remoteId = emulator.log.find((e) => e.op === "create")?.interactionId;
    expect(remoteId).toBeTruthy();
    expect(emulator.log.filter((e) => e.interactionId === remoteId && e.op === "get" && e.streaming)).toEqual([]);
  });
});
