import { describe, expect, it } from "vitest";
import { postGql } from "./support/clients.ts";
import { longText } from "./support/factories.ts";
import { useRestarts } from "./support/restarts.ts";
import type { ServerProcess } from "./support/server-process.ts";

/**
 * Embedded mode: the quota's counters are re-seeded at start from what is
 * stored. Deleting interactions must not give quota back, and the minute's
 * requests must still count: tested on real restarts of a real server process.
 */
const restarts = useRestarts("gig-ledger-");
const { serverOn, dataDir } = restarts;

type Refusal = { extensions?: { code?: string; limit?: string; retryAfter?: number } };
type Answer = { data?: { sendMessage?: { conversation?: { id: string } } }; errors?: Refusal[] };

/** One turn in a new conversation as the keyless local user; its answer (refused or not). */
async function turn(s: ServerProcess, text: string): Promise<Answer> {
  const res = await postGql(
    s.url,
    'mutation($t: String) { sendMessage(input: { model: "gemini-3.5-flash", text: $t }) { id conversation { id } } }',
    { t: text },
  );
  return (await res.json()) as Answer;
}

async function deleteConversation(s: ServerProcess, id: string) {
  const res = await postGql(s.url, "mutation($id: ID!) { deleteConversation(id: $id) }", { id });
  expect(await res.json()).toEqual({ data: { deleteConversation: true } });
}

async function conversationCount(s: ServerProcess): Promise<number> {
  const res = await postGql(s.url, "{ conversations(first: 100) { edges { node { id } } } }", {});
  return ((await res.json()) as { data: { conversations: { edges: unknown[] } } }).data.conversations.edges.length;
}

describe("embedded quotas: deleting interactions gives nothing back, across a restart", () => {
  it("the daily limit used up, every conversation deleted, a restart: still refused, nothing sent upstream", async () => {
    const dir = await dataDir();
    // ~420 tokens reserved a turn (400 words, a small output estimate), ~800 used (the emulator echoes the input).
    const env = { QUOTA_TOKENS_PER_DAY: "2000", QUOTA_OUTPUT_ESTIMATE: "10" };
    const first = await serverOn(dir, env);
    const text = longText("ledger", { words: 400, stem: "w" });
    const conversations: string[] = [];
    let refused: Answer | undefined;
    for (let i = 0; i < 6 && !refused; i++) {
      const answer = await turn(first, text);
      if (answer.errors) refused = answer;
      else conversations.push(String(answer.data?.sendMessage?.conversation?.id));
    }
    expect(conversations.length).toBeGreaterThan(0);
    expect(refused?.errors?.[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "tokensPerDay" });
    for (const id of conversations) await deleteConversation(first, id);
    expect(await conversationCount(first)).toBe(0);
    await first.stop();

    const second = await serverOn(dir, env);
    const creates = restarts.emulator.stats().creates;
    const again = await turn(second, text);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "tokensPerDay" });
    expect(restarts.emulator.stats().creates).toBe(creates);
    // Killed this time (no graceful stop): the next start reads the same rows.
    await second.stop("SIGKILL");
    const third = await serverOn(dir, env);
    expect((await turn(third, text)).errors?.[0]?.extensions).toMatchObject({ limit: "tokensPerDay" });
    expect(restarts.emulator.stats().creates).toBe(creates);
    await third.stop();
  }, 240_000);

  it("a restart keeps the minute's requests counted: the per-minute limit still refuses in the window the first request opened", async () => {
    const dir = await dataDir();
    const env = { QUOTA_REQUESTS_PER_MINUTE: "3" };
    const first = await serverOn(dir, env);
    for (let i = 0; i < 3; i++) expect((await turn(first, `quick ${i}`)).errors).toBeUndefined();
    const over = await turn(first, "one too many");
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "requestsPerMinute" });
    await first.stop();

    const second = await serverOn(dir, env);
    const creates = restarts.emulator.stats().creates;
    const again = await turn(second, "after the restart");
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "QUOTA_EXCEEDED", limit: "requestsPerMinute" });
    // The window is the one the first request opened, not a new minute from the restart.
    expect(again.errors?.[0]?.extensions?.retryAfter).toBeLessThanOrEqual(60);
    expect(restarts.emulator.stats().creates).toBe(creates);
    await second.stop();
  }, 240_000);
});
