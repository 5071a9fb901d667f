import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateInteractionDocument, GetInteractionDocument } from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness, TEST_API_KEY } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const countRows = async () => ({
  interactions: await h.database.prisma.interaction.count(),
  events: await h.database.prisma.interactionEvent.count(),
});

describe("createInteraction", () => {
  it("runs one interaction end to end through the SDK and stores it", async () => {
    const { createInteraction: i } = await h.ok(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", text: "Hello there" },
    });
    expect(i.status).toBe("COMPLETED");
    expect(i.outputText).toContain('You said: "Hello there"');
    expect(i.remoteId).toMatch(/^v1_/);
    expect(i.usage?.totalTokens).toBe((i.usage?.inputTokens ?? 0) + (i.usage?.outputTokens ?? 0));
    expect(i.usage?.outputTokens).toBeGreaterThan(0);
    expect(i.input).toEqual([{ __typename: "TextContent", text: "Hello there" }]);
    expect(i.steps).toHaveLength(1);
    const step = i.steps[0];
    expect(step?.__typename === "ModelOutputStep" && step.content[0]).toEqual({
      __typename: "TextContent",
      text: i.outputText,
      annotations: null,
    });

    // What upstream received is exactly the turn we sent.
    const sent = h.emulator.requests.at(-1);
    expect(sent).toMatchObject({
      model: "gemini-3.5-flash",
      input: [{ type: "text", text: "Hello there" }],
      stream: true,
    });

    const { interaction } = await h.ok(GetInteractionDocument, { id: i.id });
    expect(interaction?.outputText).toBe(i.outputText);
    expect(interaction?.remoteId).toBe(i.remoteId);

    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: i.id } });
    expect(row).toMatchObject({
      ownerId: "local",
      status: "completed",
      remoteId: i.remoteId,
      outputText: i.outputText,
    });
  });

  it("chains to an earlier interaction by our id, and the model sees the earlier turn", async () => {
    const first = await h.ok(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", text: "My name is Ada" },
    });
    const second = await h.ok(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", text: "What is my name?", previousInteractionId: first.createInteraction.id },
    });
    expect(h.emulator.requests.at(-1)?.previous_interaction_id).toBe(first.createInteraction.remoteId);
    expect(second.createInteraction.outputText).toContain('turn 2 of our conversation; it began with "My name is Ada"');
    expect(second.createInteraction.parent?.id).toBe(first.createInteraction.id);
  });

  it("when upstream forgot the previous interaction, the rebuilt history ends with the new message and the reply answers it", async () => {
    const first = await h.ok(CreateInteractionDocument, { input: { model: "gemini-3.5-flash", text: "first" } });
    const before = h.emulator.requests.length;
    h.emulator.faults.add([{ op: "create", expirePrevious: true }]);
    const { createInteraction: second } = await h.ok(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", text: "second", previousInteractionId: first.createInteraction.id },
    });
    expect(second.status).toBe("COMPLETED");
    expect(second.outputText).toBe('You said: "second". This is turn 2 of our conversation; it began with "first".');
    expect(second.parent?.id).toBe(first.createInteraction.id);
    const [refused, replayed] = h.emulator.requests.slice(before);
    expect(refused?.previous_interaction_id).toBe(first.createInteraction.remoteId);
    expect(replayed?.previous_interaction_id).toBeUndefined();
    const timeline = replayed?.input as { type: string; content?: { text?: string }[] }[];
    expect(timeline.filter((s) => s.type === "user_input").map((s) => s.content?.[0]?.text)).toEqual([
      "first",
      "second",
    ]);
    expect(h.emulator.requests).toHaveLength(before + 2);
  });

  it("keeps users apart: keyless requests (the local user) cannot read another user's interaction", async () => {
    const alice = await userWithKey(h.database.prisma);
    const mine = (
      await h.ok(CreateInteractionDocument, { input: { model: "gemini-3.5-flash", text: "private" } }, alice.headers)
    ).createInteraction;
    expect((await h.ok(GetInteractionDocument, { id: mine.id }, alice.headers)).interaction?.id).toBe(mine.id);
    expect((await h.ok(GetInteractionDocument, { id: mine.id })).interaction).toBeNull();
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    expect((await h.ok(GetInteractionDocument, { id: mine.id }, admin.headers)).interaction?.id).toBe(mine.id);
  });

  it("answers null for an unknown id", async () => {
    const { interaction } = await h.ok(GetInteractionDocument, { id: "nope" });
    expect(interaction).toBeNull();
  });
});

describe("bad input", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["neither model nor agent", { text: "hi" }, "VALIDATION_ERROR", "model"],
    [
      "both model and agent",
      { model: "gemini-3.5-flash", agent: "deep-research-preview-04-2026", text: "hi" },
      "VALIDATION_ERROR",
      "model",
    ],
    ["empty text", { model: "gemini-3.5-flash", text: "   " }, "VALIDATION_ERROR", "text"],
    ["no input at all", { model: "gemini-3.5-flash" }, "VALIDATION_ERROR", "text"],
    ["an empty part", { model: "gemini-3.5-flash", parts: [{ text: "" }] }, "VALIDATION_ERROR", "parts.0.text"],
  ];
  for (const [name, input, code, field] of cases) {
    it(`rejects ${name} with ${code} on ${field}, writing nothing`, async () => {
      const before = await countRows();
      const res = await h.gql(CreateInteractionDocument, { input: input as never });
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await countRows()).toEqual(before);
    });
  }

  it("surfaces a model upstream rejects as UPSTREAM_NOT_FOUND with upstream's message, writing nothing", async () => {
    const before = await countRows();
    const requests = h.emulator.requests.length;
    const res = await h.gql(CreateInteractionDocument, { input: { model: "gpt-4", text: "hi" } });
    expect(res.errors?.[0]?.extensions?.code).toBe("UPSTREAM_NOT_FOUND");
    expect(res.errors?.[0]?.message).toContain("models/gpt-4 is not found");
    expect(h.emulator.requests.length).toBe(requests + 1); // 404 is not retried
    expect(await countRows()).toEqual(before);

    // and the server keeps serving
    const ok = await h.ok(CreateInteractionDocument, { input: { model: "gemini-3.5-flash", text: "still there?" } });
    expect(ok.createInteraction.status).toBe("COMPLETED");
  });

  it("rejects a malformed ContentInput (@oneOf) before any work", async () => {
    const res = await h.gql(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", parts: [{ text: "a", uri: { uri: "gs://x", mimeType: "image/png" } }] },
    } as never);
    expect(res.errors?.[0]?.message).toMatch(/exactly one key/i);
  });
});

describe("upstream faults", () => {
  it("retries 429 and 503 through the SDK and then succeeds", async () => {
    const before = h.emulator.requests.length;
    h.emulator.faults.add([
      { op: "create", status: 429, times: 1 },
      { op: "create", status: 503, times: 1 },
    ]);
    const { createInteraction } = await h.ok(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", text: "retry me" },
    });
    expect(createInteraction.status).toBe("COMPLETED");
    // Faulted attempts are answered before the body is recorded; one request got through.
    expect(h.emulator.requests.length).toBe(before + 1);
    expect(h.emulator.faults.pending()).toBe(0);
  });

  it("gives UPSTREAM_UNAVAILABLE when upstream keeps failing, writing nothing", async () => {
    const before = await countRows();
    h.emulator.faults.add([{ op: "create", status: 500, times: 10 }]);
    const res = await h.gql(CreateInteractionDocument, { input: { model: "gemini-3.5-flash", text: "doomed" } });
    h.emulator.faults.clear();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", upstreamStatus: 500 });
    expect(await countRows()).toEqual(before);
  });
});

describe("secrets", () => {
  it("never puts the upstream API key in a response, an error or a log line", async () => {
    h.emulator.faults.add([{ op: "create", status: 401, message: "API key not valid", times: 1 }]);
    const failed = await h.gql(CreateInteractionDocument, { input: { model: "gemini-3.5-flash", text: "leak?" } });
    expect(failed.errors?.[0]?.extensions?.code).toBe("UPSTREAM_UNAUTHORIZED");
    const ok = await h.gql(CreateInteractionDocument, {
      input: { model: "gemini-3.5-flash", text: TEST_API_KEY.slice(0, 8) },
    });
    const everything = JSON.stringify([failed, ok]) + h.logs.join("\n");
    expect(h.logs.length).toBeGreaterThan(0);
    expect(everything).not.toContain(TEST_API_KEY);
  });
});
