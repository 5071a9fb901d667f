import { describe, expect, it } from "vitest";
import {
  collect,
  create,
  createStream,
  deltaTypes,
  type Event,
  type Loose,
  MODEL,
  stepTypes,
  textOf,
  useEmulator,
} from "./helpers.ts";

const t = useEmulator();

describe("text replies", () => {
  it("chain over previous_interaction_id with the turn count and the first text", async () => {
    const one = await create(t.ai, { model: MODEL, input: "My name is Ada" });
    expect(one.output_text).toBe('Hello! You said: "My name is Ada". This is turn 1 of our conversation.');
    const two = await create(t.ai, { model: MODEL, input: "What is my name?", previous_interaction_id: one.id });
    expect(two.output_text).toBe(
      'You said: "What is my name?". This is turn 2 of our conversation; it began with "My name is Ada".',
    );
    expect(two.previous_interaction_id).toBe(one.id);
    const three = await create(t.ai, {
      model: MODEL,
      input: [{ type: "text", text: "Third" }],
      previous_interaction_id: two.id,
    });
    expect(three.output_text).toContain("This is turn 3 of our conversation");
  });

  it("are deterministic: the same input gets the same reply and usage", async () => {
    const a = await create(t.ai, { model: MODEL, input: "same" });
    const b = await create(t.ai, { model: MODEL, input: "same" });
    expect(b.steps).toEqual(a.steps);
    expect(b.usage).toEqual(a.usage);
    expect(b.id).not.toBe(a.id);
  });

  it("count the user_input steps of a store:false Step[] timeline as turns", async () => {
    const first = await create(t.ai, { model: MODEL, input: "Hi, I am Bo", store: false });
    const it = await create(t.ai, {
      model: MODEL,
      store: false,
      input: [
        { type: "user_input", content: [{ type: "text", text: "Hi, I am Bo" }] },
        ...first.steps,
        { type: "user_input", content: "Who am I?" },
      ],
    });
    expect(it.output_text).toBe(
      'You said: "Who am I?". This is turn 2 of our conversation; it began with "Hi, I am Bo".',
    );
  });

  it("report usage: input grows with the chain, total is the sum", async () => {
    const one = await create(t.ai, { model: MODEL, input: "one two three" });
    const two = await create(t.ai, { model: MODEL, input: "four", previous_interaction_id: one.id });
    const u1 = one.usage as Loose;
    const u2 = two.usage as Loose;
    expect(u1.total_input_tokens).toBe(7);
    expect(u2.total_input_tokens).toBe(12);
    for (const u of [u1, u2]) {
      expect(u.total_tokens).toBe(Number(u.total_input_tokens) + Number(u.total_output_tokens));
      expect(u.output_tokens_by_modality).toEqual([{ modality: "text", tokens: u.total_output_tokens }]);
    }
  });
});

describe("thoughts", () => {
  it('thinking_summaries "auto": a thought step with summary and signature comes first', async () => {
    const it = await create(t.ai, { model: MODEL, input: "Think", generation_config: { thinking_summaries: "auto" } });
    expect(stepTypes(it.steps)).toEqual(["thought", "model_output"]);
    const thought = it.steps[0] as Loose;
    expect(thought.summary).toEqual([{ type: "text", text: expect.stringContaining("Think") }]);
    expect(thought.signature).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(it.output_text).toContain('"Think"'); // thoughts never leak into output_text
    expect(Number((it.usage as Loose).total_thought_tokens)).toBeGreaterThan(0);
  });

  it("stream as thought_summary then thought_signature deltas", async () => {
    const { events } = await collect(
      await createStream(t.ai, { model: MODEL, input: "Think", generation_config: { thinking_summaries: "auto" } }),
    );
    const start = events.find((e) => e.event_type === "step.start") as Event & { step: Loose; index: number };
    expect(start).toMatchObject({ index: 0, step: { type: "thought" } });
    expect(deltaTypes(events).slice(0, 2)).toEqual(["thought_summary", "thought_signature"]);
  });

  it('no thought step without thinking_summaries "auto"', async () => {
    const it = await create(t.ai, { model: MODEL, input: "x", generation_config: { thinking_summaries: "none" } });
    expect(stepTypes(it.steps)).toEqual(["model_output"]);
  });
});

describe("incomplete", () => {
  it("max_output_tokens truncates the text and ends incomplete", async () => {
    const full = await create(t.ai, { model: MODEL, input: "a long question" });
    const cut = await create(t.ai, {
      model: MODEL,
      input: "a long question",
      generation_config: { max_output_tokens: 4 },
    });
    expect(cut.status).toBe("incomplete");
    expect(cut.output_text).toBe('Hello! You said: "a');
    expect(full.output_text?.startsWith(cut.output_text ?? "?")).toBe(true);
    expect((cut.usage as Loose).total_output_tokens).toBe(4);
  });
});

const b64 = (s: string) => Buffer.from(s, "base64");

describe("media output", () => {
  it("image models return a small valid PNG (output_image) next to the text", async () => {
    const it = await create(t.ai, {
      model: "gemini-3.1-flash-image",
      input: "a red square",
      generation_config: { image_config: { aspect_ratio: "16:9" } },
    });
    const image = it.output_image as Loose;
    expect(image.mime_type).toBe("image/png");
    const png = b64(String(image.data));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([16, 9]);
    expect(png.subarray(-8, -4).toString("ascii")).toBe("IEND");
    expect(it.output_text).toContain('"a red square"');
    const again = await create(t.ai, { model: "gemini-3.1-flash-image", input: "a red square" });
    expect((again.output_image as Loose).data).not.toBe(image.data); // 1:1 by default
  });

  it("stream the image as one image delta after the text", async () => {
    const { events } = await collect(await createStream(t.ai, { model: "gemini-3.1-flash-image", input: "cat" }));
    expect(deltaTypes(events).at(-1)).toBe("image");
    expect(textOf(events)).toContain('"cat"');
  });

  it("tts models return audio (WAV), veo models video, response_format document a PDF", async () => {
    const speech = await create(t.ai, { model: "gemini-3.1-flash-tts", input: "say hi" });
    expect(
      b64(String((speech.output_audio as Loose).data))
        .subarray(0, 4)
        .toString(),
    ).toBe("RIFF");
    const video = await create(t.ai, { model: "veo-4.0-generate", input: "a wave" });
    expect(video.output_video).toMatchObject({ mime_type: "video/mp4", uri: expect.stringMatching(/\.mp4$/) });
    const doc = await create(t.ai, { model: MODEL, input: "report", response_format: { type: "document" } });
    const item = (doc.steps.at(-1) as Loose & { content: Loose[] }).content.at(-1) as Loose;
    expect(item.type).toBe("document");
    expect(b64(String(item.data)).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("stream audio, video and document deltas", async () => {
    const { events } = await collect(
      await createStream(t.ai, {
        model: MODEL,
        input: "all of it",
        response_format: [{ type: "audio" }, { type: "video" }, { type: "document" }],
      }),
    );
    expect(deltaTypes(events).filter((d) => d !== "text")).toEqual(["audio", "video", "document"]);
  });
});

describe("input forms", () => {
  it("accepts string, Content, Content[] and Step[] input, echoing them as user_input on GET", async () => {
    const inputs = [
      "plain",
      { type: "text", text: "plain" },
      [{ type: "text", text: "plain" }],
      [{ type: "user_input", content: [{ type: "text", text: "plain" }] }],
    ];
    for (const input of inputs) {
      const it = await create(t.ai, { model: MODEL, input });
      expect(it.output_text).toBe('Hello! You said: "plain". This is turn 1 of our conversation.');
      const got = await t.ai.interactions.get(it.id);
      expect(got.steps[0]).toEqual({ type: "user_input", content: [{ type: "text", text: "plain" }] });
    }
  });

  it("media input is processed server-side first (processing_call / processing_result)", async () => {
    const it = await create(t.ai, {
      model: MODEL,
      input: [
        { type: "text", text: "summarise" },
        { type: "document", data: "JVBERi0=", mime_type: "application/pdf" },
      ],
    });
    expect(stepTypes(it.steps)).toEqual(["processing_call", "processing_result", "model_output"]);
    expect((it.steps[1] as Loose).call_id).toBe((it.steps[0] as Loose).id);
  });

  it("streams processing steps as processing_call / processing_result deltas", async () => {
    const video = { type: "video", uri: "https://example.com/v.mp4", mime_type: "video/mp4" };
    const { events } = await collect(
      await createStream(t.ai, { model: MODEL, input: [{ type: "text", text: "watch" }, video] }),
    );
    expect(deltaTypes(events).slice(0, 2)).toEqual(["processing_call", "processing_result"]);
  });
});

describe("generation_config.seed and stop_sequences (issue 25)", () => {
  const ask = (generation_config: Record<string, unknown>) =>
    create(t.ai, { model: MODEL, input: "Tell me. Then more.", generation_config });

  it("the same seed gives the same reply; another seed another one", async () => {
    const a = await ask({ seed: 7 });
    const b = await ask({ seed: 7 });
    const c = await ask({ seed: 8 });
    expect(a.output_text).toBe(b.output_text);
    expect(a.output_text).toBe('Hi! You said: "Tell me. Then more.". This is turn 1 of our conversation.');
    expect(c.output_text).toBe('Hey! You said: "Tell me. Then more.". This is turn 1 of our conversation.');
  });

  it("stops the text before the first stop sequence, still completed", async () => {
    const it = await ask({ stop_sequences: ["Then", "turn"] });
    expect(it.status).toBe("completed");
    expect(it.output_text).toBe('Hello! You said: "Tell me. ');
  });
});
