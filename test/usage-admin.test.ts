import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/infra/config.ts";
import {
  ActiveRunsDocument,
  AdminJobsDocument,
  AdminUsageDocument,
  InteractionOwnerDocument,
} from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Postgres' percentile_cont: linear interpolation between the closest ranks. */
function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = p * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return (s[lo] as number) + ((s[hi] as number) - (s[lo] as number)) * (rank - lo);
}

interface Seed {
  ownerId: string;
  model: string;
  createdAt: Date;
  inputTokens: number;
  outputTokens: number;
  thoughtTokens: number;
  cachedTokens: number;
  ttftMs: number | null;
  latencyMs: number;
  failed: boolean;
}

describe("admin usage", () => {
  it("equals the sums of the stored interactions, grouped by DAY × MODEL, with percentiles and cost", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const a = await userWithKey(h.database.prisma);
    const b = await userWithKey(h.database.prisma);
    const models = ["gemini-3.5-flash", "gemini-3.5-pro"];
    const days = ["2020-03-01", "2020-03-02"];
    // A deterministic spread of rows: 2 users × 2 days × 2 models, 3-7 rows each.
    const seeds: Seed[] = [];
    let n = 0;
    for (const owner of [a.user.id, b.user.id])
      for (const day of days)
        for (const model of models)
          for (let k = 0; k < 3 + ((n * 7) % 5); k++, n++)
            seeds.push({
              ownerId: owner,
              model,
              createdAt: new Date(`${day}T${String(k % 24).padStart(2, "0")}:15:00Z`),
              inputTokens: 100 + ((n * 37) % 400),
              outputTokens: 50 + ((n * 53) % 300),
              thoughtTokens: (n * 11) % 40,
              cachedTokens: (n * 13) % 60,
              ttftMs: n % 6 === 0 ? null : 80 + ((n * 97) % 700),
              latencyMs: 400 + ((n * 131) % 3000),
              failed: n % 9 === 0,
            });
    await h.database.prisma.interaction.createMany({
      data: seeds.map((s) => ({
        ownerId: s.ownerId,
        model: s.model,
        status: s.failed ? "failed" : "completed",
        createdAt: s.createdAt,
        completedAt: s.createdAt,
        inputTokens: s.inputTokens,
        outputTokens: s.outputTokens,
        thoughtTokens: s.thoughtTokens,
        cachedTokens: s.cachedTokens,
        totalTokens: s.inputTokens + s.outputTokens + s.thoughtTokens,
        ttftMs: s.ttftMs,
        latencyMs: s.latencyMs,
        ...(s.failed ? { error: { code: "UPSTREAM_UNAVAILABLE", message: "seeded" } } : {}),
      })),
    });

    const window = { from: "2020-03-01T00:00:00Z", to: "2020-03-03T00:00:00Z" };
    const { usage } = await h.ok(AdminUsageDocument, { ...window, groupBy: ["DAY", "MODEL"] }, admin.headers);
    const prices = loadConfig({}).PRICES;
    const expected = days.flatMap((day) =>
      models.map((model) => {
        const rows = seeds.filter((s) => s.model === model && s.createdAt.toISOString().startsWith(day));
        const sum = (f: (s: Seed) => number) => rows.reduce((acc, s) => acc + f(s), 0);
        const p = prices[model] as { input: number; output: number; cached?: number };
        const ttfts = rows.flatMap((s) => (s.ttftMs === null ? [] : [s.ttftMs]));
        return {
          key: `${day} / ${model}`,
          day,
          model,
          userId: null,
          interactions: rows.length,
          errors: rows.filter((s) => s.failed).length,
          inputTokens: sum((s) => s.inputTokens),
          outputTokens: sum((s) => s.outputTokens),
          thoughtTokens: sum((s) => s.thoughtTokens),
          cachedTokens: sum((s) => s.cachedTokens),
          totalTokens: sum((s) => s.inputTokens + s.outputTokens + s.thoughtTokens),
          ttftP50Ms: percentile(ttfts, 0.5),
          ttftP95Ms: percentile(ttfts, 0.95),
          latencyP50Ms: percentile(
            rows.map((s) => s.latencyMs),
            0.5,
          ),
          latencyP95Ms: percentile(
            rows.map((s) => s.latencyMs),
            0.95,
          ),
          cost:
            sum(
              (s) =>
                (s.inputTokens - s.cachedTokens) * p.input +
                s.cachedTokens * (p.cached ?? p.input) +
                (s.outputTokens + s.thoughtTokens) * p.output,
            ) / 1e6,
        };
      }),
    );
    expect(usage).toHaveLength(4);
    for (const [i, want] of expected.entries()) {
      const got = usage[i];
      const { cost, ...exact } = want;
      expect({ ...got, user: undefined, costUsd: undefined }).toEqual({
        ...exact,
        user: undefined,
        costUsd: undefined,
      });
      expect(got?.costUsd).toBeCloseTo(cost, 9);
      expect(got?.costUsd).toBeGreaterThan(0);
    }

    // By USER × MODEL, one user only, and the old single-value groupBy: the same sums cut another way.
    const byUser = (await h.ok(AdminUsageDocument, { ...window, groupBy: ["USER", "MODEL"] }, admin.headers)).usage;
    expect(byUser).toHaveLength(4);
    // Keys come in DAY, MODEL, USER order whatever order groupBy lists them in.
    expect(byUser.map((r) => r.key)).toEqual(byUser.map((r) => `${r.model} / ${r.userId}`));
    for (const r of byUser) {
      const rows = seeds.filter((s) => s.ownerId === r.userId && s.model === r.model);
      expect(r.interactions).toBe(rows.length);
      expect(r.user?.id).toBe(r.userId);
    }
    const onlyA = (await h.ok(AdminUsageDocument, { ...window, groupBy: ["MODEL"], userId: a.user.id }, admin.headers))
      .usage;
    expect(onlyA.map((r) => r.interactions)).toEqual(
      models.map((m) => seeds.filter((s) => s.ownerId === a.user.id && s.model === m).length),
    );
    // A user sees only their own, whatever they ask.
    const own = (await h.ok(AdminUsageDocument, { ...window, groupBy: ["DAY"] }, a.headers)).usage;
    expect(own.reduce((acc, r) => acc + r.interactions, 0)).toBe(seeds.filter((s) => s.ownerId === a.user.id).length);
    const other = await h.gql(AdminUsageDocument, { ...window, userId: b.user.id }, a.headers);
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("jobs by several statuses and by user, activeRuns, and owner on objects (admins)", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const a = await userWithKey(h.database.prisma);
    const b = await userWithKey(h.database.prisma);
    const mk = async (ownerId: string, status: string, done: boolean) =>
      h.database.prisma.interaction.create({
        data: {
          ownerId,
          model: "gemini-3.5-flash",
          status: done ? "completed" : "in_progress",
          background: true,
          completedAt: done ? new Date() : null,
          job: { create: { ownerId, status } },
        },
        include: { job: true },
      });
    const aQueued = await mk(a.user.id, "QUEUED", false);
    const aFailed = await mk(a.user.id, "FAILED", true);
    const bRunning = await mk(b.user.id, "RUNNING", false);
    await mk(b.user.id, "SUCCEEDED", true);

    const two = await h.ok(AdminJobsDocument, { status: ["QUEUED", "FAILED"], userId: a.user.id }, admin.headers);
    expect(two.jobs.edges.map((e) => e.node.id).sort()).toEqual([aQueued.job?.id, aFailed.job?.id].sort());
    expect(two.jobs.edges.every((e) => e.node.owner?.id === a.user.id)).toBe(true);
    const single = await h.ok(AdminJobsDocument, { status: "RUNNING" as never, userId: b.user.id }, admin.headers);
    expect(single.jobs.edges.map((e) => e.node.id)).toEqual([bRunning.job?.id]);
    // A user naming another user's id learns nothing.
    const peek = await h.ok(AdminJobsDocument, { userId: b.user.id }, a.headers);
    expect(peek.jobs.edges).toEqual([]);

    const active = await h.ok(ActiveRunsDocument, {}, admin.headers);
    const ids = active.activeRuns.edges.map((e) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([aQueued.id, bRunning.id]));
    expect(ids).not.toContain(aFailed.id);
    const mine = await h.ok(ActiveRunsDocument, {}, a.headers);
    expect(mine.activeRuns.edges.map((e) => e.node.id)).toEqual([aQueued.id]);

    expect((await h.ok(InteractionOwnerDocument, { id: aQueued.id }, admin.headers)).interaction?.owner?.id).toBe(
      a.user.id,
    );
    expect((await h.ok(InteractionOwnerDocument, { id: aQueued.id }, a.headers)).interaction?.owner?.id).toBe(
      a.user.id,
    );
    expect((await h.ok(InteractionOwnerDocument, { id: aQueued.id }, b.headers)).interaction).toBeNull();
  });
});
