import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Emulator } from "../src/emulator/server.ts";
import {
  apiMessage,
  create,
  createLog,
  createStream,
  type Event,
  failure,
  type Interaction,
  pollUntilDone,
  stepTypes,
  useEmulator,
} from "./emulator/helpers.ts";
import { ConformanceRunDocument } from "./generated/graphql.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

/**
 * Issue 25, the emulator's half: every model and agent name the installed SDK
 * lists, and the service tiers, driven through the real SDK (and, for the
 * tiers, through the GraphQL server). The names are read from the SDK's own
 * types at test time, so a newer SDK's names are exercised without editing
 * this file: a drift between the SDK and the emulator fails here.
 */
const dts = readFileSync(join(import.meta.dirname, "../node_modules/@google/genai/dist/genai.d.ts"), "utf8");

/** The string literals of a `declare type <name> = "a" | "b" | (string & {});` union. */
function literals(name: string): string[] {
  const union = dts.match(new RegExp(`declare type ${name} = ([^;]+);`))?.[1];
  if (!union) throw new Error(`the SDK no longer declares ${name}`);
  return [...union.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "");
}

/** The `type` of each agent config the SDK lets a create send (`CreateAgentInteractionAgentConfig`). */
function agentConfigTypes(): string[] {
  const union = dts.match(/declare type CreateAgentInteractionAgentConfig = ([^;]+);/)?.[1] ?? "";
  return union.split("|").map((n) => {
    const block = dts.match(new RegExp(`declare type ${n.trim()} = \\{([\\s\\S]*?)\\n\\};`))?.[1] ?? "";
    return block.match(/\btype: "([^"]+)"/)?.[1] ?? n.trim();
  });
}

const SDK_MODELS = literals("Model_2");
const SDK_AGENTS = literals("AgentOption");

/** What each kind of model must answer with, by name (the test's own reading, not the emulator's). */
function expectMedium(model: string, it: Interaction) {
  const audio = it.output_audio as { mime_type?: string; channels?: number; sample_rate?: number } | undefined;
  if (model.startsWith("lyria")) {
    expect(audio, `${model} makes music`).toMatchObject({ mime_type: "audio/wav", channels: 2, sample_rate: 48000 });
  } else if (model.includes("tts")) {
    expect(audio, `${model} speaks`).toMatchObject({ mime_type: "audio/wav", channels: 1 });
  } else if (/image|nano-banana/.test(model)) {
    expect(it.output_image?.mime_type, `${model} draws`).toBe("image/png");
  } else {
    expect([it.output_image, it.output_audio], `${model} only writes`).toEqual([undefined, undefined]);
  }
}

describe("every model and agent the SDK lists, through the real SDK", () => {
  const t = useEmulator();

  it("reads the names from the SDK (a sanity check on the parsing)", () => {
    expect(SDK_MODELS).toContain("gemma-4-31b-it");
    expect(SDK_MODELS).toContain("lyria-3-pro-preview");
    expect(SDK_AGENTS).toContain("antigravity-preview-05-2026");
    expect(agentConfigTypes().sort()).toEqual(["antigravity", "code-mender", "deep-research", "dynamic"]);
  });

  it("every SDK model answers, in the medium it produces", async () => {
    for (const model of SDK_MODELS) {
      const it = await create(t.ai, { model, input: `A short piece about ${model}` });
      expect([model, it.status]).toEqual([model, "completed"]);
      expect(it.output_text, model).toContain(`A short piece about ${model}`);
      expectMedium(model, it);
      expect(it.usage?.output_tokens_by_modality?.length, model).toBeGreaterThan(0);
    }
  });

  it("a name outside upstream's families is not found (404), as upstream answers", async () => {
    const err = await failure(create(t.ai, { model: "gpt-4o", input: "hi" }));
    expect([err.name, err.status]).toEqual(["NotFoundError", 404]);
  });

  it("every SDK agent runs to the end in the background with a cited or built answer", async () => {
    for (const agent of SDK_AGENTS) {
      const started = await create(t.ai, { agent, input: "tide tables", background: true });
      const { interaction } = await pollUntilDone(t.ai, started.id);
      expect([agent, interaction.status]).toEqual([agent, "completed"]);
      expect(stepTypes(interaction.steps), agent).toContain("model_output");
      expect(interaction.output_text, agent).toContain("tide tables");
    }
  });

  it("code-mender: a scan finds the sink, verify runs the exploit, fix returns a patch; max_rounds cuts the session", async () => {
    const files = [
      { path: "app.py", content: "name = input()\nprint(eval(name))\n" },
      { path: "ok.py", content: "print('fine')\n" },
    ];
    const mender = (agent_config: Record<string, unknown>) =>
      create(t.ai, {
        agent: "code-mender",
        input: "check my code",
        agent_config: { type: "code-mender", ...agent_config },
      });
    const scan = await mender({ session_id: "s1", find_request: { mode: "scan", source_files: files } });
    expect(scan.status).toBe("completed");
    expect(scan.output_text).toMatch(
      /Found 1 potential vulnerability \(session s1\):\n- finding_\w+: app\.py:2 code injection/,
    );
    const finding = scan.output_text?.match(/finding_\w+/)?.[0] ?? "";
    expect(stepTypes(scan.steps)).toEqual([
      "thought",
      "code_execution_call",
      "code_execution_result",
      "code_execution_call",
      "code_execution_result",
      "model_output",
    ]);
    const verify = await mender({ find_request: { mode: "verify", finding_id: finding } });
    expect(verify.output_text).toBe(`${finding} is verified exploitable.`);
    const fix = await mender({ fix_request: { finding_id: finding, source_files: files.slice(0, 1) } });
    expect(fix.output_text).toContain("+++ b/app.py");
    const cut = await mender({ session_config: { max_rounds: 1 }, find_request: { source_files: files } });
    expect(cut.status).toBe("budget_exceeded");
    expect(stepTypes(cut.steps).filter((s) => s === "code_execution_call")).toHaveLength(1);
  });

  it("code-mender's config is checked like upstream's types: 400s for what cannot be a session", async () => {
    const bad = async (agent_config: Record<string, unknown>, agent = "code-mender") => {
      const err = await failure(create(t.ai, { agent, input: "x", agent_config, background: true }, { maxRetries: 0 }));
      return [err.status, apiMessage(err)];
    };
    expect(await bad({ type: "code-mender", find_request: { mode: "verify" } })).toEqual([
      400,
      "agent_config.find_request.finding_id is required in verify mode.",
    ]);
    expect((await bad({ type: "code-mender", find_request: {}, fix_request: { finding_id: "f" } }))[0]).toBe(400);
    expect((await bad({ type: "code-mender", session_config: { max_rounds: 0 } }))[0]).toBe(400);
    expect((await bad({ type: "code-mender" }, SDK_AGENTS[0]))[0]).toBe(400);
  });

  it("dynamic: a custom agent with no base runs its own instruction and tools; any agent takes a dynamic config", async () => {
    await t.ai.agents.create({
      id: "tide-helper",
      base_agent: "",
      system_instruction: "Answer like a harbour master",
      tools: [{ type: "code_execution" }],
    });
    const it = await create(t.ai, {
      agent: "tide-helper",
      input: "When is high tide?",
      agent_config: { type: "dynamic", verbosity: "low" },
    });
    expect(it.status).toBe("completed");
    expect(it.output_text).toContain('[Answer like a harbour master] Hello! You said: "When is high tide?"');
    expect(stepTypes(it.steps)).toEqual(["thought", "code_execution_call", "code_execution_result", "model_output"]);
    const research = await create(t.ai, {
      agent: SDK_AGENTS[0],
      input: "x",
      background: true,
      agent_config: { type: "dynamic", anything: true },
    });
    expect(research.status).toBe("in_progress");
  });

  it("deep research with collaborative planning proposes a plan first and researches once the next turn confirms", async () => {
    const research = { agent: SDK_AGENTS[1], background: true };
    const agent_config = { type: "deep-research", collaborative_planning: true };
    const first = await create(t.ai, { ...research, input: "harbour tides", agent_config });
    const planned = (await pollUntilDone(t.ai, first.id)).interaction;
    expect(planned.output_text).toMatch(/^Research plan for "harbour tides":\n1\. /);
    expect(stepTypes(planned.steps)).not.toContain("google_search_call");
    const go = await create(t.ai, {
      ...research,
      input: "Yes, go ahead",
      agent_config,
      previous_interaction_id: first.id,
    });
    const report = (await pollUntilDone(t.ai, go.id)).interaction;
    expect(report.output_text).toContain('Research report on "harbour tides"');
    expect(stepTypes(report.steps)).toContain("google_search_call");
  });

  it("each built-in agent's config is checked by its type's rules (400)", async () => {
    const bad = async (agent: string, agent_config: Record<string, unknown>) => {
      const err = await failure(create(t.ai, { agent, input: "x", agent_config, background: true }, { maxRetries: 0 }));
      return [err.status, apiMessage(err)];
    };
    const research = SDK_AGENTS.find((a) => a.startsWith("deep-research")) ?? "";
    const sandbox = SDK_AGENTS.find((a) => a.startsWith("antigravity")) ?? "";
    expect(await bad(research, { type: "deep-research", visualization: "charts" })).toEqual([
      400,
      'agent_config.visualization must be "off" or "auto".',
    ]);
    expect((await bad(research, { type: "deep-research", collaborative_planning: "yes" }))[0]).toBe(400);
    expect(await bad(sandbox, { type: "antigravity", max_total_tokens: 500 })).toEqual([
      400,
      "agent_config.max_total_tokens must be a positive integer as a string.",
    ]);
  });

  it("an agent id that is neither built in nor created is not found (404)", async () => {
    const err = await failure(create(t.ai, { agent: "no-such-agent", input: "x", background: true }));
    expect([err.status, apiMessage(err)]).toEqual([404, "agents/no-such-agent is not found."]);
  });
});

/** Sets the emulator's load knobs over HTTP, as a tool outside the process would. */
async function load(emulator: Emulator, body: { capacity?: number | null; retryAfterSeconds?: number }) {
  const res = await fetch(`${emulator.url}/_emulator/config`, { method: "POST", body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

/** The runs' last user texts in the order they finished. */
function finishOrder(emulator: Emulator): string[] {
  const order: string[] = [];
  emulator.store.onFinish.add((rec) => order.push(rec.userTexts.at(-1) ?? ""));
  return order;
}

describe("service tiers, through the real SDK", () => {
  const t = useEmulator();

  it("a background flex or deferred run waits queued first, then runs", async () => {
    for (const service_tier of ["flex", "deferred"]) {
      const started = await create(t.ai, { model: "gemini-3.5-flash", input: "later", background: true, service_tier });
      expect(started.status).toBe("queued");
      expect((await pollUntilDone(t.ai, started.id)).interaction.status).toBe("completed");
    }
  });

  it("under load a foreground flex (or deferred) request is refused 429 with retry-after; standard work queues", async () => {
    await load(t.emulator, { capacity: 0, retryAfterSeconds: 7 });
    for (const service_tier of ["flex", "deferred"]) {
      const err = await failure(
        create(t.ai, { model: "gemini-3.5-flash", input: "cheap", service_tier }, { maxRetries: 0 }),
      );
      expect([err.name, err.status, err.headers?.get("retry-after")]).toEqual(["RateLimitError", 429, "7"]);
    }
    const standard = await create(t.ai, { model: "gemini-3.5-flash", input: "std", background: true });
    expect(standard.status).toBe("queued");
    expect(t.emulator.stats().creates).toBe(1);
  });

  it("under load a foreground standard stream is held open, queued, and runs once capacity frees", async () => {
    await load(t.emulator, { capacity: 0 });
    const stream = await createStream(t.ai, { model: "gemini-3.5-flash", input: "wait for me" });
    const events: Event[] = [];
    for await (const event of stream) {
      events.push(event);
      if (events.length === 1) await load(t.emulator, { capacity: null });
    }
    const first = events[0];
    expect(first?.event_type === "interaction.created" && first.interaction.status).toBe("queued");
    expect(events.at(-1)?.event_type).toBe("interaction.completed");
  });

  it("the SDK's own retry honours retry-after: a flex request refused under load succeeds once capacity frees", async () => {
    await load(t.emulator, { capacity: 0, retryAfterSeconds: 1 });
    const pending = create(t.ai, { model: "gemini-3.5-flash", input: "flex later", service_tier: "flex" });
    await waitFor("a 429", () => createLog(t.emulator).includes(429), { everyMs: 10 });
    await load(t.emulator, { capacity: null });
    const done = await pending;
    expect(done.output_text).toContain("flex later");
    expect(createLog(t.emulator).at(0)).toBe(429);
    expect(createLog(t.emulator).at(-1)).toBe(200);
  });

  it("with capacity limited, queued work is served priority first, then standard, then flex", async () => {
    await load(t.emulator, { capacity: 0 });
    const order = finishOrder(t.emulator);
    const ids: string[] = [];
    for (const service_tier of ["flex", "standard", "priority"]) {
      const started = await create(t.ai, {
        model: "gemini-3.5-flash",
        input: service_tier,
        background: true,
        service_tier,
      });
      ids.push(started.id);
    }
    for (const id of ids) expect((await t.ai.interactions.get(id)).status).toBe("queued");
    await load(t.emulator, { capacity: 1 });
    for (const id of ids) expect((await pollUntilDone(t.ai, id)).interaction.status).toBe("completed");
    expect(order).toEqual(["priority", "standard", "flex"]);
  });
});

describe("service tiers, through the GraphQL server", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });
  afterEach(() => h.emulator.store.capacity.set({ capacity: null, retryAfterSeconds: 1 }));

  const run = (text: string, serviceTier: "FLEX" | "STANDARD" | "PRIORITY") =>
    h.gql(ConformanceRunDocument, { input: { model: "gemini-3.5-flash", text, serviceTier } });

  it("a flex turn refused 429 under load is sent again after retry-after and completes", async () => {
    h.emulator.store.capacity.set({ capacity: 0, retryAfterSeconds: 1 });
    const before = h.emulator.log.length;
    const pending = run("flex through the server", "FLEX");
    await waitFor("the refusal", () => h.emulator.log.slice(before).some((l) => l.status === 429), { everyMs: 10 });
    h.emulator.store.capacity.set({ capacity: null });
    const result = await pending;
    expect(result.errors).toBeUndefined();
    expect(result.data?.createInteraction).toMatchObject({ status: "COMPLETED", serviceTier: "FLEX" });
    const statuses = h.emulator.log
      .slice(before)
      .filter((l) => l.op === "create")
      .map((l) => l.status);
    expect([statuses.at(0), statuses.at(-1)]).toEqual([429, 200]);
  });

  it("a retry-after longer than the server waits is the typed error, with retryAfter", async () => {
    h.emulator.store.capacity.set({ capacity: 0, retryAfterSeconds: 60 });
    const result = await run("flex refused", "FLEX");
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_RATE_LIMITED", retryAfter: 60 });
  });

  it("under load a PRIORITY turn is answered before a STANDARD one sent earlier", async () => {
    h.emulator.store.capacity.set({ capacity: 0 });
    const order = finishOrder(h.emulator);
    const standard = run("standard turn", "STANDARD");
    await waitFor("the standard request", () => h.emulator.requests.some((r) => r.service_tier === "standard"));
    const priority = run("priority turn", "PRIORITY");
    await waitFor("the priority request", () => h.emulator.requests.some((r) => r.service_tier === "priority"));
    h.emulator.store.capacity.set({ capacity: 1 });
    const results = await Promise.all([standard, priority]);
    expect(results.map((r) => r.data?.createInteraction?.status)).toEqual(["COMPLETED", "COMPLETED"]);
    expect(order).toEqual(["priority turn", "standard turn"]);
  });
});
