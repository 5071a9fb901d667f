import { describe, expect, it } from "vitest";
import { catchUp } from "../src/engine/runs/poll.ts";
import { Prisma } from "../src/generated/prisma/client.ts";
import {
  CancelInteractionDocument,
  CancelJobDocument,
  InteractionEventsDocument,
  RetryJobDocument,
} from "./generated/graphql.ts";
import { collectWs } from "./support/clients.ts";
import { userWithKey } from "./support/factories.ts";
import { startHarness } from "./support/harness.ts";
import { cursors, DEEP_RESEARCH, type Ev, jobClient, joined, MODEL, oneToN, useJobsHarness } from "./support/jobs.ts";
import { waitFor } from "./support/wait.ts";

const suite = useJobsHarness();

describe("cancel", () => {
  it("cancels a queued job (nothing goes upstream) and a running one (cancelled upstream too)", async () => {
    suite.h.emulator.pacing.backgroundStepDelayMs = 400;
    // Two jobs fill this process (JOB_CONCURRENCY=2); the third waits in the queue.
    const a = await suite.background({ agent: DEEP_RESEARCH, text: "busy one" });
    const b = await suite.background({ agent: DEEP_RESEARCH, text: "busy two" });
    const c = await suite.background({ agent: DEEP_RESEARCH, text: "never sent" });
    await suite.jobIn(a.jobId, "RUNNING");
    await suite.jobIn(b.jobId, "RUNNING");
    expect((await suite.jobNow(c.jobId))?.status).toBe("QUEUED");

    const { cancelJob: queued } = await suite.h.ok(CancelJobDocument, { id: c.jobId });
    expect(queued).toMatchObject({ status: "CANCELLED", attempts: 0 });
    expect(queued.interaction).toMatchObject({ status: "CANCELLED", remoteId: null });
    expect(suite.h.emulator.requests.some((r) => JSON.stringify(r.input).includes("never sent"))).toBe(false);
    const replay = await collectWs(suite.h.url, InteractionEventsDocument, { id: c.interaction.id });
    expect(replay.results.map((r) => r.interactionEvents.__typename)).toEqual([
      "InteractionStatusEvent",
      "InteractionCompletedEvent",
    ]);

    const running = await waitFor(
      "a's upstream interaction",
      async () => (await suite.jobNow(a.jobId))?.interaction.remoteId,
    );
    const { cancelJob: stopped } = await suite.h.ok(CancelJobDocument, { id: a.jobId });
    expect(stopped).toMatchObject({ status: "CANCELLED", attempts: 1 });
    expect(stopped.interaction.status).toBe("CANCELLED");
    expect(suite.h.emulator.store.recs.get(running)?.status).toBe("cancelled");

    // cancelInteraction on a background interaction cancels its job.
    const { cancelInteraction } = await suite.h.ok(CancelInteractionDocument, { id: b.interaction.id });
    expect(cancelInteraction.status).toBe("CANCELLED");
    expect((await suite.jobNow(b.jobId))?.status).toBe("CANCELLED");
    // A finished job stays as it is.
    expect((await suite.h.ok(CancelJobDocument, { id: c.jobId })).cancelJob.status).toBe("CANCELLED");
  });
});

describe("failures and retries", () => {
  it("retryJob passes the quota gate: past the user's daily tokens it is refused and the job stays FAILED", async () => {
    suite.h.emulator.faults.add([{ op: "create", failRun: true, failAfterSteps: 1, message: "no" }]);
    const { jobId } = await suite.background({ model: MODEL, text: "fail, then retry past the quota" });
    await suite.jobIn(jobId, "FAILED");
    const { prisma } = suite.h.database;
    const { ownerId } = await prisma.job.findUniqueOrThrow({ where: { id: jobId } });
    const creates = suite.h.emulator.stats().creates;
    await prisma.user.update({ where: { id: ownerId }, data: { quota: { requestsPerMinute: 0, tokensPerDay: 1 } } });
    suite.h.app.engine.admission.forget(ownerId);
    try {
      const refused = await suite.h.gql(RetryJobDocument, { id: jobId });
      expect(refused.errors?.[0]?.extensions?.code).toBe("QUOTA_EXCEEDED");
      expect(refused.errors?.[0]?.extensions?.limit).toBe("tokensPerDay");
      expect((await suite.jobNow(jobId))?.status).toBe("FAILED");
      expect(suite.h.emulator.stats().creates).toBe(creates);
    } finally {
      await prisma.user.update({ where: { id: ownerId }, data: { quota: Prisma.DbNull } });
      suite.h.app.engine.admission.forget(ownerId);
    }
  });

  it("ends the job FAILED with a readable error when the upstream run fails; retryJob runs it again", async () => {
    suite.h.emulator.faults.add([
      { op: "create", failRun: true, failAfterSteps: 1, message: "The model ran out of ideas." },
    ]);
    const creates = suite.h.emulator.stats().creates;
    const { interaction, jobId } = await suite.background({
      model: MODEL,
      text: "fail me",
      generationConfig: { thinkingSummaries: "AUTO" },
    });
    const failed = await suite.jobIn(jobId, "FAILED");
    expect(failed.lastError).toBe("internal: The model ran out of ideas.");
    expect(failed.interaction.status).toBe("FAILED");
    expect(failed.interaction.error).toEqual({ code: "internal", message: "The model ran out of ideas." });
    expect(failed.attempts).toBe(1);

    const { retryJob } = await suite.h.ok(RetryJobDocument, { id: jobId });
    expect(retryJob.status).toMatch(/QUEUED|RUNNING|SUCCEEDED/);
    const ok = await suite.jobIn(jobId, "SUCCEEDED");
    expect(ok.interaction.outputText).toContain('You said: "fail me"');
    expect(ok.interaction.remoteId).not.toBe(failed.interaction.remoteId);
    // The upstream run had failed, so the retry needed a new one: two creates in all, never more.
    expect(suite.h.emulator.stats().creates).toBe(creates + 2);
    const events = await collectWs(suite.h.url, InteractionEventsDocument, { id: interaction.id });
    const evs = events.results.map((r) => r.interactionEvents as Ev);
    expect(cursors(evs)).toEqual(oneToN(evs.length));
    expect(joined(evs)).toBe(ok.interaction.outputText);

    const again = await suite.h.gql(RetryJobDocument, { id: jobId });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("retries transient upstream errors with backoff, creating the upstream interaction once", async () => {
    // The SDK retries 4 times itself; the fifth 503 reaches the job, whose next attempt gets through.
    suite.h.emulator.faults.add([{ op: "create", status: 503, times: 5 }]);
    const creates = suite.h.emulator.stats().creates;
    const { jobId } = await suite.background({ model: MODEL, text: "flaky upstream" });
    const job = await suite.jobIn(jobId, "SUCCEEDED");
    expect(job.attempts).toBe(2);
    expect(job.interaction.outputText).toContain('You said: "flaky upstream"');
    expect(suite.h.emulator.stats().creates).toBe(creates + 1);
  });

  it("an automatic retry that would create upstream again passes the quota: past the daily tokens the job FAILS with QUOTA_EXCEEDED", async () => {
    const { prisma } = suite.h.database;
    const u = await userWithKey(prisma);
    // One attempt reserves ~1,010 tokens (its output budget and a little input): the first fits in 1,500, a second does not.
    await prisma.user.update({ where: { id: u.user.id }, data: { quota: { tokensPerDay: 1_500 } } });
    suite.h.app.engine.admission.forget(u.user.id);
    // The SDK retries 4 times itself; the fifth 503 reaches the job, whose next attempt would create upstream again.
    suite.h.emulator.faults.add([{ op: "create", status: 503, times: 5 }]);
    const creates = suite.h.emulator.stats().creates;
    const input = { model: MODEL, text: "retried past the quota", generationConfig: { maxOutputTokens: 1_000 } };
    const { jobId } = await suite.background(input, u.headers);
    const job = await suite.jobIn(jobId, "FAILED", u.headers);
    expect(job.lastError).toMatch(/^QUOTA_EXCEEDED: /);
    expect(job.interaction.error?.code).toBe("QUOTA_EXCEEDED");
    expect(suite.h.emulator.stats().creates).toBe(creates);
  });

  it("falls back to polling get when the event stream keeps failing", async () => {
    suite.h.emulator.pacing.backgroundStepDelayMs = 80;
    suite.h.emulator.faults.add([{ op: "stream", cutAfter: 2, times: 20 }]);
    const gets = suite.h.emulator.log.filter((e) => e.op === "get" && !e.streaming).length;
    const { interaction, jobId } = await suite.background({ agent: DEEP_RESEARCH, text: "cut streams" });
    const job = await suite.jobIn(jobId, "SUCCEEDED");
    suite.h.emulator.faults.clear();
    expect(suite.h.emulator.log.filter((e) => e.op === "get" && !e.streaming).length).toBeGreaterThan(gets);
    expect(job.attempts).toBe(1);
    expect(job.interaction.steps).toHaveLength(7);
    expect(job.interaction.outputText).toContain('Research report on "cut streams"');
    const events = await collectWs(suite.h.url, InteractionEventsDocument, { id: interaction.id });
    const evs = events.results.map((r) => r.interactionEvents as Ev);
    expect(cursors(evs)).toEqual(oneToN(evs.length));
    expect(joined(evs)).toBe(job.interaction.outputText);
  });
});

describe("timeouts", () => {
  it("fails a job that runs past its timeout, and cancels it upstream", async () => {
    const t = await startHarness({ emulator: { backgroundStepDelayMs: 300 }, app: { jobs: { timeoutMs: 400 } } });
    try {
      const jobs = jobClient(t);
      const { jobId } = await jobs.background({ agent: DEEP_RESEARCH, text: "slow research" });
      const job = await jobs.jobIn(jobId, "FAILED");
      expect(job.lastError).toBe("JOB_TIMEOUT: The job did not finish within 400 ms");
      expect(job.interaction.error?.code).toBe("JOB_TIMEOUT");
      expect(t.emulator.store.recs.get(job.interaction.remoteId as string)?.status).toBe("cancelled");
    } finally {
      await t.close();
    }
  });
});

describe("catching up from a polled state", () => {
  it("completes a half-streamed text step with only its missing words, then adds the steps not seen", () => {
    const seen = [{ type: "model_output", content: [{ type: "text", text: "Hello wor" }] }];
    const final = {
      id: "v1_x",
      status: "completed",
      steps: [
        { type: "user_input", content: [{ type: "text", text: "hi" }] },
        { type: "model_output", content: [{ type: "text", text: "Hello world." }] },
        { type: "model_output", content: [{ type: "text", text: "More." }] },
      ],
    };
    expect(catchUp(seen, 0, final).map((e) => [e.event_type, e.index ?? null, e.delta ?? e.step ?? null])).toEqual([
      ["interaction.created", null, null],
      ["step.delta", 0, { type: "text", text: "ld." }],
      ["step.stop", 0, null],
      ["step.start", 1, { type: "model_output", content: [] }],
      ["step.delta", 1, { type: "text", text: "More." }],
      ["step.stop", 1, null],
      ["interaction.completed", null, null],
    ]);
  });
});
