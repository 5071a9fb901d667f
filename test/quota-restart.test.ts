import { describe, expect, it } from "vitest";
import { ChatDocument, GetInteractionDocument } from "./generated/graphql.ts";
import { type Collected, collectWs, gqlAt, postGql, wsClient } from "./support/clients.ts";
import { longText } from "./support/factories.ts";
import { useRestarts } from "./support/restarts.ts";
import type { ServerProcess } from "./support/server-process.ts";
import { waitFor } from "./support/wait.ts";

/**
 * Embedded mode (one process on its data directory): the quota's counters
 * live in the process, so what a restart must not lose is tested on a real
 * restart of a real server process.
 */
const restarts = useRestarts("gig-quota-", { RECONCILE_INTERVAL_MS: "500" });
const { serverOn, dataDir } = restarts;

type Answer = { data?: unknown; errors?: { extensions?: { code?: string; limit?: string } }[] };

/** One foreground turn as the keyless local user; its answer (refused or not). */
async function turn(s: ServerProcess, text: string): Promise<Answer> {
  const res = await postGql(
    s.url,
    'mutation($t: String) { createInteraction(input: { model: "gemini-3.5-flash", text: $t }) { id status } }',
    { t: text },
  );
  return (await res.json()) as Answer;
}

describe("embedded quotas across a restart", () => {
  it("a restart keeps the day's usage counted: the daily limit still refuses on the same data directory", async () => {
    const dir = await dataDir();
    // ~420 tokens reserved a turn (400 words, a small output estimate), ~800 used (the emulator echoes the input).
    const env = { QUOTA_TOKENS_PER_DAY: "2000", QUOTA_OUTPUT_ESTIMATE: "10" };
    const first = await serverOn(dir, env);
    const text = longText("usage", { words: 400, stem: "w" });
    let admitted = 0;
    let refused: Answer | undefined;
    for (let i = 0; i < 6 && !refused; i++) {
      const answer = await turn(first, text);
      if (answer.errors) refused = answer;
      else admitted++;
    }
    expect(admitted).toBeGreaterThan(0);
    expect(refused?.errors?.[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "tokensPerDay" });
    await first.stop();

    const second = await serverOn(dir, env);
    const creates = restarts.emulator.stats().creates;
    const again = await turn(second, text);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "tokensPerDay" });
    expect(restarts.emulator.stats().creates).toBe(creates);
    await second.stop();
  }, 180_000);

  it("kill -9 mid-run: the taken-over run keeps its slot after the restart, and gives it back when it ends", async () => {
    const dir = await dataDir();
    const env = { QUOTA_CONCURRENT_RUNS: "1" };
    const first = await serverOn(dir, env);
    restarts.emulator.pacing.deltaDelayMs = 40;
    try {
      // About 600 words at 40 ms: still streaming well after the restart.
      const client = wsClient(first.url);
      const live: Collected<{ chat: { interactionId?: string | null } }> = { results: [], errors: [] };
      const chat = collectWs(
        client,
        ChatDocument,
        { input: { text: longText("slot", { words: 600 }) } },
        { into: live },
      );
      const id = await waitFor("the run to be written", async () => {
        const found = live.results.find((r) => r.chat.interactionId)?.chat.interactionId;
        if (!found) return undefined;
        const { interaction } = await gqlAt(first.url, GetInteractionDocument, { id: found });
        return interaction ? found : undefined;
      });
      await first.stop("SIGKILL");
      await chat;
      await client.dispose();

      const second = await serverOn(dir, env);
      // The run is followed here now and still holds the only slot: a new turn is refused.
      const refused = await turn(second, "while the taken-over run goes on");
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "concurrentRuns" });
      const { interaction } = await gqlAt(second.url, GetInteractionDocument, { id });
      expect(interaction?.status).toBe("IN_PROGRESS");
      restarts.emulator.pacing.deltaDelayMs = 0;
      await waitFor(
        "the taken-over run to complete",
        async () => (await gqlAt(second.url, GetInteractionDocument, { id })).interaction?.status === "COMPLETED",
        { timeoutMs: 60_000 },
      );
      // Its end gave the slot back (exactly once: the next turn fits, the one after it still does).
      expect((await turn(second, "after the end")).errors).toBeUndefined();
      expect((await turn(second, "and again")).errors).toBeUndefined();
      await second.stop();
    } finally {
      restarts.emulator.pacing.deltaDelayMs = 0;
    }
  }, 180_000);
});
