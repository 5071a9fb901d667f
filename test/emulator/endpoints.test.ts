import { describe, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator/server.ts";
import {
  apiMessage,
  client,
  collect,
  create,
  createStream,
  failure,
  getStream,
  kinds,
  type Loose,
  MODEL,
  stepTypes,
  textOf,
  useEmulator,
} from "./helpers.ts";

const t = useEmulator();

describe("POST /v1beta/interactions", () => {
  it("create (JSON): a completed Interaction with only this call's steps, usage and output_text", async () => {
    const it = await create(t.ai, { model: MODEL, input: "Hello there" });
    expect(it.id).toMatch(/^v1_/);
    expect(it).toMatchObject({ object: "interaction", status: "completed", model: MODEL });
    expect(it.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(stepTypes(it.steps)).toEqual(["model_output"]);
    expect(it.output_text).toBe('Hello! You said: "Hello there". This is turn 1 of our conversation.');
    expect(it.sdkHttpResponse?.headers?.["content-type"]).toMatch(/^application\/json/);
    expect(t.emulator.requests).toEqual([{ model: MODEL, input: "Hello there" }]);
    expect(t.emulator.stats().creates).toBe(1);
  });

  it("create (SSE): created -> status_update -> step.start/delta*/stop -> completed, then [DONE]", async () => {
    const { events, error } = await collect(await createStream(t.ai, { model: MODEL, input: "Stream this" }));
    expect(error).toBeUndefined();
    expect(kinds(events)).toEqual([
      "interaction.created",
      "interaction.status_update",
      "step.start",
      ...events.filter((e) => e.event_type === "step.delta").map(() => "step.delta"),
      "step.stop",
      "interaction.completed",
    ]);
    expect(textOf(events)).toBe('Hello! You said: "Stream this". This is turn 1 of our conversation.');
    expect(events.every((e) => typeof e.event_id === "string")).toBe(true);
    expect(new Set(events.map((e) => e.event_id)).size).toBe(events.length);
  });

  it("create (SSE) is framed as upstream does: event: lines, data: JSON with event_type, data: [DONE]", async () => {
    const res = await fetch(`${t.emulator.url}/v1beta/interactions`, {
      method: "POST",
      headers: { "x-goog-api-key": "k", "content-type": "application/json" },
      body: JSON.stringify({ model: MODEL, input: "raw", stream: true }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    const body = await res.text();
    expect(
      body.startsWith('event: interaction.created\ndata: {"event_type":"interaction.created","event_id":"evt_1"'),
    ).toBe(true);
    expect(body.endsWith("event: done\ndata: [DONE]\n\n")).toBe(true);
  });

  it("accepts any API version segment and a base URL with a path prefix", async () => {
    const alpha = client(t.emulator.url, "v1alpha");
    expect((await create(alpha, { model: MODEL, input: "alpha" })).status).toBe("completed");
    const prefixed = client(`${t.emulator.url}/base/`);
    expect((await create(prefixed, { model: MODEL, input: "prefixed" })).status).toBe("completed");
    expect(t.emulator.log.map((l) => l.path)).toEqual(["/v1alpha/interactions", "/base/v1beta/interactions"]);
  });

  it("accepts and ignores unknown fields and headers (Api-Revision)", async () => {
    const it = await create(
      t.ai,
      { model: MODEL, input: "x", labels: { a: "b" }, future_field: 1 },
      {
        headers: { "Api-Revision": "2026-05-20" },
      },
    );
    expect(it.status).toBe("completed");
    expect((it as unknown as Loose).labels).toEqual({ a: "b" });
  });
});

describe("GET /v1beta/interactions/{id}", () => {
  it("get (JSON): the full turn, user_input first; include_input=true adds the input", async () => {
    const made = await create(t.ai, { model: MODEL, input: "Echo me", system_instruction: "Be brief" });
    const got = await t.ai.interactions.get(made.id);
    expect(stepTypes(got.steps)).toEqual(["user_input", "model_output"]);
    expect(got.steps[0]).toEqual({ type: "user_input", content: [{ type: "text", text: "Echo me" }] });
    expect(got.output_text).toBe(made.output_text);
    expect(made.usage).toMatchObject(got.usage ?? {}); // the SDK adds initial_input_tokens on create
    expect((got as unknown as Loose).system_instruction).toBe("Be brief");
    expect((got as unknown as Loose).input).toBeUndefined();
    const withInput = await t.ai.interactions.get(made.id, { include_input: true });
    expect((withInput as unknown as Loose).input).toBe("Echo me");
  });

  it("get (SSE): replays the same events, with the same event_ids, as the original stream", async () => {
    const first = await collect(await createStream(t.ai, { model: MODEL, input: "Replay me please" }));
    const id = (first.events[0] as { interaction: { id: string } }).interaction.id;
    const replay = await collect(await getStream(t.ai, id));
    expect(replay.events).toEqual(first.events);
    const again = await collect(await getStream(t.ai, id));
    expect(again.events.map((e) => e.event_id)).toEqual(first.events.map((e) => e.event_id));
  });

  it("get of an unknown id is a NotFoundError (404) with upstream's message", async () => {
    const err = await failure(t.ai.interactions.get("v1_missing"));
    expect(err.name).toBe("NotFoundError");
    expect(err.status).toBe(404);
    expect(apiMessage(err)).toContain("v1_missing");
    expect(t.emulator.log.map((l) => l.status)).toEqual([404]); // 404 is not retried
  });

  it("percent-encoded ids round-trip", async () => {
    const err = await failure(t.ai.interactions.get("a/b c"));
    expect(err.status).toBe(404);
    expect(apiMessage(err)).toContain("a/b c");
  });
});

describe("DELETE /v1beta/interactions/{id}", () => {
  it("delete resolves undefined; afterwards get, stream, chaining and delete answer 404", async () => {
    const made = await create(t.ai, { model: MODEL, input: "forget me" });
    expect(await t.ai.interactions.delete(made.id)).toBeUndefined();
    expect((await failure(t.ai.interactions.get(made.id))).name).toBe("NotFoundError");
    expect((await failure(getStream(t.ai, made.id))).status).toBe(404);
    expect(
      (await failure(create(t.ai, { model: MODEL, input: "again", previous_interaction_id: made.id }))).status,
    ).toBe(404);
    expect((await failure(t.ai.interactions.delete(made.id))).name).toBe("NotFoundError");
  });

  it("answers 200 {} on the wire", async () => {
    const made = await create(t.ai, { model: MODEL, input: "x" });
    const res = await fetch(`${t.emulator.url}/v1beta/interactions/${made.id}`, {
      method: "DELETE",
      headers: { "x-goog-api-key": "k" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({});
  });
});

describe("store:false", () => {
  it("is answered but not retrievable, and cannot be chained to", async () => {
    const made = await create(t.ai, { model: MODEL, input: "ephemeral", store: false });
    expect(made.output_text).toContain('"ephemeral"');
    expect((await failure(t.ai.interactions.get(made.id))).status).toBe(404);
    const err = await failure(create(t.ai, { model: MODEL, input: "next", previous_interaction_id: made.id }));
    expect(err.name).toBe("NotFoundError");
  });
});

describe("transport", () => {
  it("wants an API key (401) and serves only the REST routes (404)", async () => {
    const noKey = await fetch(`${t.emulator.url}/v1beta/interactions/x`);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ error: { code: 401, status: "UNAUTHENTICATED" } });
    const wrong = await fetch(`${t.emulator.url}/v1beta/models`, { headers: { "x-goog-api-key": "k" } });
    expect(wrong.status).toBe(404);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toContain("No route");
  });

  it("a second instance on its own port shares nothing with the first", async () => {
    const other = await startEmulator({ port: 0, host: "127.0.0.1" });
    try {
      expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await create(client(other.url), { model: MODEL, input: "hi" })).status).toBe("completed");
      expect(t.emulator.requests).toHaveLength(0); // instances share nothing
    } finally {
      await other.close();
    }
  });
});
