import { AGENTS } from "./agents.ts";

/** What a model or agent can do, for model pickers (GraphQL's ModelCapability). */
export const CAPABILITIES = [
  "TEXT",
  "STREAMING",
  "IMAGE_INPUT",
  "AUDIO_INPUT",
  "VIDEO_INPUT",
  "DOCUMENT_INPUT",
  "FUNCTION_CALLING",
  "STRUCTURED_OUTPUT",
  "THINKING",
  "BUILT_IN_TOOLS",
  "IMAGE_OUTPUT",
  "BACKGROUND",
  "RESEARCH",
  "SANDBOX",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface CatalogueEntry {
  id: string;
  kind: "MODEL" | "AGENT";
  description: string;
  capabilities: Capability[];
  /** Upstream runs it only with `background: true`. */
  backgroundOnly: boolean;
}

const chat: Capability[] = [
  "TEXT",
  "STREAMING",
  "IMAGE_INPUT",
  "AUDIO_INPUT",
  "VIDEO_INPUT",
  "DOCUMENT_INPUT",
  "FUNCTION_CALLING",
  "STRUCTURED_OUTPUT",
  "THINKING",
  "BUILT_IN_TOOLS",
  "BACKGROUND",
];

/**
 * What the server offers clients to pick from. Upstream accepts more names;
 * this list is for model pickers and capability checks in clients, not a gate.
 */
const MODELS: CatalogueEntry[] = [
  {
    id: "gemini-3.5-flash",
    kind: "MODEL",
    description: "Fast, low-cost general model",
    capabilities: chat,
    backgroundOnly: false,
  },
  {
    id: "gemini-3.5-pro",
    kind: "MODEL",
    description: "The most capable model for complex reasoning",
    capabilities: chat,
    backgroundOnly: false,
  },
  {
    id: "gemini-3.1-flash-image",
    kind: "MODEL",
    description: "Generates and edits images next to text",
    capabilities: ["TEXT", "STREAMING", "IMAGE_INPUT", "IMAGE_OUTPUT", "BACKGROUND"],
    backgroundOnly: false,
  },
];

export function catalogue(): CatalogueEntry[] {
  const agents = Object.entries(AGENTS).map(
    ([id, a]): CatalogueEntry => ({
      id,
      kind: "AGENT",
      description: a.description,
      capabilities: [
        "TEXT",
        "BACKGROUND",
        ...(a.configType === "deep-research" ? (["RESEARCH"] as const) : []),
        ...(a.sandboxed ? (["SANDBOX"] as const) : []),
      ],
      backgroundOnly: a.backgroundOnly,
    }),
  );
  return [...MODELS, ...agents];
}
