import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { ChatError, type ChatEvent, createChatClient } from "../packages/client/src/node.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media } from "./support/media.ts";
import { waitFor } from "./support/wait.ts";

/**
 * The framework-free client of packages/client, from Node as a script would use it, against a real
 * server (the emulator streaming slowly enough to cut a reply in the middle).
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ emulator: { deltaDelayMs: 8 } });
});
afterAll(async () => {
  await h?.close();
});

const long = (tag: string) => `${tag} ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ")}`;
const textOf = (evs: ChatEvent[]) =>
  evs
    .map((e) => (e.__typename === "StepDeltaEvent" && e.delta.__typename === "TextDelta" ? e.delta.text : ""))
    .join("");
const STORED = "query Stored($id: ID!) { interaction(id: $id) { outputText } }";
const fastRetry = async () => undefined; // reconnect at once (the default waits 1-4 s)

describe("createChatClient", () => {
  it("streams a turn whose text is the stored outputText, keyless", async () => {
    const client = createChatClient({ url: h.url });
    const turn = client.chat({ text: long("hello") });
    const events: ChatEvent[] = [];
    for await (const e of turn.events) events.push(e);
    const result = await turn.done;
    expect(events.filter((e) => e.__typename === "StepDeltaEvent").length).toBeGreaterThan(5);
    expect(events.at(-1)?.__typename).toBe("TurnEndEvent");
    const stored = await client.query<{ interaction: { outputText: string } }, { id: string }>(STORED, {
      id: result.interaction.id,
    });
    expect(result.text).toBe(stored.interaction.outputText);
    expect(textOf(events)).toBe(stored.interaction.outputText);
    expect(result).toMatchObject({ reason: "COMPLETED", error: null });
    expect(result.conversationId).toBeTruthy();
    await client.close();
  });

  it("continues a reply after its socket is killed, without a second send", async () => {
    const client = createChatClient({ url: h.url, retryWait: fastRetry });
    const sockets: unknown[] = [];
    client.socket.on("connected", (s) => sockets.push(s));
    const before = h.emulator.requests.length;
    const turn = client.chat({ text: long("killed") });
    const events: ChatEvent[] = [];
    for await (const e of turn.events) {
      events.push(e);
      const deltas = events.filter((x) => x.__typename === "StepDeltaEvent").length;
      const live = sockets.at(-1);
      if (deltas === 5 && live instanceof WebSocket) live.terminate(); // the network drops mid-reply
    }
    const result = await turn.done;
    expect(sockets.length).toBe(2); // it reconnected
    const stored = await client.query<{ interaction: { outputText: string } }, { id: string }>(STORED, {
      id: result.interaction.id,
    });
    expect(textOf(events)).toBe(stored.interaction.outputText);
    expect(new Set(events.map((e) => e.cursor)).size).toBe(events.length); // every event once
    expect(h.emulator.requests.length - before).toBe(1); // one create upstream
    await client.close();
  });

  it("resumes a saved turn from a new client after a reload, from the last cursor", async () => {
    let client = createChatClient({ url: h.url });
    const before = h.emulator.requests.length;
    const turn = client.chat({ text: long("reload") });
    const shown: ChatEvent[] = [];
    for await (const e of turn.events) {
      shown.push(e);
      if (shown.filter((x) => x.__typename === "StepDeltaEvent").length === 4) break;
    }
    const saved = JSON.parse(JSON.stringify(turn.saved)); // what the page kept in sessionStorage
    turn.unsubscribe();
    await expect(turn.done).rejects.toMatchObject({ code: "ABORTED" });
    await client.close(); // the tab reloads
    client = createChatClient({ url: h.url });
    const again = client.resume(saved);
    const rest: ChatEvent[] = [];
    for await (const e of again.events) rest.push(e);
    expect(Number(rest[0]?.cursor)).toBe(Number(saved.cursor) + 1);
    const result = await again.done;
    expect(textOf([...shown, ...rest])).toBe(result.text);
    expect(h.emulator.requests.length - before).toBe(1);
    await client.close();
  });

  it("regenerates and edits as new versions of a message", async () => {
    const client = createChatClient({ url: h.url });
    const first = await client.chat({ text: "first" }).done;
    const regen = await client.regenerate(first.interaction.id).done;
    expect(regen.conversationId).toBe(first.conversationId);
    const edited = await client.edit(first.interaction.id, { text: "first, edited" }).done;
    expect(edited.reason).toBe("COMPLETED");
    const versions = await client.query<{ interaction: { siblingCount: number } }, { id: string }>(
      "query V($id: ID!) { interaction(id: $id) { siblingCount } }",
      { id: edited.interaction.id },
    );
    expect(versions.interaction.siblingCount).toBe(3);
    await client.close();
  });

  it("uploads a file with the CSRF header and sends it as a part", async () => {
    const { secret } = await userWithKey(h.database.prisma);
    const client = createChatClient({ url: `${h.url}/graphql`, apiKey: secret });
    const file = await client.upload(new Blob([media.png()], { type: "image/png" }), "dot.png");
    expect(file).toMatchObject({ name: "dot.png", mimeType: "image/png" });
    const result = await client.chat({ text: "what is this?", parts: [{ fileId: file.id }] }).done;
    expect(result.reason).toBe("COMPLETED");
    // Only a PNG signature: a truncated file, refused as such (it was INTERNAL_SERVER_ERROR).
    const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(client.upload(new Blob([signature]), "cut.png")).rejects.toMatchObject({ code: "FILE_CORRUPT" });
    await client.close();
  });

  it("gives one ChatError for a GraphQL error and for a refused key's close", async () => {
    const client = createChatClient({ url: h.url });
    const bad = client.mutate('mutation { cancelInteraction(id: "nope") { id } }');
    await expect(bad).rejects.toBeInstanceOf(ChatError);
    await expect(bad).rejects.toMatchObject({ code: "NOT_FOUND" });
    const invalid = client.chat({ text: "" }).done;
    await expect(invalid).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    await client.close();
    const wrong = createChatClient({ url: h.url, apiKey: "gig_not-a-real-key" });
    await expect(wrong.chat({ text: "hi" }).done).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await wrong.close();
  });
});

describe("docs/frontend.md, the client kit section", () => {
  it("prints docs/frontend/kit.ts, and that example answers from the built package", async () => {
    const guide = readFileSync(new URL("../docs/frontend.md", import.meta.url), "utf8");
    const example = readFileSync(new URL("../docs/frontend/kit.ts", import.meta.url), "utf8");
    expect(guide).toContain(`## The client kit`);
    expect(guide).toContain(`\`\`\`ts\n${example}\`\`\``);
    // The example imports the package by name: packages/client/dist, built by the global setup when stale.
    const pending = new Map<string, string>();
    vi.stubGlobal("sessionStorage", {
      setItem: (k: string, v: string) => pending.set(k, v),
      removeItem: (k: string) => pending.delete(k),
    });
    const { ask } = await import("../docs/frontend/kit.ts");
    let shown = "";
    let saved = "";
    const answer = await ask(h.url, "from the guide", (more) => {
      shown += more;
      saved ||= pending.get("pending") ?? "";
    });
    expect(answer).toMatchObject({ reason: "COMPLETED", answer: shown });
    expect(JSON.parse(saved)).toMatchObject({ clientMessageId: expect.any(String), variables: { input: {} } });
    expect(pending.size).toBe(0);
    const refused = await ask(h.url, "hi", () => undefined, "not-a-key");
    expect(refused.error).toMatch(/^UNAUTHENTICATED: /);
    vi.unstubAllGlobals();
  });
});

describe("jobs(state:)", () => {
  it("filters jobs in the vocabulary of Interaction.status", async () => {
    const client = createChatClient({ url: h.url });
    type Created = { createInteraction: { job: { id: string } } };
    const { createInteraction } = await client.mutate<Created>(
      'mutation { createInteraction(input: { model: "gemini-3.5-flash", text: "in the background", background: true }) { job { id } } }',
    );
    const jobId = createInteraction.job.id;
    type Jobs = { jobs: { edges: { node: { id: string; state: string } }[] } };
    const listed = (state: string) =>
      client
        .query<Jobs>(`query { jobs(state: [${state}]) { edges { node { id state } } } }`)
        .then((r) => r.jobs.edges.map((e) => e.node));
    await waitFor("the job to complete", async () => (await listed("COMPLETED")).some((j) => j.id === jobId));
    expect((await listed("COMPLETED")).every((j) => j.state === "COMPLETED")).toBe(true);
    expect((await listed("QUEUED, IN_PROGRESS")).some((j) => j.id === jobId)).toBe(false);
    expect(await listed("REQUIRES_ACTION")).toEqual([]); // no job is ever in it: empty, not unfiltered
    await client.close();
  });
});

describe("Node", () => {
  it("selects status and usage of an Interaction and of a Job in one node query, without aliases", async () => {
    const client = createChatClient({ url: h.url });
    type Created = { createInteraction: { id: string; job: { id: string } } };
    const { createInteraction } = await client.mutate<Created>(
      'mutation { createInteraction(input: { model: "gemini-3.5-flash", text: "one vocabulary", background: true }) { id job { id } } }',
    );
    const NODE = `query Node($id: ID!) { node(id: $id) { id
      ... on Interaction { status usage { totalTokens } }
      ... on Job { status usage { totalTokens } jobStatus }
      ... on User { usage { totalTokens } } } }`;
    type Got = { node: { status?: string; jobStatus?: string; usage: { totalTokens: number } | null } };
    const job = () => client.query<Got, { id: string }>(NODE, { id: createInteraction.job.id });
    await waitFor("the job to complete", async () => (await job()).node.status === "COMPLETED");
    const [asJob, asInteraction] = [
      await job(),
      await client.query<Got, { id: string }>(NODE, { id: createInteraction.id }),
    ];
    expect(asInteraction.node).toMatchObject({ status: "COMPLETED" });
    expect(asInteraction.node.usage?.totalTokens).toBeGreaterThan(0);
    // The job's usage is its interaction's; the old words stay under the deprecated jobStatus.
    expect(asJob.node).toEqual({
      id: createInteraction.job.id,
      status: "COMPLETED",
      usage: asInteraction.node.usage,
      jobStatus: "SUCCEEDED",
    });
    await client.close();
  });
});
