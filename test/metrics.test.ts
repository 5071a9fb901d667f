import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChatDocument, CreateInteractionDocument } from "./generated/graphql.ts";
import { collectWs } from "./support/clients.ts";
import { userWithKey } from "./support/factories.ts";
import type { Harness } from "./support/harness.ts";
import { jobClient, MODEL, startJobsHarness } from "./support/jobs.ts";
import { scrape as scrapeAt } from "./support/metrics.ts";

let h: Harness;
let admin: Record<string, string>;

beforeAll(async () => {
  h = await startJobsHarness();
  admin = (await userWithKey(h.database.prisma, "ADMIN")).headers;
});
afterAll(async () => {
  await h?.close();
});

/** One scrape (it fails unless /metrics answers 200). */
const scrape = () => scrapeAt(h.url, admin);
/** How much each series moved between two scrapes (absent counts as 0). */
const moved = (before: Map<string, number>, after: Map<string, number>) => (key: string) =>
  (after.get(key) ?? 0) - (before.get(key) ?? 0);

describe("/metrics", () => {
  it("is refused without an admin key, and to a plain user's key", async () => {
    expect((await fetch(`${h.url}/metrics`)).status).toBe(401);
    const user = await userWithKey(h.database.prisma);
    expect((await fetch(`${h.url}/metrics`, { headers: user.headers })).status).toBe(401);
  });

  it("counts a chat: one operation, its events, one run with its first token and run time, one upstream create", async () => {
    const before = await scrape();
    const { results, errors } = await collectWs(h.url, ChatDocument, { input: { text: "count me", model: MODEL } });
    expect(errors).toEqual([]);
    const after = await scrape();
    const d = moved(before, after);
    expect(d('gig_graphql_operations_total{operation="Chat",type="subscription",outcome="ok"}')).toBe(1);
    expect(d('gig_subscription_events_total{operation="Chat"}')).toBe(results.length);
    expect(d(`gig_runs_total{model="${MODEL}",status="completed"}`)).toBe(1);
    expect(d(`gig_run_first_token_seconds_count{model="${MODEL}"}`)).toBe(1);
    expect(d(`gig_run_duration_seconds_count{model="${MODEL}",status="completed"}`)).toBe(1);
    expect(d('gig_upstream_requests_total{op="create",outcome="ok"}')).toBe(1);
    expect(d('gig_upstream_retries_total{kind="http"}')).toBe(0);
    // Nothing left open once the client is gone.
    expect(after.get("gig_subscriptions_active")).toBe(before.get("gig_subscriptions_active") ?? 0);
    expect(after.get("gig_runs_active")).toBe(0);
    expect(d('graphql_envelop_phase_subscribe_count{operationName="Chat",operationType="subscription"}')).toBe(1);
    // One count of operations (gig_graphql_operations_total): the plugin's own request counter is off.
    expect([...after.keys()].some((k) => k.startsWith("graphql_envelop_request{"))).toBe(false);
    expect(d('gig_http_requests_total{route="/metrics",method="GET",status="200"}')).toBe(1);
  });

  it("counts a failed upstream call: the SDK's retries, one failed create, the operation's error code", async () => {
    const before = await scrape();
    h.emulator.faults.add([{ op: "create", status: 500, times: 10 }]);
    const res = await h.gql(CreateInteractionDocument, { input: { model: MODEL, text: "doomed" } });
    const attempts = 10 - (h.emulator.faults.list()[0]?.times ?? 0);
    h.emulator.faults.clear();
    expect(res.errors?.[0]?.extensions?.code).toBe("UPSTREAM_UNAVAILABLE");
    expect(attempts).toBeGreaterThan(1);
    const d = moved(before, await scrape());
    expect(d('gig_upstream_requests_total{op="create",outcome="UPSTREAM_UNAVAILABLE"}')).toBe(1);
    expect(d('gig_upstream_errors_total{op="create",code="UPSTREAM_UNAVAILABLE"}')).toBe(1);
    expect(d('gig_upstream_retries_total{kind="http"}')).toBe(attempts - 1);
    expect(
      d('gig_graphql_operations_total{operation="CreateInteraction",type="mutation",outcome="UPSTREAM_UNAVAILABLE"}'),
    ).toBe(1);
    expect(d('gig_upstream_requests_total{op="create",outcome="ok"}')).toBe(0);
  });

  it("counts a job: queued, running, succeeded, its queue wait, its run; the state gauge matches the database", async () => {
    const before = await scrape();
    const jobs = jobClient(h);
    const { jobId } = await jobs.background({ model: MODEL, text: "a background job" });
    await jobs.jobIn(jobId, "SUCCEEDED");
    const after = await scrape();
    const d = moved(before, after);
    expect(d('gig_job_transitions_total{state="QUEUED"}')).toBe(1);
    expect(d('gig_job_transitions_total{state="RUNNING"}')).toBe(1);
    expect(d('gig_job_transitions_total{state="SUCCEEDED"}')).toBe(1);
    expect(d("gig_job_queue_wait_seconds_count")).toBe(1);
    expect(d(`gig_runs_total{model="${MODEL}",status="completed"}`)).toBe(1);
    const succeeded = await h.database.prisma.job.count({ where: { status: "SUCCEEDED" } });
    expect(after.get('gig_jobs{state="SUCCEEDED"}')).toBe(succeeded);
  });

  it("keeps label sets bounded: a client's made-up operation names and models do not become series", async () => {
    for (let i = 0; i < 120; i++) {
      await fetch(`${h.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `query Made${i} { __typename }` }),
      });
    }
    const after = await scrape();
    const names = new Set(
      [...after.keys()]
        .filter((k) => k.startsWith("gig_graphql_operations_total"))
        .map((k) => k.match(/operation="([^"]*)"/)?.[1]),
    );
    // The cap is the process's (other files' operations count too): 100 names, then "other".
    const named = [...names].filter((n) => n !== "other" && n !== "anonymous");
    expect(named.length).toBeLessThanOrEqual(100);
    expect(names.has("other")).toBe(true);
    expect(after.has("nodejs_eventloop_lag_seconds")).toBe(true);
  });
});
