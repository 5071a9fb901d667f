import { z } from "zod";
import type { Context } from "../context.ts";
import type { FunctionRegistry } from "../engine/functions/registry.ts";
import type { CreateBody, Json, JsonObject } from "../gemini/types.ts";
import { ValidationError } from "../infra/errors.ts";
import { mediaPart } from "./files.ts";

/** One part of a user turn, as GraphQL delivers a `ContentInput` (@oneOf). */
export interface ContentInput {
  text?: string | null;
  fileId?: string | null;
  uri?: { uri: string; mimeType: string } | null;
}
export interface ToolInput {
  function?: { name: string; description?: string | null; parameters?: unknown } | null;
  googleSearch?: unknown;
  codeExecution?: unknown;
  urlContext?: unknown;
  googleMaps?: unknown;
  fileSearch?: unknown;
  mcpServer?: unknown;
  serverFunction?: string | null;
}
/** The turn fields shared by createInteraction and sendMessage. */
export interface TurnInput {
  model?: string | null;
  agent?: string | null;
  text?: string | null;
  parts?: ContentInput[] | null;
  systemInstruction?: string | null;
  generationConfig?: unknown;
  responseFormat?: unknown;
  tools?: ToolInput[] | null;
  agentConfig?: unknown;
  environment?: unknown;
  background?: boolean | null;
  store?: boolean | null;
}

const jsonObject = (field: string) =>
  z.custom<JsonObject>((v) => v === null || v === undefined || (typeof v === "object" && !Array.isArray(v)), {
    message: `${field} must be a JSON object`,
  });

const turnSchema = z.object({
  model: z.string().trim().min(1, "model must not be empty").max(200).nullish(),
  agent: z.string().trim().min(1, "agent must not be empty").max(200).nullish(),
  text: z.string().max(1_000_000, "text is longer than 1,000,000 characters").nullish(),
  systemInstruction: z.string().max(100_000).nullish(),
  generationConfig: jsonObject("generationConfig").nullish(),
  responseFormat: jsonObject("responseFormat").nullish(),
  agentConfig: jsonObject("agentConfig").nullish(),
});

/** Validates the turn at the edge; messages name the field. */
export function checkTurn(input: TurnInput, opts: { requireModelOrAgent: boolean }): void {
  const parsed = turnSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(issue?.message ?? "Invalid input", issue?.path.join("."));
  }
  if (input.model && input.agent) throw new ValidationError("Set either model or agent, not both", "model");
  if (opts.requireModelOrAgent && !input.model && !input.agent) {
    throw new ValidationError("Set one of model or agent", "model");
  }
  const hasText = typeof input.text === "string" && input.text.trim() !== "";
  if (!hasText && !input.parts?.length) throw new ValidationError("The message is empty: give text or parts", "text");
  for (const [i, p] of (input.parts ?? []).entries()) {
    if (p.text !== undefined && p.text !== null && p.text.trim() === "") {
      throw new ValidationError(`parts[${i}].text must not be empty`, `parts.${i}.text`);
    }
  }
}

/** The user turn as upstream Content[]: text first, then parts in order. */
export async function userContent(ctx: Context, input: Pick<TurnInput, "text" | "parts">): Promise<JsonObject[]> {
  const out: JsonObject[] = [];
  if (input.text?.trim()) out.push({ type: "text", text: input.text });
  for (const part of input.parts ?? []) {
    if (part.text) out.push({ type: "text", text: part.text });
    else {
      // Media parts are stored as File references; the bytes join the request only on its way upstream.
      const media = await mediaPart(ctx, part);
      if (media) out.push(media);
    }
  }
  return out;
}

const toolTypes: Record<Exclude<keyof ToolInput, "function" | "serverFunction">, string> = {
  googleSearch: "google_search",
  codeExecution: "code_execution",
  urlContext: "url_context",
  googleMaps: "google_maps",
  fileSearch: "file_search",
  mcpServer: "mcp_server",
};

/** ToolInput (@oneOf) to the upstream `tools[]` entry. */
export function upstreamTools(
  tools: ToolInput[] | null | undefined,
  functions?: FunctionRegistry,
): JsonObject[] | undefined {
  if (!tools?.length) return undefined;
  return tools.map((t, i) => {
    if (t.serverFunction) {
      const declaration = functions?.declaration(t.serverFunction);
      if (!declaration)
        throw new ValidationError(`No server function named ${t.serverFunction}`, `tools.${i}.serverFunction`);
      return declaration;
    }
    if (t.function) {
      const { name, description, parameters } = t.function;
      if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(name)) {
        throw new ValidationError(`tools[${i}].function.name must be a valid identifier`, `tools.${i}.function.name`);
      }
      return {
        type: "function",
        name,
        ...(description ? { description } : {}),
        ...(parameters ? { parameters: parameters as Json } : {}),
      };
    }
    for (const [key, type] of Object.entries(toolTypes)) {
      const value = t[key as keyof typeof toolTypes];
      if (value !== undefined && value !== null) {
        const config = typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : {};
        return { ...config, type };
      }
    }
    throw new ValidationError(`tools[${i}] names no tool`, `tools.${i}`);
  });
}

/** Upstream output formats other than JSON text; no JSON schema has one of these as its `type`. */
const MEDIA_FORMATS = new Set(["image", "audio", "video", "document"]);

/**
 * `responseFormat` is a JSON schema: wrap it as upstream's JSON response
 * format. An upstream media format (`{ type: "video", delivery: "inline" }`)
 * goes as it is.
 */
export function upstreamResponseFormat(schema: unknown): Json | undefined {
  if (!schema) return undefined;
  const t = (schema as { type?: unknown }).type;
  if (typeof t === "string" && MEDIA_FORMATS.has(t)) return schema as Json;
  return { type: "text", mime_type: "application/json", schema: schema as Json };
}

/** The upstream create body for a turn (without chaining, which the caller adds). */
export function createBody(input: TurnInput, content: JsonObject[], functions?: FunctionRegistry): CreateBody {
  const body: CreateBody = { input: content };
  if (input.model) body.model = input.model;
  if (input.agent) body.agent = input.agent;
  if (input.systemInstruction) body.system_instruction = input.systemInstruction;
  if (input.generationConfig) body.generation_config = input.generationConfig as JsonObject;
  const format = upstreamResponseFormat(input.responseFormat);
  if (format) body.response_format = format;
  const tools = upstreamTools(input.tools, functions);
  if (tools) body.tools = tools;
  if (input.agentConfig) body.agent_config = input.agentConfig as JsonObject;
  if (input.environment !== undefined && input.environment !== null) body.environment = input.environment as Json;
  if (input.background) body.background = true;
  if (input.store === false) body.store = false;
  return body;
}
