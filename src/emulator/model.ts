import type { Json, JsonObject, RemoteStep, RemoteUsage } from "../gemini/types.ts";

/** What the emulated model knows when it answers: this turn and the turns before it. */
export interface Turn {
  /** The user's text of each turn, oldest first, this turn last. */
  userTexts: string[];
  /** Function results given as this turn's input. */
  functionResults: JsonObject[];
  request: JsonObject;
}

export interface Reply {
  steps: RemoteStep[];
  status: string;
  usage: RemoteUsage;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Plain text of Content or Step input, in any of the forms upstream accepts. */
export function inputTexts(input: Json | undefined): { texts: string[]; functionResults: JsonObject[] } {
  const texts: string[] = [];
  const functionResults: JsonObject[] = [];
  const visit = (item: Json | undefined, inUser: boolean) => {
    if (typeof item === "string") {
      texts.push(item);
      return;
    }
    if (Array.isArray(item)) {
      for (const i of item) visit(i, inUser);
      return;
    }
    if (!item || typeof item !== "object") return;
    if (item.type === "text" && typeof item.text === "string") texts.push(item.text);
    else if (item.type === "user_input") visit(item.content, true);
    else if (item.type === "function_result") functionResults.push(item);
  };
  visit(input, true);
  return { texts, functionResults };
}

/**
 * The deterministic emulated model. Same input, same reply: the reply names
 * the turn number and the first thing the user said, so a test can see that
 * the model really received the earlier turns of a chain.
 */
export function respond(turn: Turn): Reply {
  const n = turn.userTexts.length;
  const last = turn.userTexts.at(-1) ?? "";
  const first = turn.userTexts[0] ?? "";
  const text =
    n <= 1
      ? `Hello! You said: "${last}". This is turn 1 of our conversation.`
      : `You said: "${last}". This is turn ${n} of our conversation; it began with "${first}".`;
  const steps: RemoteStep[] = [{ type: "model_output", content: [{ type: "text", text }] }];
  const inputTokens = turn.userTexts.reduce((acc, t) => acc + words(t) + 4, 0);
  const outputTokens = words(text);
  return {
    steps,
    status: "completed",
    usage: {
      total_input_tokens: inputTokens,
      total_output_tokens: outputTokens,
      total_thought_tokens: 0,
      total_cached_tokens: 0,
      total_tokens: inputTokens + outputTokens,
    },
  };
}
