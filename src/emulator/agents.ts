import { codeMenderSteps } from "./code-mender.ts";
import type { SandboxFile } from "./environments.ts";
import { isObj } from "./json.ts";
import { pngBase64 } from "./media.ts";
import { plainReply, type Reply, thoughtStep, usage, words } from "./model.ts";
import { runBuiltInTools, signatureOf } from "./tools.ts";
import type { JsonObject, WireStep } from "./wire.ts";

/** The kinds of agent upstream runs: each is an `agent_config.type` of SDK 2.32. */
export type AgentKind = "deep-research" | "antigravity" | "code-mender" | "dynamic";

/**
 * The agents upstream offers, by name -> their kind: every `AgentOption` of
 * SDK 2.32, and `code-mender`, whose config the SDK types (CodeMenderAgentConfig)
 * without listing an agent name for it, so its kind's name stands in. A
 * `dynamic` agent is a custom one (the agents resource) with no built-in base.
 */
export const AGENTS: Readonly<Record<string, AgentKind>> = {
  "deep-research-pro-preview-12-2025": "deep-research",
  "deep-research-preview-04-2026": "deep-research",
  "deep-research-max-preview-04-2026": "deep-research",
  "antigravity-preview-05-2026": "antigravity",
  "code-mender": "code-mender",
};

/** Only the research agents insist on `background: true`; Google's antigravity example runs in the foreground. */
export const backgroundOnly = (kind: AgentKind) => kind === "deep-research";

export interface AgentTurn {
  agent: string;
  kind: AgentKind;
  userTexts: string[];
  request: JsonObject;
  nextId: () => string;
  /** The sandbox the run works in (antigravity). */
  environmentId?: string;
  /** That sandbox's files: the run lists what earlier runs left and writes its own. */
  files?: Map<string, SandboxFile>;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 32) || "topic";
const STEP_TOKENS = 40;

function deepResearch(turn: AgentTurn, q: string, config: JsonObject): WireStep[] {
  const summaries = config.thinking_summaries !== "none";
  const search = turn.nextId();
  const read = turn.nextId();
  const urls = [`https://example.com/${slug(q)}`, `https://example.org/${slug(q)}-review`];
  const steps: WireStep[] = [
    thoughtStep(`plan:${q}`, summaries),
    {
      type: "google_search_call",
      id: search,
      arguments: { queries: [q, `${q} overview`] },
      signature: signatureOf(search),
    },
    { type: "google_search_result", call_id: search, result: [{ search_suggestions: `<div>${q}</div>` }] },
    thoughtStep(`read:${q}`, summaries),
    { type: "url_context_call", id: read, arguments: { urls } },
    { type: "url_context_result", call_id: read, result: urls.map((url) => ({ url, status: "success" })) },
  ];
  const text = `Research report on "${q}".\n\nI ran 2 searches and read ${urls.length} sources. Both agree on the main points about "${q}".`;
  const content: JsonObject[] = [
    {
      type: "text",
      text,
      annotations: urls.map((url, i) => ({
        type: "url_citation",
        url,
        title: `Source ${i + 1}`,
        start_index: 0,
        end_index: text.length,
      })),
    },
  ];
  if (config.visualization === "auto") {
    const chart = turn.nextId();
    steps.push(
      { type: "code_execution_call", id: chart, arguments: { language: "python", code: "import matplotlib\nplot()" } },
      { type: "code_execution_result", call_id: chart, result: "chart.png written\n" },
    );
    content.push({ type: "image", data: pngBase64(q, "16:9").data, mime_type: "image/png" });
  }
  steps.push({ type: "model_output", content });
  return steps;
}

/** What an antigravity run leaves in its sandbox: a report and a chart, named after the task. */
function writeOutputs(files: Map<string, SandboxFile> | undefined, q: string): string[] {
  const modified = new Date().toISOString();
  const report = `# ${q}\n\nThe sandbox ran the task and wrote this report.\n`;
  const chart = Buffer.from(pngBase64(q, "16:9").data, "base64");
  files?.set("report.md", { bytes: Buffer.from(report), mimeType: "text/markdown", modified });
  files?.set("chart.png", { bytes: chart, mimeType: "image/png", modified });
  return ["report.md", "chart.png"];
}

function antigravity(turn: AgentTurn, q: string): WireStep[] {
  const ls = turn.nextId();
  const run = turn.nextId();
  const env = turn.environmentId ?? "local";
  // What earlier runs in this sandbox left, listed before this run writes its own.
  const before = [...(turn.files?.keys() ?? [])].sort();
  const written = writeOutputs(turn.files, q);
  const listing = before.length ? `${before.join("\n")}\n` : "(empty)\n";
  return [
    thoughtStep(`sandbox:${q}`, true),
    { type: "code_execution_call", id: ls, arguments: { language: "bash", code: "ls /workspace" } },
    { type: "code_execution_result", call_id: ls, result: listing },
    { type: "code_execution_call", id: run, arguments: { language: "python", code: `print(${JSON.stringify(q)})` } },
    { type: "code_execution_result", call_id: run, result: `${q}\nwrote ${written.join(", ")}\n` },
    {
      type: "model_output",
      content: [{ type: "text", text: `Done: "${q}". I ran 2 commands in environment ${env}.` }],
    },
  ];
}

function plan(turn: AgentTurn, q: string, config: JsonObject): WireStep[] {
  if (turn.kind === "antigravity") return antigravity(turn, q);
  if (turn.kind === "code-mender") return codeMenderSteps(config, q, turn.nextId);
  if (turn.kind === "dynamic") return dynamic(turn, q);
  if (config.collaborative_planning !== true) return deepResearch(turn, q, config);
  // Collaborative planning: the first turn only proposes a plan; a later turn (the user's go-ahead)
  // researches the topic the chain began with.
  const topic = turn.userTexts[0] ?? q;
  return turn.userTexts.length > 1 ? deepResearch(turn, topic, config) : researchPlan(topic, config);
}

function researchPlan(topic: string, config: JsonObject): WireStep[] {
  const text =
    `Research plan for "${topic}":\n1. Search for recent sources on "${topic}".\n` +
    "2. Read the most relevant ones and compare what they say.\n3. Write a cited report.\n\n" +
    "Reply to confirm the plan, or tell me what to change.";
  return [
    thoughtStep(`plan:${topic}`, config.thinking_summaries !== "none"),
    { type: "model_output", content: [{ type: "text", text }] },
  ];
}

/** A custom agent with no built-in base: the model behind it thinks, runs the agent's built-in tools, answers. */
function dynamic(turn: AgentTurn, q: string): WireStep[] {
  const tools = (Array.isArray(turn.request.tools) ? turn.request.tools : []).filter(isObj);
  const instruction = typeof turn.request.system_instruction === "string" ? turn.request.system_instruction : "";
  const text = `${instruction ? `[${instruction}] ` : ""}${plainReply(turn.userTexts)}`;
  return [
    thoughtStep(`agent:${q}`, true),
    ...runBuiltInTools(tools, q, turn.nextId).steps,
    { type: "model_output", content: [{ type: "text", text }] },
  ];
}

/**
 * An agent's whole run, as the steps it will emit over time. Antigravity's
 * `agent_config.max_total_tokens` (a string, as upstream types it) halts the
 * run with `budget_exceeded` at the step that would exceed it.
 */
export function agentReply(turn: AgentTurn): Reply {
  const q = turn.userTexts.at(-1) ?? "";
  const config = isObj(turn.request.agent_config) ? turn.request.agent_config : {};
  const planned = plan(turn, q, config);
  const input = turn.userTexts.reduce((acc, t) => acc + words(t) + 4, 0);
  const budget = Number(config.max_total_tokens ?? Number.POSITIVE_INFINITY);
  // CodeMender counts rounds (a command and its result) instead of tokens.
  const rounds = isObj(config.session_config) ? Number(config.session_config.max_rounds ?? Number.NaN) : Number.NaN;
  const steps: WireStep[] = [];
  let spent = input;
  for (const step of planned) {
    if (spent + STEP_TOKENS > budget) break;
    if (step.type === "code_execution_call" && steps.filter((s) => s.type === step.type).length >= rounds) break;
    steps.push(step);
    spent += STEP_TOKENS;
  }
  const status = steps.length < planned.length ? "budget_exceeded" : "completed";
  const thoughts = steps.filter((s) => s.type === "thought").length * STEP_TOKENS;
  const output = steps.filter((s) => s.type === "model_output").length * STEP_TOKENS;
  const tools = steps.length * STEP_TOKENS - thoughts - output;
  return { steps, status, usage: usage(input, output, thoughts, tools) };
}
