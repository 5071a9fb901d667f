import { describe, expect, it } from "vitest";
import {
  CancelJobDocument,
  CreateBackgroundDocument,
  GetJobDocument,
  InteractionEventsDocument,
  InteractionJobDocument,
  JobUpdatesDocument,
  ListJobsDocument,
  RetryJobDocument,
  SendBackgroundDocument,
  SendMessageDocument,
} from "./generated/graphql.ts";
import { collectWs, wsClient } from "./support/clients.ts";
import { userWithKey } from "./support/factories.ts";
import {
  ANTIGRAVITY,
  collectUntil,
  cursors,
  DEEP_RESEARCH,
  type Ev,
  joined,
  MODEL,
  oneToN,
  useJobsHarness,
} from "./support/jobs.ts";

const suite = useJobsHarness();

describe("a background interaction", () => {
  it("answers at once with its job, and polling job(id) follows it to the full result in the DB", async () => {
    const creates = suite.h.emulator.stats().creates;
    const { interaction, jobId } = await suite.background({ model: MODEL, text: "Background hello" });
    expect(["QUEUED", "IN_PROGRESS"]).toContain(interaction.status);
    expect(["QUEUED", "RUNNING"]).toContain(interaction.job?.status);
    expect(interaction.job?.interaction.id).toBe(interaction.id);

    const job = await suite.jobIn(jobId, "SUCCEEDED");
    expect(job).toMatchObject({ attempts: 1, lastError: null });
    expect(job.interaction.status).toBe("COMPLETED");
    // One vocabulary: the job's state reads like its interaction's status.
    expect(job.state).toBe(job.interaction.status);
    expect(job.interaction.outputText).toContain('You said: "Background hello"');
    expect(suite.h.emulator.stats().creates).toBe(creates + 1);
    const sent = suite.h.emulator.requests.at(-1);
    expect(sent).toMatchObject({ model: MODEL, background: true });
    expect(sent?.stream).not.toBe(true);

    const row = await suite.h.database.prisma.interaction.findUniqueOrThrow({ where: { id: interaction.id } });
    expect(row).toMatchObject({
      status: "completed",
      remoteId: job.interaction.remoteId,
      outputText: job.interaction.outputText,
    });
    expect(row.completedAt).not.toBeNull();
    expect(row.totalTokens).toBeGreaterThan(0);
    const { interaction: again } = await suite.h.ok(InteractionJobDocument, { id: interaction.id });
    expect(again?.job).toEqual({ id: jobId, status: "SUCCEEDED" });
  });

  it("is followed by jobUpdates and interactionEvents: cursors 1..n, joined text = outputText", async () => {
    suite.h.emulator.pacing.backgroundStepDelayMs = 60;
    const { interaction, jobId } = await suite.background({ agent: DEEP_RESEARCH, text: "tidal power" });
    const [updates, events, all] = await Promise.all([
      collectWs(suite.h.url, JobUpdatesDocument, { id: jobId }),
      collectWs(suite.h.url, InteractionEventsDocument, { id: interaction.id }),
      collectUntil(
        suite.h.url,
        JobUpdatesDocument,
        {},
        (r) => r.jobUpdates.id === jobId && r.jobUpdates.status === "SUCCEEDED",
      ),
    ]);
    expect(updates.errors).toEqual([]);
    const statuses = updates.results.map((r) => r.jobUpdates.status);
    expect(statuses).toContain("RUNNING");
    expect(statuses.at(-1)).toBe("SUCCEEDED");
    expect(new Set(statuses).size).toBe(statuses.length);
    // The all-jobs feed has no replay: it sees what happens after it subscribed, the end at least.
    expect(all.at(-1)?.jobUpdates).toMatchObject({ id: jobId, status: "SUCCEEDED" });

    const evs = events.results.map((r) => r.interactionEvents as Ev);
    // Live, a burst's text deltas may come merged (cursors skip); the replay has every event, 1..n.
    const replay = (await collectWs(suite.h.url, InteractionEventsDocument, { id: interaction.id })).results.map(
      (r) => r.interactionEvents as Ev,
    );
    expect(cursors(replay)).toEqual(oneToN(replay.length));
    const live = cursors(evs);
    expect(live).toEqual([...new Set(live)].sort((a, b) => a - b));
    expect(live.at(-1)).toBe(replay.length);
    expect(evs.at(-1)?.__typename).toBe("InteractionCompletedEvent");
    const job = await suite.jobNow(jobId);
    expect(joined(evs)).toBe(job?.interaction.outputText);
    expect(job?.interaction.outputText).toContain('Research report on "tidal power"');
  });

  it("runs managed agents, their steps typed in the Step union", async () => {
    const research = await suite.background({
      agent: DEEP_RESEARCH,
      text: "solar sails",
      agentConfig: { type: "deep-research", thinking_summaries: "auto" },
    });
    const sandbox = await suite.background({ agent: ANTIGRAVITY, text: "print hi", environment: { remote: true } });
    const [r, s] = await Promise.all([
      suite.jobIn(research.jobId, "SUCCEEDED"),
      suite.jobIn(sandbox.jobId, "SUCCEEDED"),
    ]);
    expect(r.interaction.agent).toBe(DEEP_RESEARCH);
    expect(r.interaction.steps.map((x) => x.__typename)).toEqual([
      "ThoughtStep",
      "GoogleSearchCallStep",
      "GoogleSearchResultStep",
      "ThoughtStep",
      "UrlContextCallStep",
      "UrlContextResultStep",
      "ModelOutputStep",
    ]);
    expect(s.interaction.steps.map((x) => x.__typename)).toEqual([
      "ThoughtStep",
      "CodeExecutionCallStep",
      "CodeExecutionResultStep",
      "CodeExecutionCallStep",
      "CodeExecutionResultStep",
      "ModelOutputStep",
    ]);
    expect(s.interaction.outputText).toMatch(/^Done: "print hi"\. I ran 2 commands in environment env_/);
    const sent = suite.h.emulator.requests.filter((b) => b.agent);
    expect(sent).toContainEqual(
      expect.objectContaining({ agent: ANTIGRAVITY, environment: "remote", background: true }),
    );
  });

  it("gives a conversation turn a job; the next turn waits for it, then chains after it", async () => {
    suite.h.emulator.pacing.backgroundStepDelayMs = 150;
    const { sendMessage: first } = await suite.h.ok(SendBackgroundDocument, {
      input: { text: "Hi, I am Lin", background: true },
    });
    const conversationId = first.conversation?.id as string;
    expect(first.job?.status).toMatch(/QUEUED|RUNNING/);
    const early = await suite.h.gql(SendMessageDocument, { input: { text: "too soon", conversationId } });
    expect(early.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const done = await suite.jobIn(first.job?.id as string, "SUCCEEDED");
    // The conversation keeps `background` like its other settings: this turn switches back to a plain one.
    const { sendMessage: second } = await suite.h.ok(SendMessageDocument, {
      input: { text: "Who am I?", conversationId, background: false },
    });
    expect(suite.h.emulator.requests.at(-1)?.previous_interaction_id).toBe(done.interaction.remoteId);
    expect(second.outputText).toContain('it began with "Hi, I am Lin"');
  });
});

describe("jobs and access", () => {
  it("lists the viewer's own jobs (admins see all), by status, a page at a time", async () => {
    const other = await userWithKey(suite.h.database.prisma);
    const admin = await userWithKey(suite.h.database.prisma, "ADMIN");
    const mine = await suite.background({ model: MODEL, text: "the admin's own" }, admin.headers);
    const { jobId } = await suite.background({ model: MODEL, text: "mine only" }, other.headers);
    await suite.jobIn(mine.jobId, "SUCCEEDED", admin.headers);
    await suite.jobIn(jobId, "SUCCEEDED", other.headers);

    const own = await suite.h.ok(ListJobsDocument, {}, other.headers);
    expect(own.jobs.edges.map((e) => e.node.id)).toEqual([jobId]);
    // An admin sees every user's jobs, newest first.
    const countQueries = async (first: number) => {
      const before = suite.h.queries.length;
      const res = await suite.h.ok(ListJobsDocument, { first }, admin.headers);
      return { res, queries: suite.h.queries.length - before };
    };
    const one = await countQueries(1);
    const { res: all, queries } = await countQueries(50);
    expect(all.jobs.edges[0]?.node.id).toBe(jobId);
    expect(all.jobs.edges.map((e) => e.node.id)).toContain(mine.jobId);
    // One query for the page and one for all its interactions (plus the key lookup): none per job.
    expect(all.jobs.edges.length).toBeGreaterThan(1);
    expect(queries).toBe(one.queries);
    expect(queries).toBeLessThanOrEqual(4);
    const page1 = await suite.h.ok(ListJobsDocument, { status: "SUCCEEDED", first: 1 }, admin.headers);
    const page2 = await suite.h.ok(
      ListJobsDocument,
      { status: "SUCCEEDED", first: 1, after: page1.jobs.pageInfo.endCursor },
      admin.headers,
    );
    expect(page1.jobs.pageInfo.hasNextPage).toBe(true);
    expect(page2.jobs.edges[0]?.node.id).not.toBe(page1.jobs.edges[0]?.node.id);
    const cancelled = await suite.h.ok(ListJobsDocument, { status: "CANCELLED", first: 50 }, admin.headers);
    expect(cancelled.jobs.edges.every((e) => e.node.status === "CANCELLED")).toBe(true);
  });

  it("treats another user's job id as unknown", async () => {
    const owner = await userWithKey(suite.h.database.prisma);
    const stranger = await userWithKey(suite.h.database.prisma);
    const { jobId } = await suite.background({ model: MODEL, text: "private" }, owner.headers);
    expect((await suite.h.ok(GetJobDocument, { id: jobId }, stranger.headers)).job).toBeNull();
    const cancel = await suite.h.gql(CancelJobDocument, { id: jobId }, stranger.headers);
    const retry = await suite.h.gql(RetryJobDocument, { id: jobId }, stranger.headers);
    expect([cancel, retry].map((r) => r.errors?.[0]?.extensions?.code)).toEqual(["NOT_FOUND", "NOT_FOUND"]);
    const sub = await collectWs(
      wsClient(suite.h.url, { authorization: stranger.headers.authorization }),
      JobUpdatesDocument,
      {
        id: jobId,
      },
    );
    expect(JSON.stringify(sub.errors)).toContain("NOT_FOUND");
    await suite.jobIn(jobId, "SUCCEEDED", owner.headers);
  });
});

describe("bad input", () => {
  const count = async () => ({
    interactions: await suite.h.database.prisma.interaction.count(),
    jobs: await suite.h.database.prisma.job.count(),
    conversations: await suite.h.database.prisma.conversation.count(),
    creates: suite.h.emulator.stats().creates,
  });
  const cases: [string, Record<string, unknown>, string][] = [
    ["an agent without background", { agent: DEEP_RESEARCH, text: "hi" }, "background"],
    ["an unknown agent", { agent: "mystery-agent-1", text: "hi", background: true }, "agent"],
    ["background with store: false", { model: MODEL, text: "hi", background: true, store: false }, "store"],
  ];
  for (const [name, input, field] of cases) {
    it(`refuses ${name} with VALIDATION_ERROR on ${field}, creating nothing`, async () => {
      const before = await count();
      const res = await suite.h.gql(CreateBackgroundDocument, { input: input as never });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field });
      const viaConversation = await suite.h.gql(SendBackgroundDocument, { input: input as never });
      expect(viaConversation.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field });
      expect(await count()).toEqual(before);
    });
  }
});
