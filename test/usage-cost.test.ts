import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateWithControlsDocument, UsageDocument } from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

// Issue 25: the usage report prices each modality and service tier as configured, tool-use tokens included.
const PRICES = {
  "gemini-3.5-flash": { input: 2, output: 10, cached: 1, modalities: { audio: { input: 6 }, image: { output: 40 } } },
};
const FACTORS = { flex: 0.5, standard: 1, priority: 2, deferred: 0.25 };
const MODEL = "gemini-3.5-flash";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    env: { PRICES: JSON.stringify(PRICES), SERVICE_TIER_PRICE_FACTORS: JSON.stringify(FACTORS) },
  });
});
afterAll(async () => {
  await h?.close();
});

const since = new Date(Date.now() - 60_000).toISOString();

describe("usage cost by service tier and modality", () => {
  it("prices the same run at flex half and at priority twice the standard price", async () => {
    const u = await userWithKey(h.database.prisma);
    const run = async (serviceTier: "FLEX" | "PRIORITY" | undefined) =>
      (
        await h.ok(
          CreateWithControlsDocument,
          { input: { model: MODEL, text: "Tell me about the tides", ...(serviceTier ? { serviceTier } : {}) } },
          u.headers,
        )
      ).createInteraction;
    const runs = [await run("FLEX"), await run("PRIORITY"), await run(undefined)];
    const [flex, priority, standard] = runs.map((r) => r.usage);
    expect(flex?.outputTokens).toBeGreaterThan(0);

    const { usage } = await h.ok(UsageDocument, { from: since, groupBy: ["SERVICE_TIER"] }, u.headers);
    expect(usage.map((r) => [r.key, r.serviceTier, r.interactions])).toEqual([
      ["flex", "FLEX", 1],
      ["priority", "PRIORITY", 1],
      ["standard", "STANDARD", 1],
    ]);
    // Text only: input × 2 + output × 10 per million, times the tier's factor.
    const base = (x: typeof flex) => ((x?.inputTokens ?? 0) * 2 + (x?.outputTokens ?? 0) * 10) / 1e6;
    expect(usage[0]?.costUsd).toBeCloseTo(base(flex) * 0.5, 12);
    expect(usage[1]?.costUsd).toBeCloseTo(base(priority) * 2, 12);
    expect(usage[2]?.costUsd).toBeCloseTo(base(standard), 12);
    expect(usage[1]?.costUsd).toBeGreaterThan(usage[2]?.costUsd ?? Infinity);
    expect(usage[0]?.costUsd).toBeLessThan(usage[2]?.costUsd ?? 0);
  });

  it("sums seeded interactions across tiers and modalities, tool-use tokens at the input price", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    const at = new Date("2021-06-01T10:00:00Z");
    const row = (tier: string | null, usage: Record<string, number>, byModality: object) => ({
      ownerId: u.user.id,
      model: MODEL,
      status: "completed",
      createdAt: at,
      request: tier ? { service_tier: tier } : {},
      inputTokens: usage.input ?? 0,
      outputTokens: usage.output ?? 0,
      cachedTokens: usage.cached ?? 0,
      toolUseTokens: usage.toolUse ?? 0,
      totalTokens: (usage.input ?? 0) + (usage.output ?? 0),
      usageByModality: byModality,
    });
    await h.database.prisma.interaction.createMany({
      data: [
        // Standard, audio in: 600 text + 400 audio input (100 audio cached), 200 text out, 50 tool-use tokens.
        row(
          null,
          { input: 1000, output: 200, cached: 100, toolUse: 50 },
          {
            input_tokens_by_modality: [
              { modality: "text", tokens: 600 },
              { modality: "audio", tokens: 400 },
            ],
            output_tokens_by_modality: [{ modality: "text", tokens: 200 }],
            cached_tokens_by_modality: [{ modality: "audio", tokens: 100 }],
            tool_use_tokens_by_modality: [{ modality: "text", tokens: 50 }],
          },
        ),
        // Flex, image out: 100 text in, 300 text + 1000 image out.
        row(
          "flex",
          { input: 100, output: 1300 },
          {
            input_tokens_by_modality: [{ modality: "text", tokens: 100 }],
            output_tokens_by_modality: [
              { modality: "text", tokens: 300 },
              { modality: "image", tokens: 1000 },
            ],
          },
        ),
        // Deferred, no breakdown stored (an older row): totals at the model's prices.
        row("deferred", { input: 1000, output: 1000, toolUse: 1000 }, {}),
      ],
    });
    const { usage } = await h.ok(
      UsageDocument,
      { from: "2021-06-01T00:00:00Z", to: "2021-06-02T00:00:00Z", groupBy: ["MODEL", "SERVICE_TIER"] },
      admin.headers,
    );
    const mine = usage;
    // Standard: 600 text in × 2 + 300 audio uncached × 6 + 100 audio cached at the model's cached 1
    //   + 200 out × 10 + 50 tool use × 2 = 1200 + 1800 + 100 + 2000 + 100 = 5200.
    // Flex: (100 × 2 + 300 × 10 + 1000 × 40) × 0.5 = 21,600.
    // Deferred: (1000 × 2 + 1000 × 10 + 1000 × 2) × 0.25 = 3,500.
    expect(mine.map((r) => [r.key, r.toolUseTokens])).toEqual([
      [`${MODEL} / deferred`, 1000],
      [`${MODEL} / flex`, 0],
      [`${MODEL} / standard`, 50],
    ]);
    expect(mine.map((r) => r.costUsd * 1e6)).toEqual([
      expect.closeTo(3500, 6),
      expect.closeTo(21600, 6),
      expect.closeTo(5200, 6),
    ]);
  });
});
