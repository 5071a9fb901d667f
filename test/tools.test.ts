import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ServerFunctionsDocument,
  SubmitFunctionResultsDocument,
  ToolChatDocument,
  ToolInteractionDocument,
  ToolMessageDocument,
  type ToolTurnFragment,
} from "./generated/graphql.ts";
import { collectWs } from "./support/clients.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { MAX_TOOL_ROUNDS: "3", UPSTREAM_REFERENCES_ALLOWED: "true" } });
});
afterAll(async () => {
  await h?.close();
});

const send = async (input: Record<string, unknown>) =>
  (await h.ok(ToolMessageDocument, { input: input as never })).sendMessage;
type Step = ToolTurnFragment["steps"][number];
const typenames = (steps: readonly Step[]) => steps.map((s) => s.__typename);
const weather = {
  function: {
    name: "get_weather",
    description: "Weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

describe("server-side functions", () => {
  it("lists the registered functions with their JSON schemas", async () => {
    const { serverFunctions } = await h.ok(ServerFunctionsDocument, {});
    expect(serverFunctions.map((f) => f.name)).toEqual(["current_time", "count_conversations", "token_usage"]);
    expect(serverFunctions[0]?.parameters).toMatchObject({ type: "object", required: ["timezone"] });
  });

  it("a turn that calls a registered function completes without the client", async () => {
    const final = await send({
      text: "Please count_conversations for me",
      tools: [{ serverFunction: "count_conversations" }],
    });
    expect(final.status).toBe("COMPLETED");
    const count = await h.database.prisma.conversation.count({ where: { ownerId: "local" } });
    expect(final.outputText).toBe(`The function count_conversations returned: {"count":${count}}.`);
    // The call and its result are steps of the tree: the call ends round 1, the result opens round 2.
    expect(final.parent?.status).toBe("REQUIRES_ACTION");
    expect(final.parent?.steps.find((s) => s.__typename === "FunctionCallStep")).toMatchObject({
      name: "count_conversations",
    });
    expect(final.inputSteps).toEqual([
      {
        __typename: "FunctionResultStep",
        callId: expect.any(String),
        resultName: "count_conversations",
        result: { count },
        isError: false,
      },
    ]);
    expect(final.conversation?.head?.id).toBe(final.id);
    expect(final.conversation?.messages.map((m) => m.status)).toEqual(["REQUIRES_ACTION", "COMPLETED"]);
    // Upstream got the declaration from the registry, and the result chained to the call.
    const [call, answer] = h.emulator.requests.slice(-2);
    expect(call?.tools).toEqual([expect.objectContaining({ type: "function", name: "count_conversations" })]);
    expect(answer?.previous_interaction_id).toBeDefined();
    expect(answer?.input).toEqual([expect.objectContaining({ type: "function_result", name: "count_conversations" })]);
  });

  it("sends invalid arguments and handler errors back to the model as is_error results", async () => {
    const final = await send({
      text: 'What is the current_time in "Mars/Olympus"?',
      tools: [{ serverFunction: "current_time" }],
    });
    const result = final.inputSteps[0];
    expect(result).toMatchObject({ __typename: "FunctionResultStep", isError: true });
    expect(JSON.stringify(result)).toMatch(/time zone|timeZone/i);
    expect(final.status).toBe("COMPLETED");
  });

  it("streams every round through the chat subscription", async () => {
    const { results, errors } = await collectWs(h.url, ToolChatDocument, {
      input: { text: 'current_time in "Europe/Paris" please', tools: [{ serverFunction: "current_time" }] },
    });
    expect(errors).toEqual([]);
    const evs = results.map((r) => r.chat);
    const ids = [...new Set(evs.map((e) => ("interactionId" in e ? e.interactionId : undefined)).filter(Boolean))];
    expect(ids).toHaveLength(2);
    const steps = evs.flatMap((e) => (e.__typename === "StepStartEvent" ? [e.step.__typename] : []));
    expect(steps).toContain("FunctionCallStep");
    expect(steps).toContain("ModelOutputStep");
    expect(evs.some((e) => e.__typename === "StepDeltaEvent" && e.delta.__typename === "ArgumentsDelta")).toBe(true);
    const completions = evs.flatMap((e) =>
      e.__typename === "InteractionCompletedEvent" ? [e.interaction.status] : [],
    );
    expect(completions).toEqual(["REQUIRES_ACTION", "COMPLETED"]);
  });

  it("stops a runaway loop at the round limit with TOOL_ROUND_LIMIT", async () => {
    const res = await h.gql(ToolMessageDocument, {
      input: {
        text: "Keep checking the token_usage",
        tools: [{ serverFunction: "token_usage" }],
        generationConfigJson: { tool_choice: "any" },
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe("TOOL_ROUND_LIMIT");
    const stuck = String(res.errors?.[0]?.extensions?.interactionId);
    const { interaction } = await h.ok(ToolInteractionDocument, { id: stuck });
    expect(interaction?.status).toBe("REQUIRES_ACTION");
    expect(interaction?.error?.code).toBe("TOOL_ROUND_LIMIT");
    expect(interaction?.conversation?.messages).toHaveLength(4); // the first call and 3 rounds of results
  });
});

describe("client-side functions", () => {
  it("round-trips through REQUIRES_ACTION and submitFunctionResults", async () => {
    const waiting = await send({ text: 'Use get_weather for "Paris"', tools: [weather] });
    expect(waiting.status).toBe("REQUIRES_ACTION");
    const call = waiting.steps.find((s) => s.__typename === "FunctionCallStep");
    expect(call).toMatchObject({ name: "get_weather", arguments: { city: "Paris" } });
    const callId = call?.__typename === "FunctionCallStep" ? (call.callId as string) : "";

    const done = (
      await h.ok(SubmitFunctionResultsDocument, { id: waiting.id, results: [{ callId, result: { tempC: 22 } }] })
    ).submitFunctionResults;
    expect(done.status).toBe("COMPLETED");
    expect(done.outputText).toBe('The function get_weather returned: {"tempC":22}.');
    expect(done.parent?.id).toBe(waiting.id);
    expect(h.emulator.requests.at(-1)?.tools).toEqual([expect.objectContaining({ name: "get_weather" })]);

    const again = await h.gql(SubmitFunctionResultsDocument, { id: waiting.id, results: [{ callId, result: 1 }] });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("works over a subscription too: chat ends in REQUIRES_ACTION, the answer streams after submit", async () => {
    const first = await collectWs(h.url, ToolChatDocument, {
      input: { text: 'get_weather in "Oslo"', tools: [weather] },
    });
    const evs = first.results.map((r) => r.chat);
    expect(evs.at(-1)?.__typename).toBe("TurnEndEvent");
    const last = evs.at(-2);
    expect(last?.__typename === "InteractionCompletedEvent" && last.interaction.status).toBe("REQUIRES_ACTION");
    const id = last?.__typename === "InteractionCompletedEvent" ? last.interaction.id : "";
    const { interaction } = await h.ok(ToolInteractionDocument, { id });
    const call = interaction?.steps.find((s) => s.__typename === "FunctionCallStep");
    const callId = call?.__typename === "FunctionCallStep" ? (call.callId as string) : "";
    const done = (await h.ok(SubmitFunctionResultsDocument, { id, results: [{ callId, result: "cold" }] }))
      .submitFunctionResults;
    expect(done.outputText).toBe('The function get_weather returned: "cold".');
  });

  it("rejects results for unknown or missing calls, changing nothing", async () => {
    const waiting = await send({ text: 'get_weather "Rome"', tools: [weather] });
    const before = await h.database.prisma.interaction.count();
    const wrong = await h.gql(SubmitFunctionResultsDocument, {
      id: waiting.id,
      results: [{ callId: "nope", result: 1 }],
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "results.0.callId" });
    const missing = await h.gql(SubmitFunctionResultsDocument, { id: waiting.id, results: [] });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "results" });
    const unknownFn = await h.gql(ToolMessageDocument, { input: { text: "x", tools: [{ serverFunction: "nope" }] } });
    expect(unknownFn.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_ERROR",
      field: "tools.0.serverFunction",
    });
    expect(await h.database.prisma.interaction.count()).toBe(before);
  });
});

describe("structured output", () => {
  const schema = {
    type: "object",
    properties: {
      title: { type: "string" },
      year: { type: "integer" },
      authors: {
        type: "array",
        items: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
      },
      meta: {
        type: "object",
        properties: { genre: { type: "string", enum: ["fiction", "science"] } },
        required: ["genre"],
      },
    },
    required: ["title", "year", "authors", "meta"],
  };

  it("returns a valid json value for a nested schema", async () => {
    const out = await send({ text: 'A book called "Dune"', responseFormat: schema });
    expect(out.status).toBe("COMPLETED");
    expect(out.error).toBeNull();
    expect(out.json).toEqual(JSON.parse(out.outputText ?? ""));
    expect(out.json).toMatchObject({ title: expect.any(String), year: expect.any(Number), meta: { genre: "fiction" } });
    expect(h.emulator.requests.at(-1)?.response_format).toEqual({
      type: "text",
      mime_type: "application/json",
      schema,
    });
  });

  it("gives a typed error when the reply does not match, keeping the raw text", async () => {
    h.emulator.faults.add([{ op: "create", invalidJson: true }]);
    const out = await send({ text: "another book", responseFormat: schema });
    expect(out.json).toBeNull();
    expect(out.error?.code).toBe("STRUCTURED_OUTPUT_INVALID");
    expect(out.error?.message).toMatch(/does not match the schema/);
    expect(out.outputText).toBeTruthy();
  });
});

describe("thinking", () => {
  it("passes thinking config through, exposes the summary, and replays signatures when rebuilding a branch", async () => {
    const first = await send({
      text: "Think about primes",
      generationConfig: { thinkingLevel: "HIGH", thinkingSummaries: "AUTO" },
    });
    const thought = first.steps.find((s) => s.__typename === "ThoughtStep");
    expect(thought?.__typename === "ThoughtStep" && thought.summary.length).toBeGreaterThan(0);
    const signature = thought?.__typename === "ThoughtStep" ? thought.signature : null;
    expect(signature).toBeTruthy();
    expect(h.emulator.requests.at(-1)?.generation_config).toEqual({
      thinking_level: "high",
      thinking_summaries: "auto",
    });

    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: first.id } });
    await fetch(`${h.emulator.url}/_emulator/interactions/${row.remoteId}/expire`, { method: "POST" });
    await send({ text: "And twin primes?", conversationId: first.conversation?.id });
    const replayed = h.emulator.requests.at(-1)?.input as { type: string; signature?: string }[];
    expect(replayed.find((s) => s.type === "thought")?.signature).toBe(signature);
  });
});

describe("built-in tools", () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ["googleSearch", { googleSearch: {} }, ["GoogleSearchCallStep", "GoogleSearchResultStep"]],
    ["codeExecution", { codeExecution: {} }, ["CodeExecutionCallStep", "CodeExecutionResultStep"]],
    ["urlContext", { urlContext: {} }, ["UrlContextCallStep", "UrlContextResultStep"]],
    ["googleMaps", { googleMaps: {} }, ["GoogleMapsCallStep", "GoogleMapsResultStep"]],
    [
      "fileSearch",
      { fileSearch: { file_search_store_names: ["stores/docs"] } },
      ["FileSearchCallStep", "FileSearchResultStep"],
    ],
    [
      "mcpServer",
      { mcpServer: { name: "deploys", url: "https://mcp.example.com" } },
      ["McpServerToolCallStep", "McpServerToolResultStep"],
    ],
    [
      "retrieval",
      { retrieval: { retrievalTypes: ["VERTEX_AI_SEARCH"] } },
      ["RetrievalCallStep", "RetrievalResultStep"],
    ],
  ];
  for (const [name, tool, expected] of cases) {
    it(`${name}: typed steps in interaction(id) and in the stream`, async () => {
      const streamed = await collectWs(h.url, ToolChatDocument, {
        input: { text: `Use ${name} about https://example.com/page`, tools: [tool as never] },
      });
      const evs = streamed.results.map((r) => r.chat);
      expect(evs.at(-1)?.__typename).toBe("TurnEndEvent");
      const last = evs.at(-2);
      expect(last?.__typename).toBe("InteractionCompletedEvent");
      const started = evs.flatMap((e) => (e.__typename === "StepStartEvent" ? [e.step.__typename] : []));
      const deltas = evs.flatMap((e) => (e.__typename === "StepDeltaEvent" ? [e.delta.__typename] : []));
      expect(deltas).toEqual(expect.arrayContaining(["ToolCallDelta", "ToolResultDelta", "TextDelta"]));
      expect(started).toEqual(expect.arrayContaining([...expected, "ModelOutputStep"]));
      const id = last?.__typename === "InteractionCompletedEvent" ? last.interaction.id : "";
      const { interaction } = await h.ok(ToolInteractionDocument, { id });
      expect(typenames(interaction?.steps ?? [])).toEqual(expect.arrayContaining([...expected, "ModelOutputStep"]));
      expect(typenames(interaction?.steps ?? [])).not.toContain("OtherStep");
    });
  }
});
