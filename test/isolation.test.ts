import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { pngBase64 } from "../src/emulator/media.ts";
import { schema } from "../src/schema/index.ts";
import {
  AgentsDocument,
  CreateAgentDocument,
  CreateBackgroundDocument,
  RunSandboxDocument,
  SendBackgroundDocument,
  SendMessageDocument,
} from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { media, upload } from "./support/media.ts";
import { metric } from "./support/metrics.ts";
import { waitFor } from "./support/wait.ts";

/**
 * User B tries every root field of the schema on user A's objects, over HTTP
 * and over graphql-ws, plus A's /files and /media URLs. A foreign object must
 * answer exactly like a missing one (B learns nothing), and A's rows must be
 * unchanged at the end (B changes nothing). A root field without a case here
 * fails the first test: a new field forces its isolation case.
 */

let h: Harness;
let a: Awaited<ReturnType<typeof userWithKey>>;
let b: Awaited<ReturnType<typeof userWithKey>>;
let bWs: Client;
let admin: Record<string, string>;
/** Subscriptions the server has open now: how a test knows one is live before it acts. */
const openSubscriptions = () => metric(h.url, admin, "gig_subscriptions_active");
/** A's objects. */
const A = {
  conversation: "",
  interaction: "",
  job: "",
  jobInteraction: "",
  file: "",
  media: "",
  key: "",
  text: "",
  webhook: "",
  delivery: "",
  agent: "",
  environment: "",
  schedule: "",
};
const MISSING = "missing0000000000000000000";

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
type Transport = "http" | "ws";

async function overHttp(query: string, variables: Record<string, unknown>): Promise<Body> {
  const res = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...b.headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Body;
}

/** One operation over graphql-ws: every result until it completes (bounded: a live subscription is cut after `ms`). */
function overWs(query: string, variables: Record<string, unknown>, ms = 1_500): Promise<Body> {
  return new Promise((resolve) => {
    const out: Body = {};
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      dispose();
      resolve(out);
    };
    const timer = setTimeout(finish, ms);
    const dispose = bWs.subscribe(
      { query, variables },
      {
        next: (v) => {
          if (v.errors) out.errors = [...(out.errors ?? []), ...(v.errors as Body["errors"] & object)];
          if (v.data) out.data = v.data;
        },
        error: (e) => {
          out.errors = [...(out.errors ?? []), ...(Array.isArray(e) ? e : [{ message: String(e) }])];
          finish();
        },
        complete: finish,
      },
    );
  });
}

const run = (t: Transport, query: string, variables: Record<string, unknown> = {}) =>
  t === "http" ? overHttp(query, variables) : overWs(query, variables);

/** Drops what legitimately differs between two answers (the id asked about, error locations). */
const normalise = (body: Body, id: string) =>
  JSON.parse(
    JSON.stringify(body)
      .split(id)
      .join("<id>")
      .replace(/"locations":\[[^\]]*\],?/g, ""),
  );

/** B's answer for A's id equals B's answer for an id that does not exist. */
async function likeMissing(t: Transport, query: string, vars: (id: string) => Record<string, unknown>, id: string) {
  const foreign = await run(t, query, vars(id));
  const missing = await run(t, query, vars(MISSING));
  expect(normalise(foreign, id)).toEqual(normalise(missing, MISSING));
  return foreign;
}

const codeOf = (body: Body) => body.errors?.[0]?.extensions?.code;

/** Every root field: what B tries, and what it must see. */
type Case = (t: Transport) => Promise<void>;
const cases: Record<string, Case> = {
  "Query.viewer": async (t) => {
    const r = await run(t, "{ viewer { id } }");
    expect(r.data).toEqual({ viewer: { id: b.user.id } });
  },
  "Query.interaction": async (t) => {
    const r = await likeMissing(t, "query($id: ID!) { interaction(id: $id) { id } }", (id) => ({ id }), A.interaction);
    expect(r.data).toEqual({ interaction: null });
  },
  "Query.node": async (t) => {
    // Relay's node(id) on each of A's objects answers like an id that names nothing.
    for (const id of [A.interaction, A.conversation, A.job, A.file, A.key, a.user.id]) {
      const r = await likeMissing(t, "query($id: ID!) { node(id: $id) { id } }", (x) => ({ id: x }), id);
      expect(r.data).toEqual({ node: null });
    }
  },
  "Query.conversation": async (t) => {
    const r = await likeMissing(
      t,
      "query($id: ID!) { conversation(id: $id) { id } }",
      (id) => ({ id }),
      A.conversation,
    );
    expect(r.data).toEqual({ conversation: null });
  },
  "Query.conversations": async (t) => {
    const r = await run(t, "query($s: String) { conversations(first: 100, search: $s) { edges { node { id } } } }", {
      s: A.text,
    });
    expect(r.data).toEqual({ conversations: { edges: [] } });
  },
  "Query.job": async (t) => {
    const r = await likeMissing(t, "query($id: ID!) { job(id: $id) { id } }", (id) => ({ id }), A.job);
    expect(r.data).toEqual({ job: null });
  },
  "Query.jobs": async (t) => {
    const all = await run(t, "{ jobs(first: 100) { edges { node { id } } } }");
    expect(JSON.stringify(all)).not.toContain(A.job);
    const named = await run(t, "query($u: ID) { jobs(userId: $u) { edges { node { id } } } }", { u: a.user.id });
    expect(named.data).toEqual({ jobs: { edges: [] } });
  },
  "Query.activeRuns": async (t) => {
    const r = await run(t, "query($u: ID) { activeRuns(userId: $u) { edges { node { id } } } }", { u: a.user.id });
    expect(r.data).toEqual({ activeRuns: { edges: [] } });
  },
  "Query.models": async (t) => {
    // Public catalogue: the same for everyone, nothing per user.
    const r = await run(t, "{ models { id } }");
    expect(JSON.stringify(r)).not.toContain(a.user.id);
  },
  "Query.serverFunctions": async (t) => {
    const r = await run(t, "{ serverFunctions { name } }");
    expect(JSON.stringify(r)).not.toContain(a.user.id);
  },
  "Query.usage": async (t) => {
    const own = await run(t, "{ usage(groupBy: [MODEL]) { interactions } }");
    expect(own.data).toEqual({ usage: [] }); // B has run nothing
    const other = await run(t, "query($u: ID) { usage(userId: $u) { interactions } }", { u: a.user.id });
    expect(codeOf(other)).toBe("FORBIDDEN");
    expect(other.data ?? null).toBeNull();
  },
  "Query.user": async (t) => {
    expect(codeOf(await run(t, "query($id: ID!) { user(id: $id) { id } }", { id: a.user.id }))).toBe("FORBIDDEN");
  },
  "Query.users": async (t) => {
    expect(codeOf(await run(t, "{ users { edges { node { id } } } }"))).toBe("FORBIDDEN");
  },
  "Query.auditLog": async (t) => {
    expect(codeOf(await run(t, "{ auditLog { edges { node { id } } } }"))).toBe("FORBIDDEN");
  },
  "Query.apiKeys": async (t) => {
    const own = await run(t, "{ apiKeys { edges { node { id } } } }");
    expect(JSON.stringify(own)).not.toContain(A.key);
    const other = await run(t, "query($u: ID) { apiKeys(userId: $u) { edges { node { id } } } }", { u: a.user.id });
    expect(codeOf(other)).toBe("FORBIDDEN");
  },
  "Mutation.createInteraction": async (t) => {
    await likeMissing(
      t,
      'mutation($id: ID) { createInteraction(input: { model: "gemini-3.5-flash", text: "x", previousInteractionId: $id }) { id } }',
      (id) => ({ id }),
      A.interaction,
    );
    await likeMissing(
      t,
      'mutation($f: ID) { createInteraction(input: { model: "gemini-3.5-flash", parts: [{ fileId: $f }] }) { id } }',
      (f) => ({ f }),
      A.file,
    );
  },
  "Mutation.sendMessage": async (t) => {
    const r = await likeMissing(
      t,
      'mutation($c: ID) { sendMessage(input: { conversationId: $c, text: "hijack" }) { id } }',
      (c) => ({ c }),
      A.conversation,
    );
    expect(codeOf(r)).toBe("NOT_FOUND");
  },
  "Mutation.regenerate": async (t) => {
    await likeMissing(
      t,
      "mutation($id: ID!) { regenerate(interactionId: $id) { id } }",
      (id) => ({ id }),
      A.interaction,
    );
  },
  "Mutation.editMessage": async (t) => {
    await likeMissing(
      t,
      'mutation($id: ID!) { editMessage(interactionId: $id, input: { text: "edited" }) { id } }',
      (id) => ({ id }),
      A.interaction,
    );
  },
  "Mutation.setActiveHead": async (t) => {
    await likeMissing(
      t,
      "mutation($c: ID!, $i: ID!) { setActiveHead(conversationId: $c, interactionId: $i) { id } }",
      (id) => ({ c: id, i: A.interaction }),
      A.conversation,
    );
  },
  "Mutation.cancelInteraction": async (t) => {
    await likeMissing(t, "mutation($id: ID!) { cancelInteraction(id: $id) { id } }", (id) => ({ id }), A.interaction);
  },
  "Mutation.submitFunctionResults": async (t) => {
    await likeMissing(
      t,
      'mutation($id: ID!) { submitFunctionResults(interactionId: $id, results: [{ callId: "c1", result: {} }]) { id } }',
      (id) => ({ id }),
      A.interaction,
    );
  },
  "Mutation.renameConversation": async (t) => {
    await likeMissing(
      t,
      'mutation($id: ID!) { renameConversation(id: $id, title: "mine") { id } }',
      (id) => ({ id }),
      A.conversation,
    );
  },
  "Mutation.deleteConversation": async (t) => {
    await likeMissing(
      t,
      "mutation($id: ID!) { deleteConversation(id: $id, deleteUpstream: true) }",
      (id) => ({ id }),
      A.conversation,
    );
  },
  "Mutation.cancelJob": async (t) => {
    await likeMissing(t, "mutation($id: ID!) { cancelJob(id: $id) { id } }", (id) => ({ id }), A.job);
  },
  "Mutation.retryJob": async (t) => {
    await likeMissing(t, "mutation($id: ID!) { retryJob(id: $id) { id } }", (id) => ({ id }), A.job);
  },
  "Query.webhooks": async (t) => {
    const own = await run(t, "{ webhooks { id url } }");
    expect(JSON.stringify(own)).not.toContain(A.webhook);
    const named = await run(t, "query($u: ID) { webhooks(userId: $u) { id } }", { u: a.user.id });
    expect(JSON.stringify(named)).not.toContain(A.webhook);
  },
  "Query.webhookDeliveries": async (t) => {
    const q = "query($id: ID!) { webhookDeliveries(webhookId: $id) { id } }";
    const r = await likeMissing(t, q, (id) => ({ id }), A.webhook);
    expect(codeOf(r)).toBe("NOT_FOUND");
  },
  "Mutation.createWebhook": async (t) => {
    // B's own webhook lands on B (there is no owner argument to name A with).
    const q =
      'mutation { createWebhook(input: { url: "https://example.com/b", events: [JOB_FAILED] }) { webhook { ownerId } } }';
    const r = await run(t, q);
    expect(r.data).toEqual({ createWebhook: { webhook: { ownerId: b.user.id } } });
  },
  "Mutation.updateWebhook": async (t) => {
    const q = 'mutation($id: ID!) { updateWebhook(id: $id, input: { url: "https://example.com/steal" }) { id } }';
    await likeMissing(t, q, (id) => ({ id }), A.webhook);
  },
  "Mutation.deleteWebhook": async (t) => {
    await likeMissing(t, "mutation($id: ID!) { deleteWebhook(id: $id) { id } }", (id) => ({ id }), A.webhook);
  },
  "Mutation.rotateWebhookSecret": async (t) => {
    const q = "mutation($id: ID!) { rotateWebhookSecret(id: $id) { signingSecret } }";
    await likeMissing(t, q, (id) => ({ id }), A.webhook);
  },
  "Mutation.testWebhook": async (t) => {
    await likeMissing(t, "mutation($id: ID!) { testWebhook(id: $id) { id } }", (id) => ({ id }), A.webhook);
  },
  "Mutation.redeliver": async (t) => {
    await likeMissing(t, "mutation($id: ID!) { redeliver(deliveryId: $id) { id } }", (id) => ({ id }), A.delivery);
  },
  "Mutation.uploadFile": async (t) => {
    // B's own upload (multipart over HTTP only) lands on B; A's files are checked unchanged at the end.
    if (t === "ws") return;
    const body = await upload(h.url, media.png("b's picture"), "b.png", "image/png", b.headers);
    expect(body.errors ?? []).toEqual([]);
    const row = await h.database.prisma.file.findUniqueOrThrow({ where: { id: body.data?.uploadFile.id as string } });
    expect(row.ownerId).toBe(b.user.id);
  },
  "Query.upstreamWebhooks": async (t) => {
    expect(codeOf(await run(t, "{ upstreamWebhooks { id } }"))).toBe("FORBIDDEN");
  },
  "Mutation.createUpstreamWebhook": async (t) => {
    const r = await run(
      t,
      'mutation { createUpstreamWebhook(input: { uri: "https://evil.test/", events: [INTERACTION_COMPLETED] }) { signingSecret } }',
    );
    expect(codeOf(r)).toBe("FORBIDDEN");
  },
  "Mutation.updateUpstreamWebhook": async (t) => {
    const r = await run(t, 'mutation { updateUpstreamWebhook(id: "wh_x", input: { enabled: false }) { id } }');
    expect(codeOf(r)).toBe("FORBIDDEN");
  },
  "Mutation.deleteUpstreamWebhook": async (t) => {
    expect(codeOf(await run(t, 'mutation { deleteUpstreamWebhook(id: "wh_x") }'))).toBe("FORBIDDEN");
  },
  "Mutation.pingUpstreamWebhook": async (t) => {
    expect(codeOf(await run(t, 'mutation { pingUpstreamWebhook(id: "wh_x") }'))).toBe("FORBIDDEN");
  },
  "Mutation.rotateUpstreamWebhookSecret": async (t) => {
    const r = await run(t, 'mutation { rotateUpstreamWebhookSecret(id: "wh_x") { signingSecret } }');
    expect(codeOf(r)).toBe("FORBIDDEN");
  },
  "Mutation.deleteFile": async (t) => {
    const r = await likeMissing(t, "mutation($id: ID!) { deleteFile(id: $id) }", (id) => ({ id }), A.file);
    expect(codeOf(r)).toBe("NOT_FOUND");
  },
  "Mutation.createUser": async (t) => {
    expect(codeOf(await run(t, 'mutation { createUser(input: { name: "evil" }) { id } }'))).toBe("FORBIDDEN");
  },
  "Mutation.setUserRole": async (t) => {
    const r = await run(t, "mutation($u: ID!) { setUserRole(userId: $u, role: ADMIN) { id } }", { u: b.user.id });
    expect(codeOf(r)).toBe("FORBIDDEN");
  },
  "Mutation.disableUser": async (t) => {
    expect(codeOf(await run(t, "mutation($u: ID!) { disableUser(userId: $u) { id } }", { u: a.user.id }))).toBe(
      "FORBIDDEN",
    );
  },
  "Mutation.enableUser": async (t) => {
    expect(codeOf(await run(t, "mutation($u: ID!) { enableUser(userId: $u) { id } }", { u: a.user.id }))).toBe(
      "FORBIDDEN",
    );
  },
  "Mutation.setUserQuota": async (t) => {
    const r = await run(t, "mutation($u: ID!) { setUserQuota(userId: $u, input: { tokensPerDay: 1 }) { id } }", {
      u: a.user.id,
    });
    expect(codeOf(r)).toBe("FORBIDDEN");
  },
  "Mutation.createApiKey": async (t) => {
    await likeMissing(
      t,
      'mutation($u: ID) { createApiKey(input: { userId: $u, name: "steal" }) { secret } }',
      (u) => ({ u }),
      a.user.id,
    );
  },
  "Mutation.revokeApiKey": async (t) => {
    await likeMissing(t, "mutation($id: ID!) { revokeApiKey(id: $id) { id } }", (id) => ({ id }), A.key);
  },
  "Subscription.interactionEvents": async (t) => {
    const q = "subscription($id: ID!) { interactionEvents(id: $id) { __typename } }";
    const r =
      t === "ws" ? await likeMissing(t, q, (id) => ({ id }), A.interaction) : await sseLikeMissing(q, A.interaction);
    expect(codeOf(r)).toBe("NOT_FOUND");
  },
  "Query.agents": async (t) => {
    const r = await run(t, "{ agents { id builtIn } }");
    const ids = (r.data as { agents: { id: string }[] }).agents.map((x) => x.id);
    expect(ids).not.toContain(A.agent);
    expect(ids.length).toBeGreaterThan(0);
  },
  "Query.agent": async (t) => {
    const r = await likeMissing(t, "query($id: ID!) { agent(id: $id) { id } }", (id) => ({ id }), A.agent);
    expect(r.data).toEqual({ agent: null });
  },
  "Mutation.createAgent": async (t) => {
    const q = `mutation { createAgent(input: { name: "b's ${t}", baseAgent: "deep-research-preview-04-2026" }) { id } }`;
    const r = await run(t, q);
    const id = (r.data as { createAgent: { id: string } }).createAgent.id;
    expect((await h.database.prisma.agent.findUniqueOrThrow({ where: { id } })).ownerId).toBe(b.user.id);
    // B's agent is not offered to A.
    const seen = await h.ok(AgentsDocument, undefined, a.headers);
    expect(seen.agents.map((x) => x.id)).not.toContain(id);
  },
  "Mutation.updateAgent": async (t) => {
    const q = 'mutation($id: ID!) { updateAgent(id: $id, input: { name: "hijacked" }) { id } }';
    expect(codeOf(await likeMissing(t, q, (id) => ({ id }), A.agent))).toBe("NOT_FOUND");
  },
  "Mutation.deleteAgent": async (t) => {
    const q = "mutation($id: ID!) { deleteAgent(id: $id) { id } }";
    expect(codeOf(await likeMissing(t, q, (id) => ({ id }), A.agent))).toBe("NOT_FOUND");
  },
  "Query.environments": async (t) => {
    const r = await run(t, "{ environments { id } }");
    expect(r.data).toEqual({ environments: [] });
  },
  "Query.environment": async (t) => {
    const q = "query($id: ID!) { environment(id: $id) { id files { edges { node { path url } } } } }";
    const r = await likeMissing(t, q, (id) => ({ id }), A.environment);
    expect(r.data).toEqual({ environment: null });
  },
  "Mutation.deleteEnvironment": async (t) => {
    const q = "mutation($id: ID!) { deleteEnvironment(id: $id) { id } }";
    expect(codeOf(await likeMissing(t, q, (id) => ({ id }), A.environment))).toBe("NOT_FOUND");
    expect(h.emulator.store.environments.has(A.environment)).toBe(true);
  },
  "Query.schedule": async (t) => {
    const r = await likeMissing(t, "query($id: ID!) { schedule(id: $id) { id } }", (id) => ({ id }), A.schedule);
    expect(r.data).toEqual({ schedule: null });
  },
  "Query.schedules": async (t) => {
    const r = await run(t, "{ schedules { edges { node { id } } } }");
    expect(r.data).toEqual({ schedules: { edges: [] } });
  },
  "Query.scheduleRuns": async (t) => {
    const q = "query($id: ID!) { scheduleRuns(id: $id) { edges { node { id } } } }";
    expect(codeOf(await likeMissing(t, q, (id) => ({ id }), A.schedule))).toBe("NOT_FOUND");
  },
  "Mutation.createSchedule": async (t) => {
    const q = `mutation { createSchedule(input: { name: "b's ${t}", cron: "0 8 1 1 *", timeZone: "UTC", model: "gemini-3.5-flash", text: "b" }) { id } }`;
    const r = await run(t, q);
    const id = (r.data as { createSchedule: { id: string } }).createSchedule.id;
    const row = await h.database.prisma.schedule.findUniqueOrThrow({ where: { id } });
    expect(row.ownerId).toBe(b.user.id);
    await h.database.prisma.schedule.delete({ where: { id } });
  },
  "Mutation.updateSchedule": async (t) => {
    const q = 'mutation($id: ID!) { updateSchedule(id: $id, input: { cron: "0 0 * * *" }) { id } }';
    expect(codeOf(await likeMissing(t, q, (id) => ({ id }), A.schedule))).toBe("NOT_FOUND");
  },
  "Mutation.deleteSchedule": async (t) => {
    const q = "mutation($id: ID!) { deleteSchedule(id: $id) { id } }";
    expect(codeOf(await likeMissing(t, q, (id) => ({ id }), A.schedule))).toBe("NOT_FOUND");
  },
  "Mutation.pauseSchedule": async (t) => {
    const q = "mutation($id: ID!) { pauseSchedule(id: $id) { id } }";
    expect(codeOf(await likeMissing(t, q, (id) => ({ id }), A.schedule))).toBe("NOT_FOUND");
  },
  "Mutation.resumeSchedule": async (t) => {
    const q = "mutation($id: ID!) { resumeSchedule(id: $id) { id } }";
    expect(codeOf(await likeMissing(t, q, (id) => ({ id }), A.schedule))).toBe("NOT_FOUND");
  },
  "Mutation.runScheduleNow": async (t) => {
    const q = "mutation($id: ID!) { runScheduleNow(id: $id) { id } }";
    expect(codeOf(await likeMissing(t, q, (id) => ({ id }), A.schedule))).toBe("NOT_FOUND");
  },
  "Subscription.chat": async (t) => {
    const q = 'subscription($c: ID) { chat(input: { conversationId: $c, text: "hijack" }) { __typename } }';
    const r =
      t === "ws"
        ? await likeMissing(t, q, (c) => ({ c }), A.conversation)
        : await sseLikeMissing(q, A.conversation, "c");
    expect(codeOf(r)).toBe("NOT_FOUND");
    // Every other kind of turn on A's interaction answers like a missing one.
    for (const kind of [
      "regenerate: { interactionId: $i }",
      'edit: { interactionId: $i, input: { text: "hijack" } }',
      'functionResults: { interactionId: $i, results: [{ callId: "c1", result: {} }] }',
    ]) {
      const k = `subscription($i: ID!) { chat(${kind}) { __typename } }`;
      const rk =
        t === "ws"
          ? await likeMissing(t, k, (i) => ({ i }), A.interaction)
          : await sseLikeMissing(k, A.interaction, "i");
      expect(codeOf(rk)).toBe("NOT_FOUND");
    }
  },
  "Subscription.turnEvents": async (t) => {
    const q = "subscription($id: ID!) { turnEvents(id: $id) { __typename } }";
    const r =
      t === "ws" ? await likeMissing(t, q, (id) => ({ id }), A.interaction) : await sseLikeMissing(q, A.interaction);
    expect(codeOf(r)).toBe("NOT_FOUND");
  },
  "Subscription.jobUpdates": async (t) => {
    const q = "subscription($id: ID) { jobUpdates(id: $id) { id } }";
    const r = t === "ws" ? await likeMissing(t, q, (id) => ({ id }), A.job) : await sseLikeMissing(q, A.job);
    expect(codeOf(r)).toBe("NOT_FOUND");
    // Without an id: B sees none of A's job changes (A starts a job while B listens).
    const openBefore = await openSubscriptions();
    const listening =
      t === "ws"
        ? overWs("subscription { jobUpdates { id } }", {}, 2_500)
        : sse("subscription { jobUpdates { id } }", {}, 2_500);
    await waitFor("B's subscription to be open", async () => (await openSubscriptions()) > openBefore);
    await h.ok(
      CreateBackgroundDocument,
      { input: { model: "gemini-3.5-flash", text: "another background turn", background: true } },
      a.headers,
    );
    const seen = await listening;
    expect(seen.data ?? null).toBeNull();
    expect(seen.errors ?? []).toEqual([]);
  },
};

/** The same as likeMissing, over SSE (subscriptions over HTTP). */
async function sseLikeMissing(query: string, id: string, name = "id") {
  const foreign = await sse(query, { [name]: id });
  const missing = await sse(query, { [name]: MISSING });
  expect(normalise(foreign, id)).toEqual(normalise(missing, MISSING));
  return foreign;
}

/** A real SSE read of one subscription: every payload until `complete` or `ms`. */
async function sse(query: string, variables: Record<string, unknown>, ms = 1_500): Promise<Body> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  const out: Body = {};
  try {
    const res = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", ...b.headers },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    const text = await res.text();
    for (const block of text.split("\n\n")) {
      const data = block
        .split("\n")
        .filter((l) => l.startsWith("data:"))
        .map((l) => l.slice(5).trim())
        .join("");
      if (!data) continue;
      const p = JSON.parse(data) as Body;
      if (p.errors) out.errors = [...(out.errors ?? []), ...p.errors];
      if (p.data) out.data = p.data;
    }
  } catch {
    // cut by the timer: what arrived is in `out`
  } finally {
    clearTimeout(timer);
  }
  return out;
}

/** What B must not change: A's rows as they stand. */
async function snapshotOfA() {
  const db = h.database.prisma;
  const where = { ownerId: a.user.id };
  return JSON.stringify({
    conversations: await db.conversation.findMany({ where, orderBy: { id: "asc" } }),
    interactions: await db.interaction.findMany({
      where: { ...where, id: { in: [A.interaction, A.jobInteraction] } },
      orderBy: { id: "asc" },
      select: { id: true, status: true, outputText: true, parentId: true, conversationId: true, completedAt: true },
    }),
    files: await db.file.findMany({ where, orderBy: { id: "asc" }, select: { id: true, name: true, size: true } }),
    keys: await db.apiKey.findMany({ where, orderBy: { id: "asc" }, select: { id: true, revokedAt: true } }),
    agents: await db.agent.findMany({ where, orderBy: { id: "asc" } }),
    schedules: await db.schedule.findMany({ where, orderBy: { id: "asc" }, include: { runs: true } }),
    user: await db.user.findUnique({ where: { id: a.user.id } }),
    webhooks: await db.webhook.findMany({ where, orderBy: { id: "asc" } }),
    deliveries: await db.webhookDelivery.findMany({ where: { webhook: where }, orderBy: { id: "asc" } }),
  });
}

beforeAll(async () => {
  h = await startHarness();
  a = await userWithKey(h.database.prisma);
  admin = (await userWithKey(h.database.prisma, "ADMIN")).headers;
  b = await userWithKey(h.database.prisma);
  A.key = a.key.id;
  A.text = `alpha-secret-${Date.now()}`;
  const sent = await h.ok(SendMessageDocument, { input: { text: A.text } }, a.headers);
  A.interaction = sent.sendMessage.id;
  A.conversation = sent.sendMessage.conversation?.id as string;
  const job = await h.ok(SendBackgroundDocument, { input: { text: "a background turn", background: true } }, a.headers);
  A.job = job.sendMessage.job?.id as string;
  A.jobInteraction = job.sendMessage.id;
  // A's rows must stand still before B starts: wait for the job to finish (bounded).
  await waitFor("A's job to finish", async () => {
    const row = await h.database.prisma.job.findUniqueOrThrow({ where: { id: A.job } });
    return ["SUCCEEDED", "FAILED", "CANCELLED"].includes(row.status);
  });
  const file = await upload(h.url, media.png("a's picture"), "a.png", "image/png", a.headers);
  A.file = file.data?.uploadFile.id as string;
  const agent = await h.ok(
    CreateAgentDocument,
    { input: { name: "a's agent", baseAgent: "deep-research-preview-04-2026" } },
    a.headers,
  );
  A.agent = agent.createAgent.id;
  const sandbox = await h.ok(
    RunSandboxDocument,
    { input: { agent: "antigravity-preview-05-2026", text: "a's sandbox", environment: { remote: true } } },
    a.headers,
  );
  A.environment = sandbox.createInteraction.environmentId as string;
  // Due on January 1st: the server's timer leaves it alone while B probes it.
  const schedule = await h.app.engine.schedules.create(
    { id: a.user.id, role: "USER" },
    { name: "a's schedule", cron: "0 8 1 1 *", timeZone: "UTC", settings: { model: "gemini-3.5-flash" }, content: [] },
  );
  A.schedule = schedule.id;
  const mediaRow = await h.database.prisma.interaction.create({
    data: {
      ownerId: a.user.id,
      status: "completed",
      completedAt: new Date(),
      steps: [
        {
          type: "model_output",
          content: [{ type: "image", mime_type: "image/png", data: pngBase64("a's media").data }],
        },
      ],
    },
  });
  A.media = `/media/${mediaRow.id}/steps/0/0`;
  const hook = await h.app.engine.webhooks.create(a.user.id, { url: "https://example.com/a", events: ["JOB_FAILED"] });
  A.webhook = hook.webhook.id;
  // A delivery that already failed: nothing is sent while B probes it.
  const delivery = await h.database.prisma.webhookDelivery.create({
    data: { id: "msg_isolation_a", webhookId: A.webhook, eventType: "JOB_FAILED", payload: "{}", status: "FAILED" },
  });
  A.delivery = delivery.id;
  bWs = createClient({
    url: `${h.url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: b.headers,
    retryAttempts: 0,
    lazy: true,
  });
}, 120_000);
afterAll(async () => {
  await bWs?.dispose();
  await h?.close();
});

describe("isolation: user B on user A's objects", () => {
  it("has a case for every root field of the schema (a new field needs one)", () => {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const fields = roots.flatMap((type) => Object.keys(type?.getFields() ?? {}).map((f) => `${type?.name}.${f}`));
    expect(fields.filter((f) => !(f in cases))).toEqual([]);
    expect(Object.keys(cases).filter((c) => !fields.includes(c))).toEqual([]);
  });

  for (const transport of ["http", "ws"] as const)
    for (const [field, check] of Object.entries(cases))
      it(`${field} over ${transport}: answers like a missing object, changes nothing`, async () => {
        const before = await snapshotOfA();
        await check(transport);
        expect(await snapshotOfA()).toEqual(before);
      });

  it("A's /files and /media URLs answer B exactly like missing ones, and A still gets them", async () => {
    const get = (path: string, headers: Record<string, string>) => fetch(`${h.url}${path}`, { headers });
    for (const [path, missing] of [
      [`/files/${A.file}`, `/files/${MISSING}`],
      [A.media, A.media.replace(/media\/[^/]+/, `media/${MISSING}`)],
    ] as const) {
      const foreign = await get(path, b.headers);
      const absent = await get(missing, b.headers);
      expect([foreign.status, await foreign.text()]).toEqual([absent.status, await absent.text()]);
      expect(foreign.status).toBe(404);
      expect((await get(path, a.headers)).status).toBe(200);
    }
  });
});
