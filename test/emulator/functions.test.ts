import { describe, expect, it } from "vitest";
import {
  apiMessage,
  collect,
  create,
  createStream,
  type Event,
  failure,
  type Loose,
  MODEL,
  stepTypes,
  useEmulator,
} from "./helpers.ts";

const t = useEmulator();

const weather = {
  type: "function",
  name: "get_weather",
  description: "Current weather in a city",
  parameters: {
    type: "object",
    properties: {
      city: { type: "string" },
      country: { type: "string" },
      unit: { type: "string", enum: ["celsius", "fahrenheit"] },
      days: { type: "integer", minimum: 2 },
      verbose: { type: "boolean" },
      where: { type: "object", properties: { lat: { type: "number" } }, required: ["lat"] },
      tags: { type: "array", items: { type: "string" } },
      optional: { type: "string" },
    },
    required: ["city", "country", "unit", "days", "verbose", "where", "tags"],
  },
};
const time = { type: "function", name: "get_time", parameters: { type: "object", properties: {} } };
const tools = [weather, time];

describe("function calls", () => {
  it("a named function is called with schema-built arguments and the turn ends requires_action", async () => {
    const it = await create(t.ai, { model: MODEL, input: 'Use get_weather for "Paris" please', tools });
    expect(it.status).toBe("requires_action");
    expect(it.steps).toEqual([
      {
        type: "function_call",
        id: "call_1",
        name: "get_weather",
        arguments: {
          city: "Paris",
          country: "example",
          unit: "celsius",
          days: 2,
          verbose: true,
          where: { lat: 1 },
          tags: ["example"],
        },
      },
    ]);
    expect(it.output_text).toBeUndefined();
  });

  it("several named functions are called in parallel, in declaration order", async () => {
    const it = await create(t.ai, { model: MODEL, input: "get_time then get_weather", tools });
    expect(it.steps.map((s) => (s as Loose).name)).toEqual(["get_weather", "get_time"]);
    expect(it.steps.map((s) => (s as Loose).id)).toEqual(["call_1", "call_2"]);
  });

  it("names must match as whole words, case-sensitively", async () => {
    for (const input of ["get_weathers please", "GET_WEATHER", "xget_weather"]) {
      const it = await create(t.ai, { model: MODEL, input, tools });
      expect(it.status).toBe("completed");
    }
  });

  it('tool_choice "none" suppresses calls; "any" forces the first function; allowed_tools restricts', async () => {
    const none = await create(t.ai, {
      model: MODEL,
      input: "get_weather",
      tools,
      generation_config: { tool_choice: "none" },
    });
    expect(stepTypes(none.steps)).toEqual(["model_output"]);
    const any = await create(t.ai, {
      model: MODEL,
      input: "no names here",
      tools,
      generation_config: { tool_choice: "any" },
    });
    expect(any.steps.map((s) => (s as Loose).name)).toEqual(["get_weather"]);
    const allowed = await create(t.ai, {
      model: MODEL,
      input: "anything",
      tools,
      generation_config: { tool_choice: { allowed_tools: { mode: "any", tools: ["get_time"] } } },
    });
    expect(allowed.steps.map((s) => (s as Loose).name)).toEqual(["get_time"]);
  });

  it('tool_choice "any" forces a call even after function results (every turn)', async () => {
    const config = { tool_choice: "any" };
    const call = await create(t.ai, { model: MODEL, input: "go", tools, generation_config: config });
    const id = (call.steps[0] as Loose).id;
    const next = await create(t.ai, {
      model: MODEL,
      tools,
      generation_config: config,
      previous_interaction_id: call.id,
      input: [{ type: "function_result", call_id: id, name: "get_weather", result: "sunny" }],
    });
    expect(next.status).toBe("requires_action");
    expect(stepTypes(next.steps)).toEqual(["function_call"]);
  });

  it("streams a function_call as step.start (arguments {}) and arguments_delta fragments", async () => {
    const { events } = await collect(await createStream(t.ai, { model: MODEL, input: 'get_weather "Rome"', tools }));
    const start = events.find((e) => e.event_type === "step.start") as Event & { step: Loose };
    expect(start.step).toEqual({ type: "function_call", id: "call_1", name: "get_weather", arguments: {} });
    const fragments = events.flatMap((e) =>
      e.event_type === "step.delta" && e.delta.type === "arguments_delta" ? [String(e.delta.arguments)] : [],
    );
    expect(fragments.length).toBeGreaterThan(1);
    expect(JSON.parse(fragments.join(""))).toMatchObject({ city: "Rome" });
    const done = events.at(-1) as Event & { interaction: Loose };
    expect(done.interaction.status).toBe("requires_action");
  });

  it("function results are answered: one sentence per result, status completed", async () => {
    const call = await create(t.ai, { model: MODEL, input: "get_time and get_weather", tools });
    const [w, tm] = call.steps as Loose[];
    const it = await create(t.ai, {
      model: MODEL,
      tools,
      previous_interaction_id: call.id,
      input: [
        { type: "function_result", call_id: w?.id, name: "get_weather", result: { temp: 22 } },
        { type: "function_result", call_id: tm?.id, result: [{ type: "text", text: "noon" }] },
      ],
    });
    expect(it.status).toBe("completed");
    expect(it.output_text).toBe(
      'The function get_weather returned: {"temp":22}. The function get_time returned: [{"type":"text","text":"noon"}].',
    );
    const got = await t.ai.interactions.get(it.id);
    expect(stepTypes(got.steps)).toEqual(["function_result", "function_result", "model_output"]);
  });

  it("a function_result whose call_id matches no call of the previous interaction is a 400", async () => {
    const call = await create(t.ai, { model: MODEL, input: "get_time", tools });
    const err = await failure(
      create(t.ai, {
        model: MODEL,
        previous_interaction_id: call.id,
        input: [{ type: "function_result", call_id: "call_999", result: "x" }],
      }),
    );
    expect(err.name).toBe("BadRequestError");
    expect(apiMessage(err)).toContain("call_999");
  });

  it("round-trips statelessly (store:false) with the full timeline replayed", async () => {
    const user = { type: "user_input", content: [{ type: "text", text: "get_time" }] };
    const call = await create(t.ai, { model: MODEL, input: [user], tools, store: false });
    const it = await create(t.ai, {
      model: MODEL,
      store: false,
      tools,
      input: [user, ...call.steps, { type: "function_result", call_id: (call.steps[0] as Loose).id, result: "12:00" }],
    });
    expect(it.output_text).toBe('The function get_time returned: "12:00".');
  });
});

const person = {
  type: "object",
  properties: {
    name: { type: "string" },
    age: { type: "integer", minimum: 18 },
    email: { type: "string", format: "email" },
    role: { type: "string", enum: ["admin", "user"] },
    pets: {
      type: "array",
      minItems: 2,
      items: { type: "object", properties: { kind: { type: "string" } }, required: ["kind"] },
    },
  },
  required: ["name", "age", "email", "role", "pets"],
};
const json = { type: "text", mime_type: "application/json", schema: person };

describe("structured output", () => {
  it("the single text item is JSON satisfying the schema", async () => {
    const it = await create(t.ai, {
      model: MODEL,
      input: 'A person called "Grace" with a "cat"',
      response_format: json,
    });
    const content = (it.steps[0] as Loose & { content: Loose[] }).content;
    expect(content).toHaveLength(1);
    expect(JSON.parse(it.output_text ?? "")).toEqual({
      name: "Grace",
      age: 18,
      email: "user@example.com",
      role: "admin",
      pets: [{ kind: "cat" }, { kind: "example" }],
    });
  });

  it("streams the JSON in slices that join to the document", async () => {
    const { events } = await collect(await createStream(t.ai, { model: MODEL, input: "x", response_format: [json] }));
    const parts = events.flatMap((e) =>
      e.event_type === "step.delta" && e.delta.type === "text" ? [e.delta.text] : [],
    );
    expect(parts.length).toBeGreaterThan(1);
    expect(JSON.parse(parts.join(""))).toMatchObject({ name: "example" });
  });

  it("fault invalidJson: a value that violates the schema; invalidJson 'syntax': not JSON", async () => {
    t.emulator.faults.add([
      { op: "create", invalidJson: true },
      { op: "create", invalidJson: "syntax" },
    ]);
    const invalid = await create(t.ai, { model: MODEL, input: "x", response_format: json });
    const value = JSON.parse(invalid.output_text ?? "") as Loose;
    expect(value.name).toBeUndefined();
    expect(value.age).toBe(18);
    const broken = await create(t.ai, { model: MODEL, input: "x", response_format: json });
    expect(() => JSON.parse(broken.output_text ?? "")).toThrow(SyntaxError);
  });
});
