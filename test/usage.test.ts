import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateInteractionDocument, ModelsDocument, UsageDocument } from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("usage", () => {
  it("sums the viewer's own tokens by model and day; admins see everyone and can group by user", async () => {
    const alice = await userWithKey(h.database.prisma);
    const bob = await userWithKey(h.database.prisma);
    const a1 = (
      await h.ok(
        CreateInteractionDocument,
        { input: { model: "gemini-3.5-flash", text: "one two three" } },
        alice.headers,
      )
    ).createInteraction;
    const a2 = (
      await h.ok(CreateInteractionDocument, { input: { model: "gemini-3.5-pro", text: "four" } }, alice.headers)
    ).createInteraction;
    await h.ok(CreateInteractionDocument, { input: { model: "gemini-3.5-flash", text: "bob's" } }, bob.headers);

    const byModel = (await h.ok(UsageDocument, { groupBy: "MODEL" }, alice.headers)).usage;
    expect(byModel.map((r) => [r.key, r.interactions, r.totalTokens])).toEqual([
      ["gemini-3.5-flash", 1, a1.usage?.totalTokens],
      ["gemini-3.5-pro", 1, a2.usage?.totalTokens],
    ]);
    const byDay = (await h.ok(UsageDocument, {}, alice.headers)).usage;
    expect(byDay).toHaveLength(1);
    expect(byDay[0]?.key).toBe(new Date().toISOString().slice(0, 10));
    expect(byDay[0]?.totalTokens).toBe((a1.usage?.totalTokens ?? 0) + (a2.usage?.totalTokens ?? 0));

    const future = (await h.ok(UsageDocument, { from: new Date(Date.now() + 86_400_000).toISOString() }, alice.headers))
      .usage;
    expect(future).toEqual([]);

    const denied = await h.gql(UsageDocument, { groupBy: "USER" }, alice.headers);
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "groupBy" });
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const byUser = (await h.ok(UsageDocument, { groupBy: "USER" }, admin.headers)).usage;
    expect(byUser.map((r) => r.key)).toEqual(expect.arrayContaining([alice.user.id, bob.user.id]));
  });
});

describe("models", () => {
  it("lists models and agents with capabilities, marking the default", async () => {
    const { models } = await h.ok(ModelsDocument, {});
    expect(models.find((m) => m.isDefault)?.id).toBe("gemini-3.5-flash");
    // Deep research runs only in the background; antigravity runs in the foreground too (Google's own example).
    const agents = models.filter((m) => m.kind === "AGENT");
    expect(agents.filter((m) => m.id.startsWith("deep-research")).every((m) => m.backgroundOnly)).toBe(true);
    expect(agents.find((m) => m.id.startsWith("antigravity"))?.backgroundOnly).toBe(false);
    expect(models.find((m) => m.id === "gemini-3.1-flash-image")?.capabilities).toContain("IMAGE_OUTPUT");
  });
});
