import { z } from "zod";
import type { JsonObject } from "../../gemini/types.ts";
import { ValidationError } from "../../infra/errors.ts";
import { checkUpstreamReference, type Fetches, mediaPart, type PartDeps, runFetches } from "../files/parts.ts";
import type { ToolInput, TurnSettings } from "./body.ts";
import { type EnvironmentInput, upstreamEnvironment, upstreamLabels, upstreamSafety } from "./controls.ts";
import { type GenerationConfigInput, upstreamGenerationConfig } from "./generation.ts";
import { type GraphQLTool, toolsFromGraphQL } from "./grounding.ts";
import { checkClientSchema, type SchemaLimits } from "./schema-guard.ts";

export type { ToolInput } from "./body.ts";

/** One part of a user turn, as GraphQL delivers a `ContentInput` (@oneOf). */
export interface ContentInput {
  text?: string | null;
  fileId?: string | null;
  uri?: { uri: string; mimeType: string } | null;
}
/** The turn fields shared by createInteraction and sendMessage, with the engine's setting keys. */
export interface TurnInput extends TurnSettings {
  /** The client's id for this send: the same id again attaches to the turn it started. */
  clientMessageId?: string | null;
  text?: string | null;
  parts?: ContentInput[] | null;
  tools?: ToolInput[] | null;
}

/**
 * A turn's settings as GraphQL names them: issue 25 fixed `generationConfig` as the typed input, the untyped
 * JSON moved to `generationConfigJson`. The engine and stored conversation settings keep their keys
 * (`generation`, `generationConfig`), so settings saved before stay readable. `environment` is typed
 * (EnvironmentInput); the JSON it was is the deprecated `environmentJson`; the engine keeps upstream's value.
 */
type GraphQLTurn<T extends TurnSettings> = Omit<T, "generation" | "generationConfig" | "environment" | "tools"> &
  GraphQLNames;
/** The turn fields shared by createInteraction and sendMessage, as GraphQL delivers them. */
export type TurnArgs = GraphQLTurn<TurnInput>;
interface GraphQLNames {
  generationConfig?: GenerationConfigInput | null;
  generationConfigJson?: unknown;
  environment?: EnvironmentInput | null;
  environmentJson?: unknown;
  tools?: GraphQLTool[] | null;
}

/** GraphQL's names to the engine's setting keys (see GraphQLTurn). */
export function fromGraphQL<R extends GraphQLNames>(
  input: R,
): Omit<R, keyof GraphQLNames> & Pick<TurnSettings, "generation" | "generationConfig" | "environment" | "tools"> {
  const { generationConfig, generationConfigJson, environment, environmentJson, tools, ...rest } = input;
  if (environment && environmentJson !== undefined && environmentJson !== null)
    throw new ValidationError("Give environment or environmentJson, not both", "environment");
  return {
    ...rest,
    generation: generationConfig,
    generationConfig: generationConfigJson,
    environment: environment ? upstreamEnvironment(environment) : environmentJson,
    tools: toolsFromGraphQL(tools),
  };
}

const isObject = (v: unknown) => v === null || v === undefined || (typeof v === "object" && !Array.isArray(v));
const jsonObject = (field: string) =>
  z.custom<JsonObject>(isObject, {
    message: `${field} must be a JSON object`,
  });

const turnSchema = z.object({
  model: z.string().trim().min(1, "model must not be empty").max(200).nullish(),
  agent: z.string().trim().min(1, "agent must not be empty").max(200).nullish(),
  text: z.string().max(1_000_000, "text is longer than 1,000,000 characters").nullish(),
  systemInstruction: z.string().max(100_000).nullish(),
  generationConfig: jsonObject("generationConfigJson").nullish(),
  responseFormat: z
    .custom<unknown>((v) => (Array.isArray(v) ? v.length >= 1 && v.length <= 8 && v.every(isObject) : isObject(v)), {
      message: "responseFormat must be a JSON object or a list of 1 to 8 JSON objects",
    })
    .nullish(),
  agentConfig: jsonObject("agentConfig").nullish(),
});

/** A client message id: 1 to 200 printable characters, or none. */
export function checkClientMessageId(id: string | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(id))
    throw new ValidationError("clientMessageId must be 1 to 200 printable ASCII characters", "clientMessageId");
  return id;
}

/** How much one turn may carry (src/infra/config.ts). */
export interface TurnLimits {
  TURN_MAX_PARTS: number;
  TURN_MAX_INPUT_BYTES: number;
}

/**
 * The turn's size bounds, before any other work (a `uri` part is fetched, a file read, a row written):
 * at most TURN_MAX_PARTS parts, and TURN_MAX_INPUT_BYTES of text, instructions, settings and tools.
 */
function checkTurnSize(input: TurnInput, limits: TurnLimits): void {
  const parts = input.parts?.length ?? 0;
  if (parts > limits.TURN_MAX_PARTS)
    throw new ValidationError(
      `A turn has at most ${limits.TURN_MAX_PARTS} parts (TURN_MAX_PARTS); got ${parts}`,
      "parts",
    );
  const { clientMessageId: _id, ...sent } = input;
  const bytes = Buffer.byteLength(JSON.stringify(sent));
  if (bytes > limits.TURN_MAX_INPUT_BYTES)
    throw new ValidationError(
      `A turn's input is at most ${limits.TURN_MAX_INPUT_BYTES} bytes (TURN_MAX_INPUT_BYTES); got ${bytes}`,
      "text",
    );
}

/** Validates the turn at the edge; messages name the field. Client JSON Schemas are bounded here. */
export function checkTurn(
  input: TurnInput,
  opts: { requireModelOrAgent: boolean; limits: SchemaLimits & TurnLimits },
): void {
  checkTurnSize(input, opts.limits);
  const parsed = turnSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".");
    throw new ValidationError(
      issue?.message ?? "Invalid input",
      field === "generationConfig" ? "generationConfigJson" : field,
    );
  }
  if (input.model && input.agent) throw new ValidationError("Set either model or agent, not both", "model");
  if (opts.requireModelOrAgent && !input.model && !input.agent) {
    throw new ValidationError("Set one of model or agent", "model");
  }
  // Labels and safety settings break upstream's rules here, before anything starts (the engine checks again).
  upstreamLabels(input.labels);
  upstreamSafety(input.safetySettings);
  upstreamGenerationConfig(undefined, input.generation);
  if (Array.isArray(input.responseFormat))
    for (const [i, f] of input.responseFormat.entries()) checkClientSchema(f, `responseFormat.${i}`, opts.limits);
  else checkClientSchema(input.responseFormat, "responseFormat", opts.limits);
  for (const [i, tool] of (input.tools ?? []).entries()) {
    checkClientSchema(tool.function?.parameters, `tools.${i}.function.parameters`, opts.limits);
  }
  const hasText = typeof input.text === "string" && input.text.trim() !== "";
  if (!hasText && !input.parts?.length) throw new ValidationError("The message is empty: give text or parts", "text");
  for (const [i, p] of (input.parts ?? []).entries()) {
    if (p.text !== undefined && p.text !== null && p.text.trim() === "") {
      throw new ValidationError(`parts[${i}].text must not be empty`, `parts.${i}.text`);
    }
  }
}

/** File Search stores live in the upstream project, like gs:// and Files API URIs: refused unless allowed. */
export function checkToolReferences(ctx: Pick<PartDeps, "config">, tools: ToolInput[] | null | undefined): void {
  for (const [i, tool] of (tools ?? []).entries())
    if (tool.fileSearch) checkUpstreamReference(ctx, "A File Search store", `tools.${i}.fileSearch`);
}

/** A user turn's content, and the fetches of its `uri` parts that wait for the turn's admission. */
export interface UserContent {
  content: JsonObject[];
  /** Runs the fetches (after the quota gate); absent when the turn has none. */
  fetchInputs?: () => Promise<void>;
}

/** The user turn as upstream Content[]: text first, then parts in order. */
export async function userContent(
  ctx: PartDeps,
  input: Pick<TurnInput, "text" | "parts" | "tools">,
): Promise<UserContent> {
  checkToolReferences(ctx, input.tools);
  const content: JsonObject[] = [];
  const fetches: Fetches = [];
  if (input.text?.trim()) content.push({ type: "text", text: input.text });
  for (const part of input.parts ?? []) {
    if (part.text) content.push({ type: "text", text: part.text });
    else {
      // Media parts are stored as File references; the bytes join the request only on its way upstream.
      const media = await mediaPart(ctx, part, fetches);
      if (media) content.push(media);
    }
  }
  if (!fetches.length) return { content };
  return { content, fetchInputs: () => runFetches(fetches) };
}
