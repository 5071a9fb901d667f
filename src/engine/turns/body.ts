import type { CreateBody, Json, JsonObject } from "../../gemini/types.ts";
import { ValidationError } from "../../infra/errors.ts";
import type { FunctionRegistry } from "../functions/registry.ts";
import { asJson, asJsonObject, isJsonObject } from "../store/json.ts";
import { type AgentConfigInput, upstreamAgentConfig } from "./agent-config.ts";
import {
  type ComputerUseInput,
  type LabelInput,
  type SafetySettingInput,
  type ServiceTier,
  upstreamComputerUse,
  upstreamLabels,
  upstreamSafety,
} from "./controls.ts";
import { type GenerationConfigInput, upstreamGenerationConfig } from "./generation.ts";

/** One tool of a turn, as GraphQL's `ToolInput` (@oneOf) delivers it. */
export interface ToolInput {
  function?: { name: string; description?: string | null; parameters?: unknown } | null;
  googleSearch?: unknown;
  codeExecution?: unknown;
  urlContext?: unknown;
  googleMaps?: unknown;
  fileSearch?: unknown;
  mcpServer?: unknown;
  retrieval?: unknown;
  computerUse?: ComputerUseInput | null;
  serverFunction?: string | null;
}

/** The per-turn parameters of a turn (what a conversation keeps and re-sends on every turn). */
export interface TurnSettings {
  model?: string | null;
  agent?: string | null;
  systemInstruction?: string | null;
  /** Deprecated: upstream's generation_config as untyped JSON; `generation` is laid over it. */
  generationConfig?: unknown;
  generation?: GenerationConfigInput | null;
  responseFormat?: unknown;
  tools?: ToolInput[] | null;
  agentConfig?: unknown;
  /** Typed per agent kind; laid over agentConfig. */
  agentSettings?: AgentConfigInput | null;
  environment?: unknown;
  background?: boolean | null;
  store?: boolean | null;
  /** Upstream's wire values (GraphQL's enums map onto them). */
  serviceTier?: ServiceTier | null;
  labels?: LabelInput[] | null;
  safetySettings?: SafetySettingInput[] | null;
}

const TOOL_KEYS = [
  "googleSearch",
  "codeExecution",
  "urlContext",
  "googleMaps",
  "fileSearch",
  "mcpServer",
  "retrieval",
] as const satisfies readonly (keyof ToolInput)[];
const toolTypes: Record<(typeof TOOL_KEYS)[number], string> = {
  googleSearch: "google_search",
  codeExecution: "code_execution",
  urlContext: "url_context",
  googleMaps: "google_maps",
  fileSearch: "file_search",
  mcpServer: "mcp_server",
  retrieval: "retrieval",
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
    if (t.computerUse) return upstreamComputerUse(t.computerUse);
    if (t.function) {
      const { name, description, parameters } = t.function;
      if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(name)) {
        throw new ValidationError(`tools[${i}].function.name must be a valid identifier`, `tools.${i}.function.name`);
      }
      return {
        type: "function",
        name,
        ...(description ? { description } : {}),
        ...(parameters ? { parameters: asJson(parameters) ?? null } : {}),
      };
    }
    for (const key of TOOL_KEYS) {
      const value = t[key];
      if (value !== undefined && value !== null) return { ...(asJsonObject(value) ?? {}), type: toolTypes[key] };
    }
    throw new ValidationError(`tools[${i}] names no tool`, `tools.${i}`);
  });
}

/** Upstream's own response_format entry types; no JSON schema has one of these as its `type`. */
const UPSTREAM_FORMATS = new Set(["text", "image", "audio", "video", "document"]);

/** One entry: upstream's own (`{ type: "video", delivery: "inline" }`) goes as it is, a JSON schema is wrapped. */
const oneResponseFormat = (value: Json): Json =>
  isJsonObject(value) && typeof value.type === "string" && UPSTREAM_FORMATS.has(value.type)
    ? value
    : { type: "text", mime_type: "application/json", schema: value };

/**
 * `responseFormat` is a JSON schema or upstream's format entry, or a list of them (several outputs at once:
 * text + image + audio), sent as upstream's response_format array.
 */
export function upstreamResponseFormat(schema: unknown): Json | undefined {
  const value = schema ? asJson(schema) : undefined;
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.map(oneResponseFormat) : oneResponseFormat(value);
}

/** The upstream create body for a turn (without chaining, which the engine adds). */
export function createBody(settings: TurnSettings, content: JsonObject[], functions?: FunctionRegistry): CreateBody {
  const body: CreateBody = { input: content };
  if (settings.model) body.model = settings.model;
  if (settings.agent) body.agent = settings.agent;
  if (settings.systemInstruction) body.system_instruction = settings.systemInstruction;
  const legacyConfig = settings.generationConfig ? asJsonObject(settings.generationConfig) : undefined;
  const generationConfig = upstreamGenerationConfig(legacyConfig, settings.generation);
  if (generationConfig) body.generation_config = generationConfig;
  const format = upstreamResponseFormat(settings.responseFormat);
  if (format) body.response_format = format;
  const tools = upstreamTools(settings.tools, functions);
  if (tools) body.tools = tools;
  const legacyAgentConfig = settings.agentConfig ? asJsonObject(settings.agentConfig) : undefined;
  const agentConfig = upstreamAgentConfig(settings.agent, legacyAgentConfig, settings.agentSettings);
  if (agentConfig) body.agent_config = agentConfig;
  const environment = asJson(settings.environment);
  if (environment !== undefined && environment !== null) body.environment = environment;
  if (settings.background) body.background = true;
  if (settings.store === false) body.store = false;
  if (settings.serviceTier) body.service_tier = settings.serviceTier;
  const labels = upstreamLabels(settings.labels);
  if (labels) body.labels = labels;
  const safety = upstreamSafety(settings.safetySettings);
  if (safety) body.safety_settings = safety;
  return body;
}

const SETTING_KEYS = [
  "model",
  "agent",
  "systemInstruction",
  "generationConfig",
  "generation",
  "responseFormat",
  "tools",
  "agentConfig",
  "agentSettings",
  "environment",
  "store",
  "serviceTier",
  "labels",
  "safetySettings",
  // Kept like the rest: an agent conversation runs every turn in the background; `background: false` switches back.
  "background",
] as const satisfies readonly (keyof TurnSettings)[];

/** A conversation's saved settings with the values this turn sets laid over them. */
export function mergeSettings(saved: TurnSettings | null | undefined, input: TurnSettings): TurnSettings {
  const out: TurnSettings = { ...(saved ?? {}) };
  for (const key of SETTING_KEYS) {
    if (input[key] !== undefined && input[key] !== null) Object.assign(out, { [key]: input[key] });
  }
  // A turn that names a model drops a saved agent, and the reverse.
  if (input.model) delete out.agent;
  if (input.agent) delete out.model;
  return out;
}

/** A heuristic title: the first line of the first message, cut at a word boundary. No model call. */
export function titleFrom(text: string | null): string | null {
  const line = text?.trim().split("\n")[0]?.trim();
  if (!line) return null;
  if (line.length <= 60) return line;
  const cut = line.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 30 ? cut.lastIndexOf(" ") : 60)}…`;
}

/** The plain text of a user turn, for titles and search. */
export const textOf = (content: JsonObject[]) =>
  content.flatMap((c) => (c.type === "text" && typeof c.text === "string" ? [c.text] : [])).join("\n") || null;
