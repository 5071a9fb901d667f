import { AGENTS } from "../../gemini/agents.ts";
import type { JsonObject } from "../../gemini/types.ts";
import { ValidationError } from "../../infra/errors.ts";
import { asJsonObject } from "../store/json.ts";

/**
 * The typed agent configs (GraphQL's AgentConfigInput, @oneOf) as upstream's
 * `agent_config`, after the SDK 2.32 types (DeepResearchAgentConfig,
 * AntigravityAgentConfig, CodeMenderAgentConfig, DynamicAgentConfig). Laid over
 * the untyped `agentConfig` JSON, so a client moving over keeps the keys it
 * still sends that way (code-mender's find/fix requests, for one).
 */
export const VISUALIZATIONS = ["auto", "off"] as const;

export interface AgentConfigInput {
  deepResearch?: {
    visualization?: string | null;
    collaborativePlanning?: boolean | null;
    enableBigqueryTool?: boolean | null;
    thinkingSummaries?: string | null;
  } | null;
  antigravity?: { model?: string | null; maxTotalTokens?: number | null } | null;
  codeMender?: { model?: string | null; sessionId?: string | null } | null;
  dynamic?: unknown;
}

/** The set entries of `o` under upstream's names (null/undefined dropped). */
function present(o: Record<string, string | boolean | null | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}

function typedConfig(a: AgentConfigInput): JsonObject | undefined {
  if (a.deepResearch) {
    const d = a.deepResearch;
    return present({
      type: "deep-research",
      visualization: d.visualization,
      collaborative_planning: d.collaborativePlanning,
      enable_bigquery_tool: d.enableBigqueryTool,
      thinking_summaries: d.thinkingSummaries,
    });
  }
  if (a.antigravity) {
    const max = a.antigravity.maxTotalTokens;
    if (max !== undefined && max !== null && max < 1)
      throw new ValidationError("maxTotalTokens must be at least 1", "agentSettings.antigravity.maxTotalTokens");
    // Upstream's int64 travels as a string.
    return present({ type: "antigravity", model: a.antigravity.model, max_total_tokens: max?.toString() });
  }
  if (a.codeMender)
    return present({ type: "code-mender", model: a.codeMender.model, session_id: a.codeMender.sessionId });
  if (a.dynamic === undefined || a.dynamic === null) return undefined;
  const dynamic = asJsonObject(a.dynamic);
  if (!dynamic) throw new ValidationError("agentSettings.dynamic must be a JSON object", "agentSettings.dynamic");
  return { ...dynamic, type: "dynamic" };
}

/** `agentSettings` as upstream's agent_config, laid over the untyped `legacy` one; refused when it is not `agent`'s kind. */
export function upstreamAgentConfig(
  agent: string | null | undefined,
  legacy: JsonObject | undefined,
  a: AgentConfigInput | null | undefined,
): JsonObject | undefined {
  const typed = a ? typedConfig(a) : undefined;
  if (!typed) return legacy;
  const expected = agent ? AGENTS[agent]?.configType : undefined;
  if (!agent) throw new ValidationError("agentSettings needs an agent", "agentSettings");
  if (expected && typed.type !== "dynamic" && typed.type !== expected)
    throw new ValidationError(
      `${agent} takes the ${expected} agent config, not ${String(typed.type)}`,
      "agentSettings",
    );
  return { ...(legacy?.type === typed.type ? legacy : {}), ...typed };
}
