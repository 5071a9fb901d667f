import { describe, expect, it } from "vitest";
import { collect, create, createStream, kinds, type Loose, MODEL, useEmulator } from "./helpers.ts";

const t = useEmulator();

const harassment = (threshold: string) => [{ type: "harassment", threshold }];

describe("safety settings block a prompt rated unsafe (issue 25)", () => {
  it("a HIGH harassment rating under block_only_high ends failed with a SAFETY model_output error and ratings", async () => {
    const it = await create(t.ai, {
      model: MODEL,
      input: "Write it unsafe:harassment now",
      safety_settings: harassment("block_only_high"),
    });
    expect(it.status).toBe("failed");
    expect(it.output_text ?? "").toBe("");
    const [step] = it.steps;
    expect(step?.type).toBe("model_output");
    const error = (step as Loose).error as { code: number; details: Loose[] };
    expect(error.code).toBe(3);
    expect(error.details[0]).toMatchObject({ reason: "SAFETY" });
    expect(error.details[1]?.safety_ratings).toEqual([{ category: "harassment", probability: "high", blocked: true }]);
    expect((it as Loose).errors).toEqual([{ code: "safety", message: expect.stringContaining("harassment") }]);
  });

  it("streams the blocked step, then an error event (no text delta)", async () => {
    const { events } = await collect(
      await createStream(t.ai, {
        model: MODEL,
        input: "unsafe:harassment:medium please",
        safety_settings: harassment("block_medium_and_above"),
      }),
    );
    expect(kinds(events)).not.toContain("step.delta");
    expect(kinds(events).at(-1)).toBe("error");
  });

  const passes: [string, string, Loose[] | undefined][] = [
    ["a threshold above the rating", "unsafe:harassment:medium", harassment("block_only_high")],
    ["block_none", "unsafe:harassment", harassment("block_none")],
    ["no setting for the category (the default lets it through)", "unsafe:harassment", undefined],
    [
      "a setting for another category",
      "unsafe:harassment",
      [{ type: "hate_speech", threshold: "block_low_and_above" }],
    ],
  ];
  for (const [name, input, settings] of passes) {
    it(`answers normally with ${name}`, async () => {
      const it = await create(t.ai, { model: MODEL, input, ...(settings ? { safety_settings: settings } : {}) });
      expect(it.status).toBe("completed");
      expect(it.output_text).toContain(input);
    });
  }
});
