import { validateAgentConfig } from "./agent-config.ts";
import { type AgentKind, backgroundOnly } from "./agents.ts";
import { isServedModel } from "./catalogue.ts";
import { bad, notFound } from "./http.ts";
import { isObj } from "./json.ts";
import { type Json, type JsonObject, SERVICE_TIERS } from "./wire.ts";

const MODEL_ONLY = ["generation_config", "cached_content"];
const THINKING_SUMMARIES = new Set(["auto", "none"]);
const TOOL_CHOICES = new Set(["auto", "any", "none", "validated"]);

/** The checks upstream makes on a create body before any work, with its status codes (spec §14). */
export function validateCreate(body: JsonObject, kind: AgentKind | undefined): void {
  const { model, agent } = body;
  if ((model === undefined) === (agent === undefined)) throw bad("Exactly one of model or agent must be set.");
  if (model !== undefined && (typeof model !== "string" || !model)) throw bad("model must be a non-empty string.");
  if (agent !== undefined && (typeof agent !== "string" || !agent)) throw bad("agent must be a non-empty string.");
  if (body.input === undefined && body.continuation_token === undefined)
    throw bad("input is required (unless continuation_token is set).");
  if (typeof model === "string" && !isServedModel(model))
    throw notFound(`models/${model} is not found for API version v1beta, or is not supported for interactions.`);
  if (typeof agent === "string" && !kind) throw notFound(`agents/${agent} is not found.`);
  for (const flag of ["stream", "background", "store"]) {
    if (body[flag] !== undefined && typeof body[flag] !== "boolean") throw bad(`${flag} must be a boolean.`);
  }
  if (agent !== undefined) {
    for (const key of MODEL_ONLY) {
      const v = body[key];
      if (v !== undefined && v !== null && !(isObj(v) && Object.keys(v).length === 0))
        throw bad(`${key} is only supported for model interactions; use agent_config for agents.`);
    }
    const config = isObj(body.agent_config) ? body.agent_config : undefined;
    const type = config?.type;
    if (type !== undefined && type !== "dynamic" && type !== kind)
      throw bad(`agent_config.type "${String(type)}" does not match agent ${String(agent)}.`);
    if (config) validateAgentConfig(config, type);
  } else if (body.agent_config !== undefined && body.agent_config !== null) {
    throw bad("agent_config is only supported for agent interactions.");
  }
  if (body.store === false && body.background === true)
    throw bad("background execution requires store to be enabled (store: false was given).");
  if (kind && backgroundOnly(kind) && body.background !== true)
    throw bad(`Agent ${String(agent)} only supports background execution; set background: true.`);
  validateTools(body.tools);
  validateGenerationConfig(body.generation_config);
  validateLabels(body.labels);
  validateSafety(body.safety_settings);
  if (body.service_tier !== undefined && !SERVICE_TIERS.some((t) => t === body.service_tier))
    throw bad("service_tier must be flex, standard, priority or deferred.");
}

const THRESHOLDS = new Set(["block_low_and_above", "block_medium_and_above", "block_only_high", "block_none", "off"]);

/** Upstream's label rules: at most 64; keys and values at most 63 lowercase letters, digits, _ or -; keys start with a letter. */
function validateLabels(labels: Json | undefined): void {
  if (labels === undefined || labels === null) return;
  if (!isObj(labels)) throw bad("labels must be a map of strings.");
  const entries = Object.entries(labels);
  if (entries.length > 64) throw bad("labels may hold at most 64 entries.");
  for (const [key, value] of entries) {
    if (!/^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}0-9_-]{0,62}$/u.test(key)) throw bad(`labels key "${key}" is invalid.`);
    if (typeof value !== "string" || !/^[\p{Ll}\p{Lo}0-9_-]{0,63}$/u.test(value))
      throw bad(`labels value for "${key}" is invalid.`);
  }
}

function validateSafety(settings: Json | undefined): void {
  if (settings === undefined || settings === null) return;
  if (!Array.isArray(settings)) throw bad("safety_settings must be an array.");
  for (const [i, s] of settings.entries()) {
    if (!isObj(s) || typeof s.type !== "string") throw bad(`safety_settings[${i}].type is required.`);
    if (!THRESHOLDS.has(String(s.threshold))) throw bad(`safety_settings[${i}].threshold is invalid.`);
  }
}

function validateTools(tools: Json | undefined): void {
  if (tools === undefined || tools === null) return;
  if (!Array.isArray(tools)) throw bad("tools must be an array.");
  const names = new Set<string>();
  for (const [i, tool] of tools.entries()) {
    if (!isObj(tool) || typeof tool.type !== "string") throw bad(`tools[${i}].type is required.`);
    if (tool.type !== "function") continue;
    if (typeof tool.name !== "string" || !/^[A-Za-z_][\w.-]{0,63}$/.test(tool.name))
      throw bad(`tools[${i}].name must be a valid function name.`);
    if (names.has(tool.name)) throw bad(`tools[${i}].name "${tool.name}" is declared twice.`);
    names.add(tool.name);
    if (tool.parameters !== undefined && !isObj(tool.parameters))
      throw bad(`tools[${i}].parameters must be an object.`);
  }
}

function validateGenerationConfig(cfg: Json | undefined): void {
  if (cfg === undefined || cfg === null) return;
  if (!isObj(cfg)) throw bad("generation_config must be an object.");
  const max = cfg.max_output_tokens;
  if (max !== undefined && (typeof max !== "number" || !Number.isInteger(max) || max < 1))
    throw bad("generation_config.max_output_tokens must be a positive integer.");
  if (cfg.thinking_summaries !== undefined && !THINKING_SUMMARIES.has(String(cfg.thinking_summaries)))
    throw bad('generation_config.thinking_summaries must be "auto" or "none".');
  const choice = cfg.tool_choice;
  if (choice !== undefined && !(typeof choice === "string" ? TOOL_CHOICES.has(choice) : isObj(choice)))
    throw bad("generation_config.tool_choice must be auto, any, none, validated or {allowed_tools}.");
}
