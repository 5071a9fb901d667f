import type { Json, JsonObject } from "../gemini/types.ts";
import { AGENTS } from "./agents.ts";
import { bad, notFound } from "./http.ts";
import { isObj } from "./json.ts";

const MODEL_ONLY = ["generation_config", "cached_content"];
const THINKING_SUMMARIES = new Set(["auto", "none"]);
const TOOL_CHOICES = new Set(["auto", "any", "none", "validated"]);

/** The checks upstream makes on a create body before any work, with its status codes (spec §14). */
export function validateCreate(body: JsonObject): void {
  const { model, agent } = body;
  if ((model === undefined) === (agent === undefined)) throw bad("Exactly one of model or agent must be set.");
  if (model !== undefined && (typeof model !== "string" || !model)) throw bad("model must be a non-empty string.");
  if (agent !== undefined && (typeof agent !== "string" || !agent)) throw bad("agent must be a non-empty string.");
  if (body.input === undefined && body.continuation_token === undefined)
    throw bad("input is required (unless continuation_token is set).");
  if (typeof model === "string" && !/^gemini-[\w.-]+$|^veo-[\w.-]+$/.test(model))
    throw notFound(`models/${model} is not found for API version v1beta, or is not supported for interactions.`);
  if (typeof agent === "string" && !AGENTS[agent]) throw notFound(`agents/${agent} is not found.`);
  for (const flag of ["stream", "background", "store"]) {
    if (body[flag] !== undefined && typeof body[flag] !== "boolean") throw bad(`${flag} must be a boolean.`);
  }
  if (agent !== undefined) {
    for (const key of MODEL_ONLY) {
      const v = body[key];
      if (v !== undefined && v !== null && !(isObj(v) && Object.keys(v).length === 0))
        throw bad(`${key} is only supported for model interactions; use agent_config for agents.`);
    }
    const type = isObj(body.agent_config) ? body.agent_config.type : undefined;
    if (type !== undefined && type !== "dynamic" && type !== AGENTS[String(agent)])
      throw bad(`agent_config.type "${String(type)}" does not match agent ${String(agent)}.`);
  } else if (body.agent_config !== undefined && body.agent_config !== null) {
    throw bad("agent_config is only supported for agent interactions.");
  }
  if (body.store === false && body.background === true)
    throw bad("background execution requires store to be enabled (store: false was given).");
  // Antigravity runs in the foreground too (Google's own example does); the research agents do not.
  if (agent !== undefined && AGENTS[String(agent)] !== "antigravity" && body.background !== true)
    throw bad(`Agent ${String(agent)} only supports background execution; set background: true.`);
  validateTools(body.tools);
  validateGenerationConfig(body.generation_config);
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
