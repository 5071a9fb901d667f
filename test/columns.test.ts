import { describe, expect, it } from "vitest";
import {
  ColumnError,
  readError,
  readEvent,
  readInput,
  readRequest,
  readSettings,
  readSteps,
} from "../src/engine/store/columns.ts";

describe("JSON column codecs", () => {
  it("read each column's shape and keep fields they do not know", () => {
    expect(readRequest({ model: "m", store: false, future_field: { x: 1 } })).toEqual({
      model: "m",
      store: false,
      future_field: { x: 1 },
    });
    expect(readSettings({ model: "m", tools: [{ googleSearch: {} }], generationConfig: { temperature: 1 } })).toEqual({
      model: "m",
      tools: [{ googleSearch: {} }],
      generationConfig: { temperature: 1 },
    });
    expect(readSteps([{ type: "thought", signature: "s" }])).toEqual([{ type: "thought", signature: "s" }]);
    expect(readInput([{ type: "function_result", call_id: "c", result: null }])).toHaveLength(1);
  });

  it("refuse a stored value of the wrong shape with a message naming the column", () => {
    expect(() => readRequest([1, 2])).toThrow(ColumnError);
    expect(() => readInput([{ text: "no type" }])).toThrow(/Stored Interaction.input has an unexpected shape: 0.type/);
    expect(() => readSettings({ store: "yes" })).toThrow(/Conversation.settings/);
  });

  it("refuse each wrong shape with a ColumnError that names the column", () => {
    const column = (read: () => unknown) => {
      try {
        read();
      } catch (err) {
        return err instanceof ColumnError ? err.column : "not a ColumnError";
      }
      return "no error";
    };
    expect(column(() => readRequest({ model: 7 }))).toBe("Interaction.request");
    expect(column(() => readRequest({ tools: [1] }))).toBe("Interaction.request");
    expect(column(() => readRequest({ generation_config: "hot" }))).toBe("Interaction.request");
    expect(column(() => readSteps({ type: "text" }))).toBe("Interaction.steps");
    expect(column(() => readSteps([{ type: 3 }]))).toBe("Interaction.steps");
    expect(column(() => readInput("hello"))).toBe("Interaction.input");
    expect(column(() => readSettings({ tools: [{ function: { description: "no name" } }] }))).toBe(
      "Conversation.settings",
    );
    expect(column(() => readSettings([]))).toBe("Conversation.settings");
    expect(column(() => readEvent({ kind: "status" }))).toBe("InteractionEvent.payload");
    expect(column(() => readEvent({ kind: "no_such_kind" }))).toBe("InteractionEvent.payload");
    expect(column(() => readEvent({ kind: "step_start", index: "0", step: { type: "text" } }))).toBe(
      "InteractionEvent.payload",
    );
  });

  it("read a logged event with the upstream event id it came from", () => {
    expect(readEvent({ kind: "step_delta", index: 2, delta: { type: "text", text: "hi" }, eid: "e9" })).toEqual({
      kind: "step_delta",
      index: 2,
      delta: { type: "text", text: "hi" },
      eid: "e9",
    });
    expect(readEvent({ kind: "turn_end", status: "completed" })).toEqual({ kind: "turn_end", status: "completed" });
  });

  it("read an error leniently: a code and a message, whatever was stored", () => {
    expect(readError(null)).toBeNull();
    expect(readError({ code: "TOOL_ROUND_LIMIT", message: "stopped" })).toEqual({
      code: "TOOL_ROUND_LIMIT",
      message: "stopped",
    });
    expect(readError({ message: "no code" })).toEqual({ code: "UNKNOWN", message: "no code" });
  });
});
