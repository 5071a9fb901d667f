import { validateCodeMender } from "./code-mender.ts";
import { bad } from "./http.ts";
import type { Json, JsonObject } from "./wire.ts";

/** One field's rule: its wire name and what it may hold (SDK 2.32's agent config types). */
type Rule = [field: string, ok: (v: Json) => boolean, expected: string];

const oneOf =
  (...values: string[]) =>
  (v: Json) =>
    typeof v === "string" && values.includes(v);
const boolean = (v: Json) => typeof v === "boolean";
const string = (v: Json) => typeof v === "string";

/** By `agent_config.type`; code-mender has its own module, dynamic no rules. */
const RULES: Readonly<Record<string, Rule[] | undefined>> = {
  "deep-research": [
    ["visualization", oneOf("off", "auto"), '"off" or "auto"'],
    ["thinking_summaries", oneOf("auto", "none"), '"auto" or "none"'],
    ["collaborative_planning", boolean, "a boolean"],
    ["enable_bigquery_tool", boolean, "a boolean"],
  ],
  antigravity: [
    ["model", string, "a string"],
    // int64 on the wire, so a decimal string, as the SDK types it.
    ["max_total_tokens", (v) => typeof v === "string" && /^[1-9]\d*$/.test(v), "a positive integer as a string"],
  ],
};

/** The checks upstream makes on an `agent_config` of the agent's own kind (`dynamic` takes anything). */
export function validateAgentConfig(config: JsonObject, type: Json | undefined): void {
  if (type === "code-mender") {
    validateCodeMender(config);
    return;
  }
  const rules = typeof type === "string" ? RULES[type] : undefined;
  for (const [field, ok, expected] of rules ?? []) {
    const v = config[field];
    if (v !== undefined && v !== null && !ok(v)) throw bad(`agent_config.${field} must be ${expected}.`);
  }
}
