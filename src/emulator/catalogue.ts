/**
 * The models upstream serves through the Interactions API: every name of the
 * SDK's `Model` enum (@google/genai 2.32, `Model_2` in dist/genai.d.ts), and
 * the families they belong to, since upstream adds names faster than the SDK
 * lists them. What a model answers follows its kind.
 */
export const SDK_MODELS = [
  "gemma-4-26b-a4b-it",
  "gemma-4-31b-it",
  "gemini-flash-latest",
  "gemini-flash-lite-latest",
  "gemini-pro-latest",
  "gemini-2.5-flash",
  "gemini-2.5-pro",
  "gemini-2.5-flash-lite",
  "gemini-3.5-flash-lite",
  "gemini-2.5-flash-image",
  "gemini-3-flash-preview",
  "gemini-3.1-pro-preview",
  "gemini-3.1-pro-preview-customtools",
  "gemini-3.1-flash-lite",
  "gemini-3.1-flash-lite-image",
  "gemini-3-pro-image",
  "nano-banana-pro-preview",
  "gemini-3.1-flash-image",
  "gemini-nano-banana-2.1",
  "gemini-3.1-flash-tts-preview",
  "gemini-3.5-flash",
  "gemini-3.6-flash",
  "gemini-3.7-flash",
  "gemini-3.8-flash",
  "gemini-4-argon",
  "gemini-3.8-flash-tts",
  "gemini-3.8-flash-lite-tts",
  "lyria-3-clip-preview",
  "lyria-3-pro-preview",
  "gemini-robotics-er-1.6-preview",
  "gemini-robotics-er-2-preview",
  "lyria-3.5",
  "gemini-omni-1.1-flash",
  "gemini-omni-flash-preview",
] as const;

/** What a model produces next to (or instead of) text. */
export type ModelKind = "text" | "image" | "speech" | "music" | "video";

const FAMILIES = /^(?:gemini|gemma|veo|lyria|nano-banana)-[\w.-]+$/;

/** Whether upstream serves `model` here: an SDK name or one of its families (others: 404). */
export const isServedModel = (model: string): boolean => NAMES.has(model) || FAMILIES.test(model);
const NAMES: ReadonlySet<string> = new Set(SDK_MODELS);

export function modelKind(model: string): ModelKind {
  if (model.startsWith("veo") || model.includes("-veo")) return "video";
  if (model.startsWith("lyria")) return "music";
  if (model.includes("tts")) return "speech";
  if (model.includes("image") || model.includes("nano-banana")) return "image";
  return "text";
}
