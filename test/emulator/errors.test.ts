import { describe, expect, it } from "vitest";
import { apiMessage, type Body, create, failure, type Loose, MODEL, RESEARCH, useEmulator } from "./helpers.ts";

const t = useEmulator();

const BAD_REQUESTS: [name: string, body: Body, status: number, message: string][] = [
  ["neither model nor agent", { input: "hi" }, 400, "Exactly one of model or agent"],
  [
    "both model and agent",
    { model: MODEL, agent: RESEARCH, input: "hi", background: true },
    400,
    "Exactly one of model or agent",
  ],
  ["no input and no continuation_token", { model: MODEL }, 400, "input is required"],
  ["input of the wrong type", { model: MODEL, input: 42 }, 400, "input must be"],
  ["a step without a type", { model: MODEL, input: [{ content: "x" }] }, 400, "input[0].type is required"],
  [
    "a function_result without call_id",
    { model: MODEL, input: [{ type: "function_result", result: "x" }] },
    400,
    "call_id",
  ],
  ["an unknown model", { model: "gpt-4", input: "hi" }, 404, "models/gpt-4 is not found"],
  ["an unknown agent", { agent: "nope-agent", input: "hi", background: true }, 404, "agents/nope-agent is not found"],
  ["background with store:false", { model: MODEL, input: "hi", background: true, store: false }, 400, "requires store"],
  ["agent_config on a model", { model: MODEL, input: "hi", agent_config: { type: "dynamic" } }, 400, "agent_config"],
  [
    "agent_config of another agent",
    { agent: RESEARCH, input: "hi", background: true, agent_config: { type: "antigravity" } },
    400,
    "does not match",
  ],
  [
    "tools that are not an array",
    { model: MODEL, input: "hi", tools: { type: "google_search" } },
    400,
    "tools must be",
  ],
  ["a function without a name", { model: MODEL, input: "hi", tools: [{ type: "function" }] }, 400, "tools[0].name"],
  [
    "a function declared twice",
    {
      model: MODEL,
      input: "hi",
      tools: [
        { type: "function", name: "f" },
        { type: "function", name: "f" },
      ],
    },
    400,
    "declared twice",
  ],
  [
    "max_output_tokens of 0",
    { model: MODEL, input: "hi", generation_config: { max_output_tokens: 0 } },
    400,
    "max_output_tokens",
  ],
  [
    "a bad thinking_summaries",
    { model: MODEL, input: "hi", generation_config: { thinking_summaries: "all" } },
    400,
    "thinking_summaries",
  ],
  [
    "a bad tool_choice",
    { model: MODEL, input: "hi", generation_config: { tool_choice: "sometimes" } },
    400,
    "tool_choice",
  ],
  ["stream that is not a boolean", { model: MODEL, input: "hi", stream: "yes" }, 400, "stream must be a boolean"],
  [
    "an unknown previous_interaction_id",
    { model: MODEL, input: "hi", previous_interaction_id: "v1_gone" },
    404,
    "v1_gone",
  ],
  [
    "an unknown continuation_token",
    { model: MODEL, continuation_token: "ct_x", store: false },
    400,
    "continuation_token",
  ],
];

describe("create validation", () => {
  for (const [name, body, status, message] of BAD_REQUESTS) {
    it(`rejects ${name} with ${status}`, async () => {
      const err = await failure(create(t.ai, body, { maxRetries: 0 }));
      expect(err.status).toBe(status);
      expect(err.name).toBe(status === 400 ? "BadRequestError" : "NotFoundError");
      expect(apiMessage(err)).toContain(message);
      expect(t.emulator.stats().creates).toBe(0);
      expect(t.emulator.store.recs.size).toBe(0); // nothing stored
    });
  }
});

describe("error bodies", () => {
  it("are Google-style JSON: {error: {code, message, status}}; the SDK's message is '<status> <message>'", async () => {
    const err = await failure(create(t.ai, { model: MODEL }));
    expect(err.message).toBe("400 input is required (unless continuation_token is set).");
    expect((err.error as Loose).error).toEqual({
      code: 400,
      message: "input is required (unless continuation_token is set).",
      status: "INVALID_ARGUMENT",
    });
    expect(err.headers?.get("content-type")).toMatch(/^application\/json/);
  });

  it("a body that is not JSON is a 400", async () => {
    const res = await fetch(`${t.emulator.url}/v1beta/interactions`, {
      method: "POST",
      headers: { "x-goog-api-key": "k", "content-type": "application/json" },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: Loose }).error.message).toBe("Invalid JSON payload received.");
  });
});
