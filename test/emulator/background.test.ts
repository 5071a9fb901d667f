import { describe, expect, it } from "vitest";
import { waitFor } from "../support/wait.ts";
import {
  apiMessage,
  collect,
  create,
  createStream,
  type Event,
  failure,
  getStream,
  kinds,
  type Loose,
  MODEL,
  pollUntilDone,
  RESEARCH,
  SANDBOX,
  stepTypes,
  textOf,
  useEmulator,
} from "./helpers.ts";

const t = useEmulator({ backgroundStepDelayMs: 10 });
const status = (e: Event) => (e as Event & { interaction?: Loose }).interaction?.status ?? (e as Loose).status;

describe("background model runs", () => {
  it("create returns in_progress at once (no steps); polling sees it complete over time", async () => {
    t.emulator.pacing.backgroundStepDelayMs = 100;
    const it = await create(t.ai, {
      model: MODEL,
      input: "slowly",
      background: true,
      generation_config: { thinking_summaries: "auto" },
    });
    expect(it.status).toBe("in_progress");
    expect(it.steps).toEqual([]); // added by the SDK: upstream sends none
    const mid = await t.ai.interactions.get(it.id);
    expect(mid.status).toBe("in_progress");
    const { interaction, seen } = await pollUntilDone(t.ai, it.id);
    expect(seen).toEqual(["in_progress", "completed"]);
    expect(stepTypes(interaction.steps)).toEqual(["user_input", "thought", "model_output"]);
    expect(interaction.output_text).toBe('Hello! You said: "slowly". This is turn 1 of our conversation.');
  });

  it("can be followed with GET ?stream=true to completion", async () => {
    const it = await create(t.ai, { model: MODEL, input: "follow me", background: true });
    const { events, error } = await collect(await getStream(t.ai, it.id));
    expect(error).toBeUndefined();
    expect(kinds(events).at(0)).toBe("interaction.created");
    expect(status(events.at(-1) as Event)).toBe("completed");
    expect(textOf(events)).toContain('"follow me"');
  });

  it("background + stream streams the run; a disconnect does not stop it", async () => {
    const stream = await createStream(t.ai, { model: MODEL, input: "keep going", background: true });
    let id = "";
    for await (const ev of stream) {
      id = (ev as Event & { interaction: Loose }).interaction.id as string;
      break; // hang up after the first event
    }
    const { interaction } = await pollUntilDone(t.ai, id);
    expect(interaction.status).toBe("completed");
  });

  it("queued: flex tier runs start queued, then run", async () => {
    const it = await create(t.ai, { model: MODEL, input: "cheap", background: true, service_tier: "flex" });
    expect(it.status).toBe("queued");
    const { events } = await collect(await getStream(t.ai, it.id));
    expect(events.slice(0, 2).map(status)).toEqual(["queued", "in_progress"]);
    expect(status(events.at(-1) as Event)).toBe("completed");
  });

  it("cancel: a running background interaction ends cancelled, visible to polling and streams", async () => {
    t.emulator.pacing.backgroundStepDelayMs = 100;
    const it = await create(t.ai, {
      model: MODEL,
      input: "stop me",
      background: true,
      tools: [{ type: "google_search" }],
    });
    const cancelled = await t.ai.interactions.cancel(it.id);
    expect(cancelled.status).toBe("cancelled");
    const atCancel = await t.ai.interactions.get(it.id);
    expect(atCancel.status).toBe("cancelled");
    const { events } = await collect(await getStream(t.ai, it.id));
    expect(kinds(events).slice(-2)).toEqual(["interaction.status_update", "interaction.completed"]);
    expect(events.slice(-2).map(status)).toEqual(["cancelled", "cancelled"]);
    // A twin started after the cancel runs to its end: by then the cancelled run would have moved on too.
    const twin = await create(t.ai, {
      model: MODEL,
      input: "stop me",
      background: true,
      tools: [{ type: "google_search" }],
    });
    expect((await pollUntilDone(t.ai, twin.id)).interaction.status).toBe("completed");
    const after = await t.ai.interactions.get(it.id);
    expect(after.steps.length).toBeLessThan(4); // it really stopped
    expect(after.steps.length).toBe(atCancel.steps.length);
  });

  it("cancel refuses finished, non-background and unknown interactions", async () => {
    const done = await create(t.ai, { model: MODEL, input: "x", background: true });
    await pollUntilDone(t.ai, done.id);
    const finished = await failure(t.ai.interactions.cancel(done.id));
    expect([finished.name, finished.status]).toEqual(["BadRequestError", 400]);
    expect(apiMessage(finished)).toContain("already completed");
    const sync = await create(t.ai, { model: MODEL, input: "x" });
    const notBackground = await failure(t.ai.interactions.cancel(sync.id));
    expect(apiMessage(notBackground)).toContain("only background interactions can be cancelled");
    expect((await failure(t.ai.interactions.cancel("v1_nope"))).name).toBe("NotFoundError");
  });

  it("failRun: the run ends failed with errors, and streams an error event (yielded, not thrown)", async () => {
    t.emulator.faults.add([
      { op: "create", failRun: true, failAfterSteps: 1, errorCode: "overloaded", message: "model overloaded" },
    ]);
    const it = await create(t.ai, {
      model: MODEL,
      input: "doomed",
      background: true,
      tools: [{ type: "code_execution" }],
    });
    const { interaction, seen } = await pollUntilDone(t.ai, it.id);
    expect(seen.at(-1)).toBe("failed");
    expect(interaction.errors).toEqual([{ code: "overloaded", message: "model overloaded" }]);
    expect(stepTypes(interaction.steps)).toEqual(["user_input", "code_execution_call"]);
    const { events, error } = await collect(await getStream(t.ai, it.id));
    expect(error).toBeUndefined();
    expect(events.at(-1)).toMatchObject({
      event_type: "error",
      error: { code: "overloaded", message: "model overloaded" },
    });
  });
});

describe("agents", () => {
  it("deep research: background only; thoughts, searches, reading, then a cited report", async () => {
    const it = await create(t.ai, { agent: RESEARCH, input: "solid-state batteries", background: true });
    expect(it).toMatchObject({ status: "in_progress", agent: RESEARCH });
    const { interaction } = await pollUntilDone(t.ai, it.id);
    expect(stepTypes(interaction.steps)).toEqual([
      "user_input",
      "thought",
      "google_search_call",
      "google_search_result",
      "thought",
      "url_context_call",
      "url_context_result",
      "model_output",
    ]);
    expect(interaction.output_text).toContain('Research report on "solid-state batteries"');
    expect((interaction.steps[1] as Loose).summary).toBeDefined();
  });

  it("deep research can be followed by streaming, with visualization adding a chart", async () => {
    const stream = await createStream(t.ai, {
      agent: RESEARCH,
      input: "charts",
      background: true,
      agent_config: { type: "deep-research", visualization: "auto", thinking_summaries: "none" },
    });
    const { events } = await collect(stream);
    const types = events.flatMap((e) =>
      e.event_type === "step.start" ? [String((e as Event & { step: Loose }).step.type)] : [],
    );
    expect(types).toContain("code_execution_call");
    expect(events.some((e) => e.event_type === "step.delta" && e.delta.type === "image")).toBe(true);
    expect(status(events.at(-1) as Event)).toBe("completed");
  });

  it("antigravity: environment remote provisions an environment_id that later runs can reuse", async () => {
    const it = await create(t.ai, { agent: SANDBOX, input: "run tests", background: true, environment: "remote" });
    const envId = (it as unknown as Loose).environment_id as string;
    expect(envId).toMatch(/^env_/);
    const { interaction } = await pollUntilDone(t.ai, it.id);
    expect(stepTypes(interaction.steps).filter((s) => s.startsWith("code_execution"))).toHaveLength(4);
    expect(interaction.output_text).toBe(`Done: "run tests". I ran 2 commands in environment ${envId}.`);
    const again = await create(t.ai, { agent: SANDBOX, input: "again", background: true, environment: envId });
    expect((again as unknown as Loose).environment_id).toBe(envId);
    const unknown = await failure(
      create(t.ai, { agent: SANDBOX, input: "x", background: true, environment: "env_nope" }),
    );
    expect(unknown.name).toBe("NotFoundError");
  });

  it("antigravity can be cancelled mid-run", async () => {
    t.emulator.pacing.backgroundStepDelayMs = 50;
    const it = await create(t.ai, {
      agent: SANDBOX,
      input: "long job",
      background: true,
      environment: { type: "remote" },
    });
    await waitFor("its first step", async () => (await t.ai.interactions.get(it.id)).steps.length > 0);
    expect((await t.ai.interactions.cancel(it.id)).status).toBe("cancelled");
    const got = await t.ai.interactions.get(it.id);
    expect(got.status).toBe("cancelled");
    expect(stepTypes(got.steps)).not.toContain("model_output");
  });

  it("budget_exceeded: antigravity's max_total_tokens halts the run", async () => {
    const it = await create(t.ai, {
      agent: SANDBOX,
      input: "expensive",
      background: true,
      environment: "remote",
      agent_config: { type: "antigravity", max_total_tokens: "100" },
    });
    const { interaction } = await pollUntilDone(t.ai, it.id);
    expect(interaction.status).toBe("budget_exceeded");
    expect(stepTypes(interaction.steps)).toEqual(["user_input", "thought", "code_execution_call"]);
  });

  it("agents refuse foreground runs and model-only config", async () => {
    const foreground = await failure(create(t.ai, { agent: RESEARCH, input: "x" }));
    expect(foreground.name).toBe("BadRequestError");
    expect(apiMessage(foreground)).toContain("background");
    const config = await failure(
      create(t.ai, { agent: RESEARCH, input: "x", background: true, generation_config: { temperature: 1 } }),
    );
    expect(config.status).toBe(400);
  });
});
