import { builder } from "../builder.ts";
import type { GenerationConfigInput as Stored } from "../engine/turns/generation.ts";
import * as turns from "../resolvers/controls.ts";
import { wireOf } from "../resolvers/settings.ts";

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

const TranscriptionMode = builder.enumType("TranscriptionMode", {
  description: "VERBATIM: every word as spoken; SMART: a cleaned-up transcript",
  values: turns.wireEnum(turns.TRANSCRIPTION_MODES),
});

const VideoTask = builder.enumType("VideoTask", {
  description: "What a video model does; upstream decides from the prompt and inputs when it is not set",
  values: turns.wireEnum(turns.VIDEO_TASKS),
});

const TranscriptionConfigInput = builder.inputType("TranscriptionConfigInput", {
  description: "Speech recognition of the turn's audio (upstream's transcription_config)",
  fields: (t) => ({
    mode: t.field({ type: TranscriptionMode }),
    languageCodes: t.stringList({ description: "BCP-47 hints of the languages spoken; none: detected" }),
    customVocabulary: t.stringList({ description: "Terms the recogniser should favour" }),
    diarization: t.boolean({ description: "VERBATIM only: tell the speakers apart" }),
    wordTimestamps: t.boolean({ description: "VERBATIM only: a timestamp per word" }),
  }),
});

const VideoConfigInput = builder.inputType("VideoConfigInput", {
  description: "Video generation (upstream's video_config)",
  fields: (t) => ({ task: t.field({ type: VideoTask }) }),
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
    transcriptionConfig: t.field({ type: TranscriptionConfigInput }),
    videoConfig: t.field({ type: VideoConfigInput }),
  }),
});

// The output twins: a conversation's saved generation config (ConversationSettings.generationConfig).

type Sub<K extends keyof Stored> = NonNullable<Stored[K]>;

const ToolChoice = builder.objectRef<Sub<"toolChoice">>("ToolChoice").implement({
  fields: (t) => ({
    mode: t.field({ type: ToolChoiceMode, nullable: true, resolve: (c) => wireOf(turns.TOOL_CHOICE_MODES, c.mode) }),
    allowedTools: t.stringList({ resolve: (c) => c.allowedTools ?? [] }),
  }),
});

const SpeechConfig = builder.objectRef<Sub<"speechConfig">[number]>("SpeechConfig").implement({
  fields: (t) => ({
    voice: t.string({ nullable: true, resolve: (v) => v.voice }),
    speaker: t.string({ nullable: true, resolve: (v) => v.speaker }),
    language: t.string({ nullable: true, resolve: (v) => v.language }),
  }),
});

const ImageConfig = builder.objectRef<Sub<"imageConfig">>("ImageConfig").implement({
  fields: (t) => ({
    aspectRatio: t.string({ nullable: true, resolve: (c) => c.aspectRatio }),
    imageSize: t.string({ nullable: true, resolve: (c) => c.imageSize }),
  }),
});

const TranscriptionConfig = builder.objectRef<Sub<"transcriptionConfig">>("TranscriptionConfig").implement({
  fields: (t) => ({
    mode: t.field({
      type: TranscriptionMode,
      nullable: true,
      resolve: (c) => wireOf(turns.TRANSCRIPTION_MODES, c.mode),
    }),
    languageCodes: t.stringList({ resolve: (c) => c.languageCodes ?? [] }),
    customVocabulary: t.stringList({ resolve: (c) => c.customVocabulary ?? [] }),
    diarization: t.boolean({ resolve: (c) => c.diarization === true }),
    wordTimestamps: t.boolean({ resolve: (c) => c.wordTimestamps === true }),
  }),
});

const VideoConfig = builder.objectRef<Sub<"videoConfig">>("VideoConfig").implement({
  fields: (t) => ({
    task: t.field({ type: VideoTask, nullable: true, resolve: (c) => wireOf(turns.VIDEO_TASKS, c.task) }),
  }),
});

export const GenerationConfig = builder.objectRef<Stored>("GenerationConfig").implement({
  description: "How the model generates, as GenerationConfigInput set it",
  fields: (t) => ({
    temperature: t.float({ nullable: true, resolve: (g) => g.temperature }),
    topP: t.float({ nullable: true, resolve: (g) => g.topP }),
    seed: t.int({ nullable: true, resolve: (g) => g.seed }),
    maxOutputTokens: t.int({ nullable: true, resolve: (g) => g.maxOutputTokens }),
    stopSequences: t.stringList({ resolve: (g) => g.stopSequences ?? [] }),
    thinkingLevel: t.field({
      type: ThinkingLevel,
      nullable: true,
      resolve: (g) => wireOf(turns.THINKING_LEVELS, g.thinkingLevel),
    }),
    thinkingSummaries: t.field({
      type: ThinkingSummaries,
      nullable: true,
      resolve: (g) => wireOf(turns.THINKING_SUMMARIES, g.thinkingSummaries),
    }),
    toolChoice: t.field({ type: ToolChoice, nullable: true, resolve: (g) => g.toolChoice }),
    speechConfig: t.field({ type: [SpeechConfig], resolve: (g) => g.speechConfig ?? [] }),
    imageConfig: t.field({ type: ImageConfig, nullable: true, resolve: (g) => g.imageConfig }),
    transcriptionConfig: t.field({ type: TranscriptionConfig, nullable: true, resolve: (g) => g.transcriptionConfig }),
    videoConfig: t.field({ type: VideoConfig, nullable: true, resolve: (g) => g.videoConfig }),
  }),
});
