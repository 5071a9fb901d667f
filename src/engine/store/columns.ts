import { z } from "zod";
import type { CreateBody, JsonObject, RemoteStep, RemoteUsage } from "../../gemini/types.ts";
import type { RunEvent } from "../events/types.ts";
import type { UsageByModality } from "../runs/usage.ts";
import type { ToolInput, TurnSettings } from "../turns/body.ts";
import { SERVICE_TIERS } from "../turns/controls.ts";
import { json, jsonObject } from "./json.ts";

/**
 * One codec per JSON column: every read of a JSON column goes through here,
 * so a module never casts a database value to the shape it hopes for. Each
 * schema spells the stored shape the readers rely on, and keeps any further
 * field as upstream sent it (`catchall(json)`): upstream adds fields over time
 * and they must pass through untouched.
 */

/** Thrown when a stored JSON value is not of its column's shape (a bug or a hand-edited row, never user input). */
export class ColumnError extends Error {
  readonly column: string;
  constructor(column: string, issues: readonly z.core.$ZodIssue[]) {
    super(
      `Stored ${column} has an unexpected shape: ${issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ")}`,
    );
    this.name = "ColumnError";
    this.column = column;
  }
}

const parseWith = <T>(column: string, schema: z.ZodType<T>) => {
  return (value: unknown): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new ColumnError(column, parsed.error.issues);
    return parsed.data;
  };
};

/** A content item or step: an object with a `type`, everything else as sent. */
const typed = z.object({ type: z.string() }).catchall(json);

/** Interaction.request: the create body as sent upstream, minus input. */
const request: z.ZodType<CreateBody> = z
  .object({
    model: z.string().optional(),
    agent: z.string().optional(),
    input: json.optional(),
    previous_interaction_id: z.string().optional(),
    system_instruction: z.string().optional(),
    tools: z.array(jsonObject).optional(),
    generation_config: jsonObject.optional(),
    response_format: json.optional(),
    agent_config: jsonObject.optional(),
    environment: json.optional(),
    background: z.boolean().optional(),
    store: z.boolean().optional(),
    service_tier: z.string().optional(),
    labels: z.record(z.string(), z.string()).optional(),
    safety_settings: z.array(jsonObject).optional(),
  })
  .catchall(json);
export const readRequest = parseWith("Interaction.request", request);

/** Interaction.input: the user's turn, Content[] or Step[] (function results). */
export const readInput = parseWith<JsonObject[]>("Interaction.input", z.array(typed));

/** Interaction.steps: the steps the run produced, as upstream sent them. */
export const readSteps = parseWith<RemoteStep[]>("Interaction.steps", z.array(typed));

/** Interaction.error: why a run failed (or a note such as TOOL_ROUND_LIMIT). */
export interface StoredError {
  code: string;
  message: string;
}
/** Older rows stored a bare object with either field missing (or a non-string code): read those as the fallbacks. */
const text = (fallback: string) =>
  json.optional().transform((v) => (v === null || v === undefined ? fallback : String(v)));
const storedError: z.ZodType<StoredError | null> = z.union([
  z.object({ code: text("UNKNOWN"), message: text("") }),
  json.transform(() => null),
]);
export const readError = parseWith("Interaction.error", z.union([z.undefined().transform(() => null), storedError]));

const toolInput: z.ZodType<ToolInput> = z.object({
  function: z.object({ name: z.string(), description: z.string().nullish(), parameters: z.unknown() }).nullish(),
  googleSearch: z.unknown().optional(),
  codeExecution: z.unknown().optional(),
  urlContext: z.unknown().optional(),
  googleMaps: z.unknown().optional(),
  fileSearch: z.unknown().optional(),
  mcpServer: z.unknown().optional(),
  retrieval: z.unknown().optional(),
  computerUse: z
    .object({
      environment: z.string(),
      excludedPredefinedFunctions: z.array(z.string()).nullish(),
      disabledSafetyPolicies: z.array(z.string()).nullish(),
      enablePromptInjectionDetection: z.boolean().nullish(),
    })
    .nullish(),
  serverFunction: z.string().nullish(),
});
const maybeStr = z.string().nullish();
/** GenerationConfigInput as saved (enum values in upstream's spelling). */
const generation = z.object({
  temperature: z.number().nullish(),
  topP: z.number().nullish(),
  seed: z.number().nullish(),
  maxOutputTokens: z.number().nullish(),
  stopSequences: z.array(z.string()).nullish(),
  thinkingLevel: maybeStr,
  thinkingSummaries: maybeStr,
  toolChoice: z.object({ mode: maybeStr, allowedTools: z.array(z.string()).nullish() }).nullish(),
  speechConfig: z.array(z.object({ voice: maybeStr, speaker: maybeStr, language: maybeStr })).nullish(),
  imageConfig: z.object({ aspectRatio: maybeStr, imageSize: maybeStr }).nullish(),
  transcriptionConfig: z
    .object({
      mode: maybeStr,
      languageCodes: z.array(z.string()).nullish(),
      customVocabulary: z.array(z.string()).nullish(),
      diarization: z.boolean().nullish(),
      wordTimestamps: z.boolean().nullish(),
    })
    .nullish(),
  videoConfig: z.object({ task: maybeStr }).nullish(),
});
/** Conversation.settings: the per-turn settings a conversation re-sends every turn. */
const settings: z.ZodType<TurnSettings> = z.object({
  model: z.string().nullish(),
  agent: z.string().nullish(),
  systemInstruction: z.string().nullish(),
  generationConfig: z.unknown().optional(),
  generation: generation.nullish(),
  responseFormat: z.unknown().optional(),
  tools: z.array(toolInput).nullish(),
  agentConfig: z.unknown().optional(),
  agentSettings: z
    .object({
      deepResearch: z
        .object({
          visualization: maybeStr,
          collaborativePlanning: z.boolean().nullish(),
          enableBigqueryTool: z.boolean().nullish(),
          thinkingSummaries: maybeStr,
        })
        .nullish(),
      antigravity: z.object({ model: maybeStr, maxTotalTokens: z.number().nullish() }).nullish(),
      codeMender: z.object({ model: maybeStr, sessionId: maybeStr }).nullish(),
      dynamic: z.unknown().optional(),
    })
    .nullish(),
  environment: z.unknown().optional(),
  background: z.boolean().nullish(),
  store: z.boolean().nullish(),
  serviceTier: z.enum(SERVICE_TIERS).nullish(),
  labels: z.array(z.object({ key: z.string(), value: z.string() })).nullish(),
  safetySettings: z
    .array(z.object({ category: z.string(), threshold: z.string(), method: z.string().nullish() }))
    .nullish(),
});
export const readSettings = parseWith("Conversation.settings", settings);
/** Schedule.settings: the same settings, re-sent by every tick. */
export const readScheduleSettings = parseWith("Schedule.settings", settings);
/** Schedule.input: the user turn every tick sends (Content[]). */
export const readScheduleInput = parseWith<JsonObject[]>("Schedule.input", z.array(typed));

const modalityTokens = z.array(z.object({ modality: z.string().optional(), tokens: z.number().optional() }));
const usage: z.ZodType<RemoteUsage> = z
  .object({
    total_input_tokens: z.number().optional(),
    total_output_tokens: z.number().optional(),
    total_thought_tokens: z.number().optional(),
    total_cached_tokens: z.number().optional(),
    total_tool_use_tokens: z.number().optional(),
    total_tokens: z.number().optional(),
    input_tokens_by_modality: modalityTokens.optional(),
    output_tokens_by_modality: modalityTokens.optional(),
    cached_tokens_by_modality: modalityTokens.optional(),
    tool_use_tokens_by_modality: modalityTokens.optional(),
    grounding_tool_count: z.array(z.object({ type: z.string().optional(), count: z.number().optional() })).optional(),
  })
  .catchall(json);

/** Interaction.usageByModality: the breakdowns by modality (rows older than the column have none: all empty). */
const byModality: z.ZodType<UsageByModality> = z
  .object({
    input_tokens_by_modality: modalityTokens.default([]),
    output_tokens_by_modality: modalityTokens.default([]),
    cached_tokens_by_modality: modalityTokens.default([]),
    tool_use_tokens_by_modality: modalityTokens.default([]),
  })
  .nullish()
  .transform((v) => ({
    input_tokens_by_modality: v?.input_tokens_by_modality ?? [],
    output_tokens_by_modality: v?.output_tokens_by_modality ?? [],
    cached_tokens_by_modality: v?.cached_tokens_by_modality ?? [],
    tool_use_tokens_by_modality: v?.tool_use_tokens_by_modality ?? [],
  }));
export const readUsageByModality = parseWith("Interaction.usageByModality", byModality);

/** InteractionEvent.payload: one run event as the log stored it, with the upstream event id it came from. */
const logged = <S extends z.core.$ZodLooseShape>(shape: S) => z.object({ ...shape, eid: z.string().optional() });
const event: z.ZodType<RunEvent & { eid?: string }> = z.discriminatedUnion("kind", [
  logged({ kind: z.literal("created") }),
  logged({ kind: z.literal("status"), status: z.string() }),
  logged({ kind: z.literal("step_start"), index: z.number(), step: typed }),
  logged({ kind: z.literal("step_delta"), index: z.number(), delta: typed }),
  logged({ kind: z.literal("step_stop"), index: z.number(), usage: usage.optional() }),
  logged({ kind: z.literal("completed"), status: z.string() }),
  logged({ kind: z.literal("error"), code: z.string(), message: z.string() }),
  logged({ kind: z.literal("turn_next"), next: z.string() }),
  logged({
    kind: z.literal("turn_end"),
    status: z.string(),
    code: z.string().optional(),
    message: z.string().optional(),
  }),
]);
export const readEvent = parseWith("InteractionEvent.payload", event);

/**
 * InteractionEvent.payload of a row holding consecutive deltas of a step (see persistEvents): each
 * with its seq, a plain text delta as its text; the upstream event id of the last on the row. Rows
 * written before that format carry each event whole (its index, its delta object, its own id).
 */
const deltas = z.object({
  kind: z.literal("step_deltas"),
  index: z.number().optional(),
  eid: z.string().optional(),
  events: z.array(
    z.object({
      seq: z.number(),
      index: z.number().optional(),
      delta: z.union([z.string(), typed]),
      eid: z.string().optional(),
    }),
  ),
});
export type StoredDeltas = z.infer<typeof deltas>;
export const readDeltas = parseWith("InteractionEvent.payload", deltas);
