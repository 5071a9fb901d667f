import { describe, expect, it } from "vitest";
import {
  ColumnError,
  readError,
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

  it("read an error leniently: a code and a message, whatever was stored", () => {
    expect(readError(null)).toBeNull();
    expect(readError({ code: "TOOL_ROUND_LIMIT", message: "stopped" })).toEqual({
      code: "TOOL_ROUND_LIMIT",
      message: "stopped",
    });
    expect(readError({ message: "no code" })).toEqual({ code: "UNKNOWN", message: "no code" });
  });
});
