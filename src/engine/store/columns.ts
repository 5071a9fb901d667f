import { z } from "zod";
import type { CreateBody, JsonObject, RemoteStep } from "../../gemini/types.ts";
import type { RunEvent } from "../events/types.ts";
import type { TurnSettings } from "../turns/body.ts";

/**
 * One codec per JSON column: every read of a JSON column goes through here,
 * so a module never casts a database value to the shape it hopes for. The
 * parse checks the shape each reader relies on (an object, an array of typed
 * items, a code and a message) and keeps everything else as upstream sent it:
 * upstream adds fields over time and they must pass through untouched.
 */

/** Thrown when a stored JSON value is not of its column's shape (a bug or a hand-edited row, never user input). */
export class ColumnError extends Error {
  constructor(column: string, issues: z.core.$ZodIssue[]) {
    super(
      `Stored ${column} has an unexpected shape: ${issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
    this.name = "ColumnError";
  }
}

const parseWith = <T>(column: string, schema: z.ZodType<T>) => {
  return (value: unknown): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new ColumnError(column, parsed.error.issues);
    return parsed.data;
  };
};

const jsonObject = z.record(z.string(), z.json()) as unknown as z.ZodType<JsonObject>;
const typed = z.looseObject({ type: z.string() }) as unknown as z.ZodType<JsonObject & { type: string }>;

/** Interaction.request: the create body as sent upstream, minus input. */
export const readRequest = parseWith<CreateBody>(
  "Interaction.request",
  z.looseObject({
    model: z.string().optional(),
    agent: z.string().optional(),
    previous_interaction_id: z.string().optional(),
    background: z.boolean().optional(),
    store: z.boolean().optional(),
  }) as unknown as z.ZodType<CreateBody>,
);

/** Interaction.input: the user's turn, Content[] or Step[] (function results). */
export const readInput = parseWith<JsonObject[]>("Interaction.input", z.array(typed));

/** Interaction.steps: the steps the run produced, as upstream sent them. */
export const readSteps = parseWith<RemoteStep[]>("Interaction.steps", z.array(typed));

/** Interaction.error: why a run failed (or a note such as TOOL_ROUND_LIMIT). */
export interface StoredError {
  code: string;
  message: string;
}
const text = (v: unknown, fallback: string) => (v === null || v === undefined ? fallback : String(v));
export const readError = parseWith<StoredError | null>(
  "Interaction.error",
  z.unknown().transform((v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? {
          code: text((v as { code?: unknown }).code, "UNKNOWN"),
          message: text((v as { message?: unknown }).message, ""),
        }
      : null,
  ),
);

const tools = z.array(jsonObject).nullish();
/** Conversation.settings: the per-turn settings a conversation re-sends every turn. */
export const readSettings = parseWith<TurnSettings>(
  "Conversation.settings",
  z.looseObject({
    model: z.string().nullish(),
    agent: z.string().nullish(),
    systemInstruction: z.string().nullish(),
    generationConfig: z.unknown().optional(),
    responseFormat: z.unknown().optional(),
    tools,
    agentConfig: z.unknown().optional(),
    environment: z.unknown().optional(),
    background: z.boolean().nullish(),
    store: z.boolean().nullish(),
  }) as unknown as z.ZodType<TurnSettings>,
);

/** InteractionEvent.payload: one run event as the log stored it. */
export const readEvent = parseWith<RunEvent>(
  "InteractionEvent.payload",
  z.looseObject({ kind: z.string() }) as unknown as z.ZodType<RunEvent>,
);
