import { bad } from "./http.ts";
import { isObj } from "./json.ts";
import type { Json, JsonObject, WireStep } from "./wire.ts";

/**
 * The emulated computer-use model. With a `computer_use` tool, the latest
 * user text is a task done in up to three predefined UI actions, one per
 * round, each a `function_call` the client performs (the interaction ends
 * `requires_action`):
 *
 * 1. `navigate {url}` to the first URL in the text, else `open_web_browser {}`;
 * 2. `type_text_at {x: 500, y: 120, text, press_enter: true}` for the first
 *    double-quoted words, if any;
 * 3. `click_at {x: 640, y: 480}` when the text says buy, purchase, pay,
 *    checkout or submit. This one is risky: its arguments carry
 *    `safety_decision: {decision: "require_confirmation", explanation}` unless
 *    the tool's `disabled_safety_policies` holds `financial_transactions`.
 *
 * Actions in `excluded_predefined_functions` are left out. The client answers
 * each call with a `function_result` whose `result` is Content[]: a text item
 * holding the JSON of `{url, safety_acknowledgement?}` and the screenshot
 * (an image item), as generateContent's function response `{response, parts}`.
 * A result for a call that required confirmation must carry
 * `safety_acknowledgement: "true"` (400 otherwise) or be an `is_error` result
 * (the person declined): the model then stops with a model_output saying so.
 * After the last action the model reports what it did and the page it is on.
 */
export function computerTool(tools: JsonObject[]): JsonObject | undefined {
  return tools.find((t) => t.type === "computer_use");
}

/** The actions a task takes, in order (see above). */
export function plannedActions(tool: JsonObject, task: string): { name: string; args: JsonObject }[] {
  const url = task.match(/https?:\/\/[^\s"'<>]+/)?.[0];
  const quoted = task.match(/"([^"]+)"/)?.[1];
  const disabled = Array.isArray(tool.disabled_safety_policies) ? tool.disabled_safety_policies : [];
  const excluded = Array.isArray(tool.excluded_predefined_functions) ? tool.excluded_predefined_functions : [];
  const actions: { name: string; args: JsonObject }[] = [
    url ? { name: "navigate", args: { url } } : { name: "open_web_browser", args: {} },
  ];
  if (quoted) actions.push({ name: "type_text_at", args: { x: 500, y: 120, text: quoted, press_enter: true } });
  if (/\b(buy|purchase|pay|checkout|submit)\b/i.test(task)) {
    const args: JsonObject = { x: 640, y: 480 };
    if (!disabled.includes("financial_transactions"))
      args.safety_decision = {
        decision: "require_confirmation",
        explanation: "This click completes a purchase; the user must confirm it.",
      };
    actions.push({ name: "click_at", args });
  }
  return actions.filter((a) => !excluded.includes(a.name));
}

const needsConfirmation = (call: JsonObject | undefined) =>
  isObj(call?.arguments) &&
  isObj(call.arguments.safety_decision) &&
  call.arguments.safety_decision.decision === "require_confirmation";

/** The `{url, safety_acknowledgement}` a computer-use result reports, read from its text item. */
export function reported(result: JsonObject): JsonObject {
  const items = Array.isArray(result.result) ? result.result.filter(isObj) : [];
  for (const item of items) {
    if (item.type !== "text" || typeof item.text !== "string") continue;
    try {
      const parsed: Json = JSON.parse(item.text);
      if (isObj(parsed)) return parsed;
    } catch {
      // Not the JSON response item: a plain note.
    }
  }
  return isObj(result.result) ? result.result : {};
}

/** 400 when a result answers a call that required confirmation without acknowledging it (and is no refusal). */
export function checkAcknowledgements(results: JsonObject[], calls: JsonObject[]): void {
  for (const r of results) {
    const call = calls.find((c) => c.type === "function_call" && c.id === r.call_id);
    if (needsConfirmation(call) && r.is_error !== true && reported(r).safety_acknowledgement !== "true")
      throw bad(
        `function_result for ${String(r.call_id)} must carry safety_acknowledgement: "true": the action required the user's confirmation.`,
      );
  }
}

/**
 * The next step of a computer-use task: the next action's call, or the
 * model's closing words once the actions are done or one was declined.
 */
export function nextComputerStep(
  tool: JsonObject,
  task: string,
  results: JsonObject[],
  callNames: Map<string, string>,
  nextId: () => string,
): { step: WireStep; text?: string } {
  const actions = plannedActions(tool, task);
  const last = results.at(-1);
  const lastName = last ? callNames.get(String(last.call_id)) : undefined;
  if (last?.is_error === true) return says(`I stopped before ${lastName ?? "the action"}: it was not confirmed.`);
  const next = actions[lastName ? actions.findIndex((a) => a.name === lastName) + 1 : 0];
  if (next && (!last || lastName)) {
    return { step: { type: "function_call", id: nextId(), name: next.name, arguments: next.args } };
  }
  const url = last ? reported(last).url : undefined;
  const page = typeof url === "string" ? ` The page is now ${url}.` : "";
  return says(`Done: ${actions.map((a) => a.name).join(", ")}.${page}`);
}

const says = (text: string) => ({ step: { type: "model_output", content: [{ type: "text", text }] }, text });
