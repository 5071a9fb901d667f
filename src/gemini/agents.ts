/**
 * The managed agents this server offers, and what upstream requires of them.
 * Upstream knows more agents than these; a name not listed here is refused
 * up front (VALIDATION_ERROR) rather than after a job was queued for it.
 */
export interface AgentInfo {
  /** Upstream runs it only with `background: true`. */
  backgroundOnly: boolean;
  /** The `agent_config.type` it accepts. */
  configType: string;
  description: string;
}

export const AGENTS: Readonly<Record<string, AgentInfo>> = {
  "deep-research-preview-04-2026": {
    backgroundOnly: true,
    configType: "deep-research",
    description: "Plans, searches the web, reads sources and writes a cited report",
  },
  "antigravity-preview-05-2026": {
    backgroundOnly: true,
    configType: "antigravity",
    description: "Works in a sandboxed environment: runs commands and code",
  },
};
