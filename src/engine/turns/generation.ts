import type { Json, JsonObject } from "../../gemini/types.ts";
import { ValidationError } from "../../infra/errors.ts";

/**
 * The typed generation config (GraphQL's GenerationConfigInput) as upstream's
 * `generation_config`. Enum values arrive as upstream's wire values (MEDIUM is
 * "medium"). It is laid over the deprecated untyped JSON (GraphQL's `generationConfigJson`),
 * so a client moving over field by field keeps the rest.
 */
export const THINKING_LEVELS = ["minimal", "low", "medium", "high"] as const;
export const THINKING_SUMMARIES = ["auto", "none"] as const;
export const TOOL_CHOICE_MODES = ["auto", "any", "none", "validated"] as const;
/** Upstream's transcription modes (the SDK's TranscriptionConfigModeEnum). */
export const TRANSCRIPTION_MODES = ["verbatim", "smart"] as const;
/** Upstream's video generation tasks (the SDK's Task). */
export const VIDEO_TASKS = [
  "text_to_video",
  "image_to_video",
  "reference_to_video",
  "edit",
  "extend",
  "upscale",
] as const;

/** Upstream's limit on stop sequences (as generateContent's). */
export const MAX_STOP_SEQUENCES = 5;

export interface GenerationConfigInput {
  temperature?: number | null;
  topP?: number | null;
  seed?: number | null;
  maxOutputTokens?: number | null;
  stopSequences?: string[] | null;
  thinkingLevel?: string | null;
  thinkingSummaries?: string | null;
  toolChoice?: { mode?: string | null; allowedTools?: string[] | null } | null;
  speechConfig?: { voice?: string | null; speaker?: string | null; language?: string | null }[] | null;
  imageConfig?: { aspectRatio?: string | null; imageSize?: string | null } | null;
  transcriptionConfig?: TranscriptionConfigInput | null;
  videoConfig?: { task?: string | null } | null;
}

/** Speech recognition of audio input (the SDK's TranscriptionConfig, without its deprecated fields). */
export interface TranscriptionConfigInput {
  mode?: string | null;
  languageCodes?: string[] | null;
  customVocabulary?: string[] | null;
  /** Verbatim only: tell speakers apart (upstream's diarization_mode "speaker"). */
  diarization?: boolean | null;
  /** Verbatim only: a timestamp per word (upstream's timestamp_granularities ["word"]). */
  wordTimestamps?: boolean | null;
}

const field = (name: string) => `generationConfig.${name}`;

function check(g: GenerationConfigInput): void {
  if (g.temperature != null && (g.temperature < 0 || g.temperature > 2))
    throw new ValidationError("generationConfig.temperature must be between 0 and 2", field("temperature"));
  if (g.topP != null && (g.topP < 0 || g.topP > 1))
    throw new ValidationError("generationConfig.topP must be between 0 and 1", field("topP"));
  if (g.maxOutputTokens != null && g.maxOutputTokens < 1)
    throw new ValidationError("generationConfig.maxOutputTokens must be at least 1", field("maxOutputTokens"));
  const stops = g.stopSequences ?? [];
  if (stops.length > MAX_STOP_SEQUENCES)
    throw new ValidationError(`At most ${MAX_STOP_SEQUENCES} stop sequences`, field("stopSequences"));
  const empty = stops.indexOf("");
  if (empty >= 0) throw new ValidationError("A stop sequence must not be empty", field(`stopSequences.${empty}`));
  const t = g.transcriptionConfig;
  if (t?.mode === "smart" && (t.diarization || t.wordTimestamps))
    throw new ValidationError(
      "diarization and wordTimestamps belong to VERBATIM transcription",
      field("transcriptionConfig.mode"),
    );
}

/** The transcription config as upstream's: a verbatim mode with options is upstream's mode object. */
function upstreamTranscription(t: TranscriptionConfigInput | null | undefined): JsonObject | undefined {
  if (!t) return undefined;
  const options: JsonObject = {
    ...(t.diarization ? { diarization_mode: "speaker" } : {}),
    ...(t.wordTimestamps ? { timestamp_granularities: ["word"] } : {}),
  };
  const mode = Object.keys(options).length ? { type: "verbatim", ...options } : t.mode;
  const out: JsonObject = {
    ...(mode ? { mode } : {}),
    ...(t.languageCodes?.length ? { language_codes: t.languageCodes } : {}),
    ...(t.customVocabulary?.length ? { custom_vocabulary: t.customVocabulary } : {}),
  };
  return Object.keys(out).length ? out : undefined;
}

/** The set string fields of `o` (null/undefined dropped); undefined when none is set. */
function strings(o: Record<string, string | null | undefined>): JsonObject | undefined {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/** `generation` as upstream's generation_config entries, laid over the untyped `legacy` ones. */
export function upstreamGenerationConfig(
  legacy: JsonObject | undefined,
  g: GenerationConfigInput | null | undefined,
): JsonObject | undefined {
  if (!g) return legacy;
  check(g);
  const choice = g.toolChoice;
  const toolChoice = choice?.allowedTools?.length
    ? { allowed_tools: { ...(choice.mode ? { mode: choice.mode } : {}), tools: choice.allowedTools } }
    : choice?.mode;
  const typed: JsonObject = {};
  const put = (key: string, value: Json | null | undefined) => {
    if (value !== undefined && value !== null) typed[key] = value;
  };
  put("temperature", g.temperature);
  put("top_p", g.topP);
  put("seed", g.seed);
  put("max_output_tokens", g.maxOutputTokens);
  put("stop_sequences", g.stopSequences?.length ? g.stopSequences : undefined);
  put("thinking_level", g.thinkingLevel);
  put("thinking_summaries", g.thinkingSummaries);
  put("tool_choice", toolChoice);
  put("speech_config", g.speechConfig?.length ? g.speechConfig.flatMap((v) => strings(v) ?? []) : undefined);
  put("image_config", strings({ aspect_ratio: g.imageConfig?.aspectRatio, image_size: g.imageConfig?.imageSize }));
  put("transcription_config", upstreamTranscription(g.transcriptionConfig));
  put("video_config", strings({ task: g.videoConfig?.task }));
  const merged = { ...(legacy ?? {}), ...typed };
  return Object.keys(merged).length ? merged : undefined;
}
