/**
 * The managed agents upstream offers: the SDK's catalogue (`AgentOption` in
 * @google/genai 2.32, plus code-mender, whose config it types), and what
 * upstream requires of each. Any of them takes a `dynamic` agent_config. A name neither
 * listed here nor a custom agent's id is refused up front (VALIDATION_ERROR)
 * rather than after a job was queued for it.
 */
export interface AgentInfo {
  /** Upstream runs it only with `background: true`. */
  backgroundOnly: boolean;
  /** The `agent_config.type` it accepts. */
  configType: string;
  description: string;
  /** It works in a sandbox: a run gets an environment (a new one unless it names one). */
  sandboxed: boolean;
}

const deepResearch = (description: string): AgentInfo => ({
  backgroundOnly: true,
  configType: "deep-research",
  description,
  sandboxed: false,
});

export const AGENTS: Readonly<Record<string, AgentInfo>> = {
  "deep-research-pro-preview-12-2025": deepResearch("Deep research (December 2025): plans, searches, cites"),
  "deep-research-preview-04-2026": deepResearch("Plans, searches the web, reads sources and writes a cited report"),
  "deep-research-max-preview-04-2026": deepResearch("Deep research with the largest budget: longer, wider reports"),
  "antigravity-preview-05-2026": {
    // Google's own antigravity example runs it in the foreground.
    backgroundOnly: false,
    configType: "antigravity",
    description: "Works in a sandboxed environment: runs commands and code, leaves files there",
    sandboxed: true,
  },
  // SDK 2.32 types CodeMender's config (type "code-mender") but names no agent for it: the kind's name stands in.
  "code-mender": {
    backgroundOnly: false,
    configType: "code-mender",
    description: "Finds, verifies and fixes security vulnerabilities in the source files it is given",
    sandboxed: false,
  },
};
