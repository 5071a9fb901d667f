import { once } from "node:events";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { jobClient, MODEL } from "./support/jobs.ts";
import { waitFor } from "./support/wait.ts";

/** A port free now, so PUBLIC_URL (where upstream pushes) can be known before the server listens. */
async function freePort(): Promise<number> {
  const s = net.createServer().listen(0, "127.0.0.1");
  await once(s, "listening");
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** A server whose jobs upstream (the emulator) completes by webhook: per-request URIs, JWT-signed. */
async function pushHarness(fallbackMs: number) {
  const [port, emulatorPort] = [await freePort(), await freePort()];
  return startHarness({
    // Slow enough that the job's first GET finds the run still going, on a loaded machine too (600 ms was not):
    // only a push (or the fallback) ends it.
    emulator: { port: emulatorPort, backgroundStepDelayMs: 1500, webhooks: { retryBaseMs: 50 } },
    env: {
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      GEMINI_WEBHOOK_JWKS_URL: `http://127.0.0.1:${emulatorPort}/_emulator/jwks.json`,
      UPSTREAM_WEBHOOK_FALLBACK_MS: String(fallbackMs),
    },
  });
}

async function runJob(h: Harness, text: string) {
  const { headers } = await userWithKey(h.database.prisma);
  const jobs = jobClient(h);
  const { interaction, jobId } = await jobs.background({ model: MODEL, text }, headers);
  return { interaction, jobId, headers, jobs };
}

const remoteIdOf = async (h: Harness, id: string) =>
  (await h.database.prisma.interaction.findUniqueOrThrow({ where: { id } })).remoteId ?? "";
const streamingReads = (h: Harness, remoteId: string) =>
  h.emulator.log.filter((e) => e.interactionId === remoteId && e.op === "get" && e.streaming);
/** The emulator's delivery attempts for one interaction, once `n` are logged (an attempt logs after its answer). */
const attemptsFor = (h: Harness, remoteId: string, n = 1) =>
  waitFor(`${n} delivery attempts`, () => {
    const list = h.emulator.webhooks.attempts.filter((a) => a.interactionId === remoteId);
    return list.length >= n && list;
  });

describe("jobs completed by upstream's webhook", () => {
  let h: Harness;
  // The fallback poll is far off: a job that ends within the test's wait ended by the push.
  beforeAll(async () => {
    h = await pushHarness(120_000);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("a background job ends from the pushed event, with no upstream stream held", async () => {
    const { interaction, jobId, headers, jobs } = await runJob(h, "push me");
    const job = await jobs.jobIn(jobId, "SUCCEEDED", headers);
    expect(job.status).toBe("SUCCEEDED");
    const remoteId = await remoteIdOf(h, interaction.id);
    const sent = h.emulator.requests.find((b) => JSON.stringify(b.input).includes("push me"));
    expect(sent?.webhook_config).toEqual({
      uris: [`${h.url}/webhooks/gemini`],
      user_metadata: { interaction_id: interaction.id },
    });
    expect(streamingReads(h, remoteId)).toEqual([]);
    // Read at the start (still running), then once when pushed.
    expect(h.emulator.log.filter((e) => e.interactionId === remoteId && e.op === "get").length).toBe(2);
    expect((await attemptsFor(h, remoteId)).map((a) => [a.signedWith, a.status])).toEqual([["jwt", 200]]);
    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: interaction.id } });
    expect(row.status).toBe("completed");
    expect(JSON.stringify(row.steps)).toContain("push me");
  });

  it("a failed run fails its job the same way", async () => {
    h.emulator.faults.add([{ op: "create", failRun: true }]);
    const { jobId, headers, jobs } = await runJob(h, "fail me");
    const job = await jobs.jobIn(jobId, "FAILED", headers);
    expect(job.lastError).toBeTruthy();
  });

  it("a duplicated event and a forged one change nothing; the signed retry ends the job", async () => {
    h.emulator.faults.add([{ op: "webhook", delivery: "duplicate" }]);
    const a = await runJob(h, "twice");
    await a.jobs.jobIn(a.jobId, "SUCCEEDED", a.headers);
    const remoteA = await remoteIdOf(h, a.interaction.id);
    const twice = await attemptsFor(h, remoteA, 2);
    expect(twice.map((x) => x.status)).toEqual([200, 200]);
    expect(new Set(twice.map((x) => x.messageId)).size).toBe(1);
    expect(await h.database.prisma.upstreamWebhookEvent.count({ where: { remoteId: remoteA } })).toBe(1);
    const events = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: a.interaction.id } });
    expect(events.status).toBe("completed");

    h.emulator.faults.add([{ op: "webhook", delivery: "bad_signature" }]);
    const b = await runJob(h, "forged first");
    await b.jobs.jobIn(b.jobId, "SUCCEEDED", b.headers);
    const remoteB = await remoteIdOf(h, b.interaction.id);
    expect((await attemptsFor(h, remoteB, 2)).map((x) => x.status)).toEqual([401, 200]);
    expect(h.logs.some((l) => l.includes("incoming webhook refused"))).toBe(true);
    expect(streamingReads(h, remoteB)).toEqual([]);
  });
});

describe("a push that never comes", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await pushHarness(1_500);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("is made up for by the fallback poll", async () => {
    h.emulator.faults.add([{ op: "webhook", delivery: "drop" }]);
    const { interaction, jobId, headers, jobs } = await runJob(h, "dropped");
    await jobs.jobIn(jobId, "SUCCEEDED", headers);
    const remoteId = await remoteIdOf(h, interaction.id);
    expect((await attemptsFor(h, remoteId)).map((a) => [a.attempt, a.fault])).toEqual([[0, "drop"]]);
    // Read twice: at the start (still running), then once the fallback interval had passed.
    expect(h.emulator.log.filter((e) => e.interactionId === remoteId && e.op === "get").length).toBe(2);
    expect(streamingReads(h, remoteId)).toEqual([]);
  });
});
