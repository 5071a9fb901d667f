import { builder } from "../builder.ts";
import * as turns from "../resolvers/controls.ts";

// Upstream's generation_config, typed (issue 25); it replaces the untyped `generationConfig` JSON.

const ThinkingLevel = builder.enumType("ThinkingLevel", {
  description: "How much the model thinks before answering",
  values: turns.wireEnum(turns.THINKING_LEVELS),
});

export const ThinkingSummaries = builder.enumType("ThinkingSummaries", {
  description: "AUTO adds a ThoughtStep with a summary of the model's reasoning; NONE leaves it out",
  values: turns.wireEnum(turns.THINKING_SUMMARIES),
});

const ToolChoiceMode = builder.enumType("ToolChoiceMode", {
  description:
    "AUTO: the model decides; ANY: it must call a function; NONE: it may not; VALIDATED: calls follow the schema",
  values: turns.wireEnum(turns.TOOL_CHOICE_MODES),
});

const ToolChoiceInput = builder.inputType("ToolChoiceInput", {
  fields: (t) => ({
    mode: t.field({ type: ToolChoiceMode }),
    allowedTools: t.stringList({ description: "Only these functions may be called" }),
  }),
});

const SpeechConfigInput = builder.inputType("SpeechConfigInput", {
  description: "A voice for generated speech (one per speaker of a multi-speaker script)",
  fields: (t) => ({ voice: t.string(), speaker: t.string(), language: t.string() }),
});

const ImageConfigInput = builder.inputType("ImageConfigInput", {
  fields: (t) => ({
    aspectRatio: t.string({ description: 'e.g. "16:9"' }),
    imageSize: t.string({ description: '"512", "1K", "2K" or "4K"' }),
  }),
});

export const GenerationConfigInput = builder.inputType("GenerationConfigInput", {
  description: "How the model generates (upstream's generation_config); laid over the deprecated generationConfigJson",
  fields: (t) => ({
    temperature: t.float({ description: "0 to 2" }),
    topP: t.float({ description: "0 to 1" }),
    seed: t.int({ description: "The same seed and request give the same answer (as far as upstream can)" }),
    maxOutputTokens: t.int({ description: "Past this many tokens the answer stops, INCOMPLETE" }),
    stopSequences: t.stringList({ description: "At most 5; the answer stops before the first one it would write" }),
    thinkingLevel: t.field({ type: ThinkingLevel }),
    thinkingSummaries: t.field({ type: ThinkingSummaries }),
    toolChoice: t.field({ type: ToolChoiceInput }),
    speechConfig: t.field({ type: [SpeechConfigInput] }),
    imageConfig: t.field({ type: ImageConfigInput }),
  }),
});
