import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../src/emulator/server.ts";
import { createUpstream } from "../src/gemini/client.ts";
import {
  CancelInteractionDocument,
  CancelJobDocument,
  CreateInteractionDocument,
  SendMessageDocument,
} from "./generated/graphql.ts";
import { type Harness, startHarness, TEST_API_KEY } from "./support/harness.ts";
import { DEEP_RESEARCH, jobClient, MODEL } from "./support/jobs.ts";
import { local } from "./support/metrics.ts";
import { sleep, waitFor } from "./support/wait.ts";

// Short timeouts, so a stall shows within a test (yet above the pauses of an in-process PGlite on a busy machine).
const HEADERS_MS = 1_500;
const IDLE_MS = 600;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    emulator: { deltaDelayMs: 5 },
    upstream: { headersTimeoutMs: HEADERS_MS, idleTimeoutMs: IDLE_MS },
    app: { jobs: { retry: { firstMs: 20, maxMs: 100 } }, poll: { intervalMs: 30, maxErrors: 3 } },
  });
});
afterEach(() => h.emulator.faults.clear());
afterAll(async () => {
  await h?.close();
});

const creates = () => h.emulator.stats().creates;
/** Attempts past the first the upstream client has made. */
const httpRetries = () => local("gig_upstream_retries_total", { kind: "http" });
const resumes = () => local("gig_upstream_retries_total", { kind: "stream_resume" });
/** Starts a foreground turn without waiting for it, and finds its row once its run is live. */
async function startTurn(t: Harness, text: string) {
  const result = t.gql(CreateInteractionDocument, { input: { model: MODEL, text } });
  const row = await waitFor(`a live run for "${text}"`, () =>
    t.database.prisma.interaction.findFirst({ where: { status: "in_progress", remoteId: { not: null } } }),
  );
  return { id: row.id, result };
}

describe("a create reaches upstream at most once", () => {
  it("a job whose create connection resets after upstream accepted it: one upstream interaction, a clear error", async () => {
    const before = creates();
    h.emulator.faults.add([{ op: "create", resetAfterCreate: true }]);
    const jobs = jobClient(h);
    const { jobId } = await jobs.background({ model: MODEL, text: "reset after accept" });
    const job = await jobs.jobIn(jobId, "FAILED");
    expect(job.lastError).toMatch(/^UPSTREAM_CREATE_UNCONFIRMED: /);
    expect(job.interaction.error?.code).toBe("UPSTREAM_CREATE_UNCONFIRMED");
    expect(job.attempts).toBe(1);
    await sleep(300); // no late retry either
    expect(creates()).toBe(before + 1);
  });

  it("a job whose create stalls upstream: bounded by the headers timeout, never sent twice", async () => {
    const before = creates();
    h.emulator.faults.add([{ op: "create", stallCreate: true }]);
    const jobs = jobClient(h);
    const started = Date.now();
    const { jobId } = await jobs.background({ model: MODEL, text: "stalled create" });
    const job = await jobs.jobIn(jobId, "FAILED");
    expect(Date.now() - started).toBeLessThan(HEADERS_MS + 3_000);
    expect(job.lastError).toMatch(/^UPSTREAM_CREATE_UNCONFIRMED: /);
    await sleep(300);
    expect(creates()).toBe(before + 1);
  });

  it("a streaming turn whose create connection resets: UPSTREAM_CREATE_UNCONFIRMED, nothing left behind", async () => {
    const before = creates();
    const rows = await h.database.prisma.interaction.count();
    h.emulator.faults.add([{ op: "create", resetAfterCreate: true }]);
    const res = await h.gql(CreateInteractionDocument, { input: { model: MODEL, text: "reset stream" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("UPSTREAM_CREATE_UNCONFIRMED");
    expect(res.errors?.[0]?.message).toMatch(/not sent again/);
    expect(creates()).toBe(before + 1);
    expect(await h.database.prisma.interaction.count()).toBe(rows);
  });

  it("a streaming turn whose create stalls before any answer ends at the headers timeout, once", async () => {
    const before = creates();
    h.emulator.faults.add([{ op: "create", stallCreate: true }]);
    const started = Date.now();
    const res = await h.gql(CreateInteractionDocument, { input: { model: MODEL, text: "stall stream" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("UPSTREAM_CREATE_UNCONFIRMED");
    expect(Date.now() - started).toBeLessThan(HEADERS_MS + 1_500);
    expect(creates()).toBe(before + 1);
  });

  it("still retries what upstream surely refused (429, 503), creating once", async () => {
    const before = creates();
    h.emulator.faults.add([
      { op: "create", status: 429 },
      { op: "create", status: 503 },
    ]);
    const { createInteraction } = await h.ok(CreateInteractionDocument, { input: { model: MODEL, text: "refused" } });
    expect(createInteraction.status).toBe("COMPLETED");
    expect(creates()).toBe(before + 1);
  });
});

describe("a long Retry-After on a foreground create", () => {
  it("answers UPSTREAM_RATE_LIMITED with retryAfter at once, leaves no row, and the sweep stays quiet", async () => {
    const rows = await h.database.prisma.interaction.count();
    h.emulator.faults.add([{ op: "create", status: 429, retryAfter: 120 }]);
    const started = Date.now();
    const res = await h.gql(SendMessageDocument, { input: { model: MODEL, text: "rate limited" } });
    expect(Date.now() - started).toBeLessThan(5_000);
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe("UPSTREAM_RATE_LIMITED");
    expect(error?.extensions?.retryAfter).toBe(120);
    expect(await h.database.prisma.interaction.count()).toBe(rows);
    // A sweep right after finds nothing to take over and fails nothing.
    const logged = h.logs.length;
    expect(await h.app.engine.reconciler.sweep()).toBe(0);
    expect(h.logs.slice(logged).join("\n")).not.toMatch(/sweep failed|taking over a lapsed run failed/);
    // The same request, sent again once upstream lets it: answered.
    const again = await h.ok(SendMessageDocument, { input: { model: MODEL, text: "rate limited" } });
    expect(again.sendMessage.status).toBe("COMPLETED");
  });
});

it("retries a create whose connection was refused (nothing was sent) until upstream listens", async () => {
  // A port nobody listens on yet; the emulator comes up on it while the client backs off.
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  const upstream = createUpstream({ apiKey: TEST_API_KEY, baseUrl: `http://127.0.0.1:${port}` });
  const retriesBefore = await httpRetries();
  const created = upstream.create({ model: MODEL, input: "are you there", background: true });
  // A second attempt has begun: the first was refused.
  await waitFor("a retry after the refusal", async () => (await httpRetries()) > retriesBefore);
  const late = await startEmulator({ port });
  try {
    expect((await created).status).toMatch(/in_progress|completed/);
    expect(late.stats().creates).toBe(1);
  } finally {
    await late.close();
  }
});

it("cancelJob answers without waiting on an upstream that does not answer the cancel", async () => {
  h.emulator.pacing.backgroundStepDelayMs = 300;
  try {
    const jobs = jobClient(h);
    const { jobId, interaction } = await jobs.background({ agent: DEEP_RESEARCH, text: "long research" });
    await waitFor("the job to follow its run", async () => {
      const row = await h.database.prisma.interaction.findUnique({ where: { id: interaction.id } });
      return (await jobs.jobNow(jobId))?.status === "RUNNING" && row?.lastEventId;
    });
    h.emulator.faults.add([{ op: "cancel", stallAfter: 0 }]);
    const started = performance.now();
    const { cancelJob } = await h.ok(CancelJobDocument, { id: jobId });
    // It waits 500 ms for upstream's answer; the rest is the request itself on a loaded machine.
    // Waiting on the stalled cancel instead would never answer.
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(cancelJob?.status).toBe("CANCELLED");
    expect(h.emulator.log.some((e) => e.op === "cancel" && e.fault)).toBe(true);
  } finally {
    h.emulator.pacing.backgroundStepDelayMs = 20;
  }
});

describe("an upstream stream that goes silent", () => {
  it("is resumed from its last event after the idle timeout: the reply is whole, created once", async () => {
    const clean = await h.ok(CreateInteractionDocument, { input: { model: MODEL, text: "silence then more" } });
    const before = creates();
    const follows = h.emulator.log.filter((e) => e.op === "get" && e.streaming).length;
    const resumed = await resumes();
    h.emulator.faults.add([{ op: "create", stallAfter: 4 }]);
    const { createInteraction } = await h.ok(CreateInteractionDocument, {
      input: { model: MODEL, text: "silence then more" },
    });
    expect(createInteraction.status).toBe("COMPLETED");
    expect(createInteraction.outputText).toBe(clean.createInteraction.outputText);
    expect(creates()).toBe(before + 1);
    expect(h.emulator.log.filter((e) => e.op === "get" && e.streaming).length).toBeGreaterThan(follows);
    expect(await resumes()).toBeGreaterThan(resumed);
  });

  it("ends with a typed UPSTREAM_IDLE_TIMEOUT when every resume stays silent too", async () => {
    h.emulator.faults.add([
      { op: "create", stallAfter: 3 },
      { op: "stream", stallAfter: 0, times: 20 },
    ]);
    const started = Date.now();
    const res = await h.gql(CreateInteractionDocument, { input: { model: MODEL, text: "silence forever" } });
    const row = await h.database.prisma.interaction.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(row.status).toBe("failed");
    expect(row.error).toMatchObject({ code: "UPSTREAM_IDLE_TIMEOUT" });
    expect(JSON.stringify(res)).toContain("UPSTREAM_IDLE_TIMEOUT");
    // Six silences (the stream and five resumes), not the HTTP client's 300 s.
    expect(Date.now() - started).toBeLessThan(6 * IDLE_MS + 4_000);
  });
});

describe("with upstream's default patience (30 s for headers, 60 s of silence)", () => {
  let slow: Harness;
  beforeAll(async () => {
    slow = await startHarness({ upstream: { idleTimeoutMs: 60_000 }, app: { jobs: { timeoutMs: 600 } } });
  });
  afterAll(async () => {
    await slow?.close();
  });

  it("JOB_TIMEOUT_MS bounds a job whose create stalls upstream; it is not sent again", async () => {
    slow.emulator.faults.add([{ op: "create", stallCreate: true }]);
    const jobs = jobClient(slow);
    const { jobId } = await jobs.background({ model: MODEL, text: "stalled, patient" });
    const job = await jobs.jobIn(jobId, "FAILED", undefined, 5_000);
    expect(job.lastError).toMatch(/^JOB_TIMEOUT: The job did not finish within 600 ms/);
    expect(job.attempts).toBe(1);
    await sleep(300);
    expect(slow.emulator.stats().creates).toBe(1);
  });

  it("cancelInteraction of a run whose upstream went silent answers within a second", async () => {
    slow.emulator.faults.add([{ op: "create", stallAfter: 3 }]);
    const { id, result } = await startTurn(slow, "hang on");
    // Its stream is open and answered: after its three events it says nothing more.
    await waitFor("the stream to go silent", () =>
      slow.emulator.log.some((l) => l.streaming && l.status === 200 && l.fault?.stallAfter === 3),
    );
    const started = performance.now();
    const { cancelInteraction } = await slow.ok(CancelInteractionDocument, { id });
    const ms = performance.now() - started;
    expect(cancelInteraction.status).toBe("CANCELLED");
    expect(ms).toBeLessThan(1_000);
    expect(JSON.stringify(await result)).toContain("CANCELLED");
  });

  it("cancelInteraction while upstream has not even answered the create answers within a second", async () => {
    slow.emulator.faults.add([{ op: "create", stallCreate: true }]);
    const result = slow.gql(CreateInteractionDocument, { input: { model: MODEL, text: "no answer at all" } });
    await waitFor("the create to reach upstream", () => slow.emulator.faults.pending() === 0);
    // The row is written behind the stream, or after OPEN_DELAY_MS when upstream is slow to answer.
    const row = await waitFor("the row of the waiting turn", () =>
      slow.database.prisma.interaction.findFirst({ where: { status: "in_progress" } }),
    );
    const started = performance.now();
    const { cancelInteraction } = await slow.ok(CancelInteractionDocument, { id: row.id });
    // It waits 500 ms for upstream's answer; the rest is the request itself on a loaded machine.
    // Waiting on the stalled cancel instead would never answer.
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(cancelInteraction.status).toBe("CANCELLED");
    const turn = await result;
    expect(turn.data?.createInteraction).toMatchObject({ id: row.id, status: "CANCELLED" });
  });
});
