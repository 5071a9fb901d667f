import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateWithControlsDocument } from "./generated/graphql.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

// Issue 25: each agent's agent_config typed (SDK 2.32's DeepResearch/Antigravity/CodeMender/Dynamic configs).
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("typed agent configs", () => {
  it("a deep-research run sends its visualization, planning and summaries as upstream's agent_config", async () => {
    await h.ok(CreateWithControlsDocument, {
      input: {
        agent: "deep-research-preview-04-2026",
        background: true,
        text: "Research the tides, typed",
        agentSettings: {
          deepResearch: { visualization: "OFF", collaborativePlanning: true, thinkingSummaries: "AUTO" },
        },
      },
    });
    // A background run: its job sends the request a moment after the mutation answers.
    const sent = await waitFor("the research request upstream", () =>
      h.emulator.requests.find((r) => JSON.stringify(r.input).includes("Research the tides, typed")),
    );
    expect(sent.agent_config).toEqual({
      type: "deep-research",
      visualization: "off",
      collaborative_planning: true,
      thinking_summaries: "auto",
    });
  });

  it("an antigravity run in the foreground sends its model and token budget, over the agentConfig JSON", async () => {
    const { createInteraction } = await h.ok(CreateWithControlsDocument, {
      input: {
        agent: "antigravity-preview-05-2026",
        text: "List the files",
        agentConfig: { type: "antigravity", model: "gemini-3.5-pro" },
        agentSettings: { antigravity: { model: "gemini-3.5-flash", maxTotalTokens: 50_000 } },
      },
    });
    expect(createInteraction.status).toBe("COMPLETED");
    expect(h.emulator.requests.at(-1)?.agent_config).toEqual({
      type: "antigravity",
      model: "gemini-3.5-flash",
      max_total_tokens: "50000",
    });
  });

  it("refuses a config of another agent's kind, and two configs at once, before anything reaches upstream", async () => {
    const before = h.emulator.requests.length;
    const wrong = await h.gql(CreateWithControlsDocument, {
      input: {
        agent: "deep-research-preview-04-2026",
        background: true,
        text: "Research",
        agentSettings: { antigravity: { maxTotalTokens: 10 } },
      },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "agentSettings" });
    const two = await h.gql(CreateWithControlsDocument, {
      input: {
        agent: "antigravity-preview-05-2026",
        text: "Go",
        agentSettings: { antigravity: { maxTotalTokens: 10 }, dynamic: { x: 1 } as never },
      },
    });
    expect(two.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(h.emulator.requests.length).toBe(before);
  });
});
