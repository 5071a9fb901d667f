import { describe, expect, it } from "vitest";
import { apiMessage, create, failure, type Loose, MODEL, useEmulator } from "./helpers.ts";

const t = useEmulator();

const browser = { type: "computer_use", environment: "browser" };
const TASK = 'Go to https://shop.example/ and search "blue mug", then buy it';
const screenshot = { type: "image", data: "iVBORw0KGgo=", mime_type: "image/png" };
/** What a client sends after doing an action: the page URL (and acknowledgement) as JSON text, and the screenshot. */
const done = (call_id: string, url: string, ack = false) => ({
  type: "function_result",
  call_id,
  result: [
    { type: "text", text: JSON.stringify({ url, ...(ack ? { safety_acknowledgement: "true" } : {}) }) },
    screenshot,
  ],
});
const calls = (steps: unknown[]) => steps.filter((s): s is Loose => (s as Loose).type === "function_call");

describe("computer use: one UI action per round (issue 25)", () => {
  it("navigates, types, then asks for confirmation before the purchase click; a confirmed click finishes", async () => {
    const one = await create(t.ai, { model: MODEL, input: TASK, tools: [browser] });
    expect(one.status).toBe("requires_action");
    expect(calls(one.steps)).toEqual([
      { type: "function_call", id: expect.any(String), name: "navigate", arguments: { url: "https://shop.example/" } },
    ]);
    const navId = String(calls(one.steps)[0]?.id);

    const two = await create(t.ai, {
      model: MODEL,
      previous_interaction_id: one.id,
      tools: [browser],
      input: [done(navId, "https://shop.example/")],
    });
    expect(calls(two.steps)[0]).toMatchObject({
      name: "type_text_at",
      arguments: { text: "blue mug", press_enter: true },
    });
    const typeId = String(calls(two.steps)[0]?.id);

    const three = await create(t.ai, {
      model: MODEL,
      previous_interaction_id: two.id,
      tools: [browser],
      input: [done(typeId, "https://shop.example/search?q=blue+mug")],
    });
    const click = calls(three.steps)[0];
    expect(click).toMatchObject({
      name: "click_at",
      arguments: { safety_decision: { decision: "require_confirmation", explanation: expect.any(String) } },
    });

    const unacknowledged = await failure(
      create(t.ai, {
        model: MODEL,
        previous_interaction_id: three.id,
        tools: [browser],
        input: [done(String(click?.id), "https://shop.example/cart")],
      }),
    );
    expect(unacknowledged.status).toBe(400);
    expect(apiMessage(unacknowledged)).toContain("safety_acknowledgement");

    const four = await create(t.ai, {
      model: MODEL,
      previous_interaction_id: three.id,
      tools: [browser],
      input: [done(String(click?.id), "https://shop.example/thanks", true)],
    });
    expect(four.status).toBe("completed");
    expect(four.output_text).toBe(
      "Done: navigate, type_text_at, click_at. The page is now https://shop.example/thanks.",
    );
  });

  it("a declined confirmation (an is_error result) ends the task without the action", async () => {
    const one = await create(t.ai, { model: MODEL, input: "Open the store and buy the mug", tools: [browser] });
    const open = calls(one.steps)[0];
    expect(open?.name).toBe("open_web_browser");
    const two = await create(t.ai, {
      model: MODEL,
      previous_interaction_id: one.id,
      tools: [browser],
      input: [done(String(open?.id), "about:blank")],
    });
    const click = calls(two.steps)[0];
    const declined = await create(t.ai, {
      model: MODEL,
      previous_interaction_id: two.id,
      tools: [browser],
      input: [{ type: "function_result", call_id: click?.id, is_error: true, result: { error: "declined" } }],
    });
    expect(declined.status).toBe("completed");
    expect(declined.output_text).toBe("I stopped before click_at: it was not confirmed.");
  });

  it("honours excluded_predefined_functions and disabled_safety_policies", async () => {
    const tool = {
      ...browser,
      excluded_predefined_functions: ["open_web_browser"],
      disabled_safety_policies: ["financial_transactions"],
    };
    const one = await create(t.ai, { model: MODEL, input: "Just buy it", tools: [tool] });
    expect(calls(one.steps)).toEqual([
      { type: "function_call", id: expect.any(String), name: "click_at", arguments: { x: 640, y: 480 } },
    ]);
  });
});
