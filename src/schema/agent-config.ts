import { builder } from "../builder.ts";
import * as turns from "../resolvers/controls.ts";
import { ThinkingSummaries } from "./generation.ts";

// Upstream's agent_config per agent kind, typed after the SDK 2.32 types (issue 25).

export const Visualization = builder.enumType("ResearchVisualization", {
  description: "AUTO: the report may carry charts and images; OFF: text only",
  values: turns.wireEnum(turns.VISUALIZATIONS),
});

const DeepResearchConfigInput = builder.inputType("DeepResearchConfigInput", {
  description: "For the deep-research-* agents",
  fields: (t) => ({
    visualization: t.field({ type: Visualization }),
    collaborativePlanning: t.boolean({
      description: "The agent answers with a research plan first and goes on only once the next turn confirms it",
    }),
    enableBigqueryTool: t.boolean({ description: "Let the agent query BigQuery" }),
    thinkingSummaries: t.field({ type: ThinkingSummaries }),
  }),
});

const AntigravityConfigInput = builder.inputType("AntigravityConfigInput", {
  description: "For antigravity-*",
  fields: (t) => ({
    model: t.string({ description: "The model the agent reasons with" }),
    maxTotalTokens: t.int({ description: "The run's token budget (at least 1)" }),
  }),
});

const CodeMenderConfigInput = builder.inputType("CodeMenderConfigInput", {
  description: "For code-mender (its find/fix requests still go through the agentConfig JSON)",
  fields: (t) => ({
    model: t.string({ description: "The one model the session uses" }),
    sessionId: t.string({ description: "Groups interactions of one CodeMender session" }),
  }),
});

export const AgentConfigInput = builder.inputType("AgentConfigInput", {
  description:
    "Upstream's agent_config for the agent named: exactly one field, of that agent's kind (DYNAMIC fits any); laid over the agentConfig JSON",
  isOneOf: true,
  fields: (t) => ({
    deepResearch: t.field({ type: DeepResearchConfigInput }),
    antigravity: t.field({ type: AntigravityConfigInput }),
    codeMender: t.field({ type: CodeMenderConfigInput }),
    dynamic: t.field({ type: "JSON", description: 'A dynamic agent\'s config (sent with type "dynamic")' }),
  }),
});
