import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Admission } from "../src/engine/quota/admission.ts";
import { Quotas } from "../src/engine/quota/index.ts";
import { QuotaExceededError } from "../src/infra/errors.ts";
import { createLogger } from "../src/infra/logger.ts";
import {
  AuditLogDocument,
  CreateInteractionDocument,
  SetUserQuotaDocument,
  UsersDocument,
} from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ emulator: { deltaDelayMs: 0 } });
});
afterAll(async () => {
  await h?.close();
});

/** A new run to admit. */
const run = () => ({ runId: randomUUID() });
const NONE = { requestsPerMinute: 0, tokensPerDay: 0, tokensPerMonth: 0, concurrentRuns: 0 };

/** Fires `n` createInteraction requests at once as one user; answers the successes and the refusals. */
async function burst(headers: Record<string, string>, n: number, input: Record<string, unknown> = {}) {
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      h.gql(CreateInteractionDocument, { input: { model: "gemini-3.5-flash", text: `burst ${i}`, ...input } }, headers),
    ),
  );
  const ok = results.filter((r) => r.data?.createInteraction);
  const refused = results.flatMap((r) => r.errors ?? []).filter((e) => e.extensions?.code === "QUOTA_EXCEEDED");
  return { ok, refused, results };
}

describe("quotas (in memory)", () => {
  it("the estimate counts file bytes: 20 parallel turns with a large file stay within the daily tokens", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    const LIMIT = 200_000;
    await h.ok(SetUserQuotaDocument, { userId: u.user.id, input: { tokensPerDay: LIMIT } }, admin.headers);
    // 200 kB of text: ~50k tokens upstream, though its reference in the request is a few characters.
    const bytes = new TextEncoder().encode("lorem ipsum dolor sit amet ".repeat(7_600));
    const files = h.app.engine.files;
    if (!files) throw new Error("the harness has files");
    // Kept as a run's output would be (uploads refuse plain text); a file is a file to the estimate.
    const row = await h.database.prisma.interaction.create({ data: { ownerId: u.user.id, status: "completed" } });
    const file = await files.record(u.user.id, row.id, bytes, "text/plain");
    const upstreamBefore = h.emulator.requests.length;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.gql(
          CreateInteractionDocument,
          { input: { model: "gemini-3.5-flash", text: `read ${i}`, parts: [{ fileId: file.id }] } },
          u.headers,
        ),
      ),
    );
    const admitted = results.filter((r) => !r.errors).length;
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === "QUOTA_EXCEEDED").length;
    expect(admitted + refused).toBe(20);
    // Each reserves ~51k: at most three fit in 200k (before, each reserved ~1k and all twenty went).
    expect(admitted).toBeLessThanOrEqual(3);
    expect(admitted).toBeGreaterThan(0);
    expect(h.emulator.requests.length - upstreamBefore).toBe(admitted);
  });

  it("requests per minute: 50 concurrent requests, exactly the limit get through, the rest QUOTA_EXCEEDED before upstream", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    const set = await h.ok(
      SetUserQuotaDocument,
      { userId: u.user.id, input: { requestsPerMinute: 10 } },
      admin.headers,
    );
    expect(set.setUserQuota.quota).toMatchObject({ requestsPerMinute: 10, overridden: ["requestsPerMinute"] });
    const creates = h.emulator.stats().creates;
    const { ok, refused } = await burst(u.headers, 50);
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(40);
    expect(refused[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "requestsPerMinute" });
    const retryAfter = refused[0]?.extensions?.retryAfter as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Nothing refused went upstream or into the database.
    expect(h.emulator.stats().creates - creates).toBe(10);
    expect(await h.database.prisma.interaction.count({ where: { ownerId: u.user.id } })).toBe(10);
    // Another user is not affected.
    const other = await userWithKey(h.database.prisma);
    expect((await burst(other.headers, 3)).ok).toHaveLength(3);
  });

  it("answers HTTP 429 with Retry-After for a refused single request", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    await h.ok(SetUserQuotaDocument, { userId: u.user.id, input: { requestsPerMinute: 1 } }, admin.headers);
    await burst(u.headers, 1);
    const res = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...u.headers },
      body: JSON.stringify({
        query: 'mutation { createInteraction(input: { model: "gemini-3.5-flash", text: "x" }) { id } }',
      }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("concurrent runs: with slow runs, 50 at once admit exactly the limit", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    await h.ok(SetUserQuotaDocument, { userId: u.user.id, input: { concurrentRuns: 3 } }, admin.headers);
    h.emulator.pacing.deltaDelayMs = 150;
    try {
      const { ok, refused } = await burst(u.headers, 50);
      expect(ok).toHaveLength(3);
      expect(refused).toHaveLength(47);
      expect(refused[0]?.extensions?.limit).toBe("concurrentRuns");
    } finally {
      h.emulator.pacing.deltaDelayMs = 0;
    }
    // Slots are given back when runs end: the next request goes through.
    expect((await burst(u.headers, 1)).ok).toHaveLength(1);
  });

  it("tokens per day: 50 concurrent requests never use more than the limit plus one request's tokens", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    // A run reserves its input (~4 chars a token) plus max_output_tokens, then settles to its real usage.
    const limit = 600;
    await h.ok(
      SetUserQuotaDocument,
      { userId: u.user.id, input: { tokensPerDay: limit, concurrentRuns: 0 } },
      admin.headers,
    );
    const { ok, refused } = await burst(u.headers, 50, { generationConfig: { maxOutputTokens: 100 } });
    expect(ok.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.extensions?.limit === "tokensPerDay")).toBe(true);
    const rows = await h.database.prisma.interaction.findMany({
      where: { ownerId: u.user.id },
      select: { totalTokens: true },
    });
    const used = rows.reduce((a, r) => a + r.totalTokens, 0);
    const largest = Math.max(...rows.map((r) => r.totalTokens));
    expect(used).toBeLessThanOrEqual(limit + largest);
    // And the reservation is real: the refused ones were refused while the budget was held, not after it ran out.
    expect(used).toBeGreaterThan(0);
  });

  it("an admin's quota change is in the audit log and visible on the user", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    await h.ok(
      SetUserQuotaDocument,
      { userId: u.user.id, input: { tokensPerMonth: 1234, concurrentRuns: 2 } },
      admin.headers,
    );
    const back = await h.ok(
      SetUserQuotaDocument,
      { userId: u.user.id, input: { concurrentRuns: null } },
      admin.headers,
    );
    expect(back.setUserQuota.quota).toMatchObject({ tokensPerMonth: 1234, overridden: ["tokensPerMonth"] });
    const log = await h.ok(AuditLogDocument, { targetId: u.user.id }, admin.headers);
    expect(log.auditLog.edges.map((e) => e.node.action)).toEqual(["user.quota", "user.quota"]);
    expect(log.auditLog.edges[1]?.node.details).toEqual({ quota: { tokensPerMonth: 1234, concurrentRuns: 2 } });
    const bad = await h.gql(SetUserQuotaDocument, { userId: u.user.id, input: { tokensPerDay: -1 } }, admin.headers);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "tokensPerDay" });
    const notAdmin = await h.gql(SetUserQuotaDocument, { userId: u.user.id, input: { tokensPerDay: 1 } }, u.headers);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await h.ok(UsersDocument, { first: 100 }, admin.headers)).users.edges.length).toBeGreaterThan(1);
  });
});

describe("Quotas, the counters themselves", () => {
  it("settles a reservation to the real usage: what was over-reserved is given back", async () => {
    const q = new Quotas({ keyPrefix: `t${Date.now()}` });
    const limits = { ...NONE, tokensPerDay: 1_000 };
    const r = await q.reserve("u1", limits, 400, run());
    await r.settle(100);
    // 100 used: 900 fit, 901 do not.
    await expect(q.reserve("u1", limits, 901, run())).rejects.toBeInstanceOf(QuotaExceededError);
    const fits = await q.reserve("u1", limits, 900, run());
    await fits.settle(900);
    const err = await q.reserve("u1", limits, 1, run()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QuotaExceededError);
    expect((err as QuotaExceededError).extensions).toMatchObject({ limit: "tokensPerDay" });
    // Until the next UTC midnight.
    expect((err as QuotaExceededError).extensions.retryAfter).toBeLessThanOrEqual(86_400);
  });

  it("settling twice counts once, and a refused reservation takes nothing", async () => {
    const q = new Quotas({ keyPrefix: `t${Date.now()}b` });
    const limits = { ...NONE, tokensPerMonth: 100, concurrentRuns: 1 };
    const r = await q.reserve("u", limits, 60, run());
    await expect(q.reserve("u", limits, 10, run())).rejects.toMatchObject({ extensions: { limit: "concurrentRuns" } });
    await r.settle(60);
    await r.settle(60);
    await expect(q.reserve("u", limits, 41, run())).rejects.toMatchObject({ extensions: { limit: "tokensPerMonth" } });
    const last = await q.reserve("u", limits, 40, run());
    await last.settle(40);
  });

  it("keeps this month's tokens counted in memory (a 32-day timer would overflow Node's and fire at once)", async () => {
    // Fake timers fire a timer too long for Node after 1 ms, as Node does: running the next second shows it.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const q = new Quotas({ keyPrefix: `t${Date.now()}m` });
      const limits = { ...NONE, tokensPerMonth: 100 };
      await (await q.reserve("u", limits, 100, run())).settle(100);
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(q.reserve("u", limits, 1, run())).rejects.toMatchObject({ extensions: { limit: "tokensPerMonth" } });
    } finally {
      vi.useRealTimers();
    }
  });

  it("runs in flight are a set: a run released twice (by its process and by its taker) frees one slot", async () => {
    const q = new Quotas({ keyPrefix: `t${Date.now()}s` });
    const limits = { ...NONE, concurrentRuns: 2 };
    const one = await q.reserve("u", limits, 10, run());
    await q.reserve("u", limits, 10, run());
    await one.settle(10);
    // The process that took the run over releases it too: the second release finds nothing to give back.
    expect(await q.release(one.runId, 10)).toBe(false);
    const admitted = await Promise.allSettled(Array.from({ length: 5 }, () => q.reserve("u", limits, 10, run())));
    expect(admitted.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // A re-attempt of a run in flight keeps its one slot (and reserves its tokens again).
    expect(await q.reserve("u", limits, 10, { runId: one.runId }).catch((e: unknown) => e)).toBeInstanceOf(
      QuotaExceededError,
    );
  });
});

describe("long runs settle their real usage", () => {
  it("a run that outlives every wait is settled from its recorded usage when the sweep finds it ended", async () => {
    const prisma = h.database.prisma;
    const admission = new Admission({
      db: prisma,
      pubsub: h.app.engine.pubsub,
      logger: createLogger({ level: "error", write: () => undefined }),
      quotas: new Quotas({ keyPrefix: `t${Date.now()}l` }),
      defaults: { ...NONE, tokensPerDay: 10_000 },
      outputEstimate: 100,
      // The wait for its end on the bus gives up at once: the run is longer than that.
      settleTimeoutMs: 1,
      cacheTtlMs: 0,
    });
    const u = await userWithKey(prisma);
    const row = await prisma.interaction.create({ data: { ownerId: u.user.id, status: "in_progress" } });
    const body = { model: "gemini-3.5-flash", input: "x", generation_config: { max_output_tokens: 100 } };
    const reservation = await admission.admit(u.user.id, body, { runId: row.id });
    admission.settleAfter(reservation, row.id);
    // Still running: the sweep leaves it in flight.
    expect(await admission.sweep(0)).toBe(0);
    await prisma.interaction.update({ where: { id: row.id }, data: { completedAt: new Date(), totalTokens: 9_000 } });
    // The sweep settles it (or, had the bus's wait still been on, that would have: once either way).
    await admission.sweep(0);
    // 9,000 counted (not the ~100 estimated): 1,001 more go over 10,000, 1,000 fit (1 of input, the rest output).
    const fits = await admission.admit(u.user.id, { ...body, generation_config: { max_output_tokens: 999 } }, run());
    await fits.settle(0);
    const err = await admission
      .admit(u.user.id, { ...body, generation_config: { max_output_tokens: 1_000 } }, run())
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ extensions: { code: "QUOTA_EXCEEDED", limit: "tokensPerDay" } });
  });
});
