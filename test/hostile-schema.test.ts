import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStructured } from "../src/engine/turns/structured.ts";
import { type Harness, startHarness } from "./support/harness.ts";

/**
 * Client-supplied JSON Schemas cannot freeze the server: `pattern` runs on RE2 (linear time),
 * what RE2 cannot run is refused at input, and size and depth are bounded. The server runs in
 * this process, so the event-loop delay measured here is the server's.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { SCHEMA_MAX_BYTES: "4096", SCHEMA_MAX_DEPTH: "8" } });
});
afterAll(async () => {
  await h?.close();
});

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};
async function post(query: string, variables: Record<string, unknown> = {}): Promise<Body> {
  const res = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Body;
}

/** Runs `request` while another client asks `{ __typename }` again and again; the event loop's delay is measured. */
async function whileHandled(request: () => Promise<Body>) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let done = false;
  const pending = request().finally(() => {
    done = true;
  });
  const latencies: number[] = [];
  while (!done) {
    const t = performance.now();
    const other = await post("{ __typename }");
    latencies.push(performance.now() - t);
    expect(other.data).toEqual({ __typename: "Query" });
  }
  const answer = await pending;
  delay.disable();
  const figures = { requests: latencies.length, slowestMs: Math.max(...latencies), loopDelayMaxMs: delay.max / 1e6 };
  return { answer, figures };
}

const CREATE = `mutation($input: CreateInteractionInput!) {
  createInteraction(input: $input) { id status json outputText error { code message } } }`;
const withSchema = (responseFormat: unknown, text = 'Give "x"') => ({
  input: { model: "gemini-3.5-flash", text, responseFormat },
});

describe("hostile JSON Schemas", () => {
  it("a catastrophic pattern with an output that would backtrack forever: answered, other clients stay fast", async () => {
    // With a backtracking engine, ^(a+)+$ against 40 a's and a "!" takes about 2^40 steps.
    const evil = `${"a".repeat(40)}!`;
    const schema = {
      type: "object",
      properties: { v: { type: "string", pattern: "^(a+)+$" } },
      required: ["v"],
    };
    // The same run with a harmless pattern first: it warms the path, and its figures are what this
    // machine does anyway (the embedded database works on the event loop; the machine may be shared).
    const control = await whileHandled(() =>
      post(CREATE, withSchema({ ...schema, properties: { v: { type: "string", pattern: "^a+$" } } }, `Say "${evil}"`)),
    );
    const hostile = await whileHandled(() => post(CREATE, withSchema(schema, `Answer "${evil}"`)));
    const answer = hostile.answer;
    const row = answer.data?.createInteraction as {
      status: string;
      json: unknown;
      error: { code: string; message: string };
    };
    // The reply does not match (the "!"), and says so; it was checked, not skipped.
    expect(row.status).toBe("COMPLETED");
    expect(row.json).toBeNull();
    expect(row.error.code).toBe("STRUCTURED_OUTPUT_INVALID");
    expect(row.error.message).toContain("pattern");
    console.log(`while a catastrophic pattern was handled: ${JSON.stringify(hostile.figures)}`);
    console.log(`while a harmless pattern was handled: ${JSON.stringify(control.figures)}`);
    // 50 ms, or this machine's own figure for the same run when it is slower than that. (With a
    // backtracking engine the hostile run takes minutes and this test times out.)
    const bound = Math.max(50, 3 * control.figures.loopDelayMaxMs);
    expect(hostile.figures.slowestMs).toBeLessThan(Math.max(50, 3 * control.figures.slowestMs));
    expect(hostile.figures.loopDelayMaxMs).toBeLessThan(bound);
    // The check itself costs microseconds of CPU whatever the load (2^40 steps by backtracking).
    const cpu = process.cpuUsage();
    const verdict = parseStructured(schema, JSON.stringify({ v: evil }));
    const used = process.cpuUsage(cpu);
    expect(verdict).toMatchObject({ error: expect.stringContaining("pattern") });
    expect((used.user + used.system) / 1000).toBeLessThan(20);
  });

  it("a matching output passes its pattern", async () => {
    const schema = { type: "object", properties: { v: { type: "string", pattern: "^(a+)+$" } }, required: ["v"] };
    const answer = await post(CREATE, withSchema(schema, 'Answer "aaaa"'));
    expect(answer.data?.createInteraction).toMatchObject({ json: { v: "aaaa" }, error: null });
  });

  it("patterns RE2 cannot run, patternProperties, and over-size or over-deep schemas: VALIDATION_ERROR, nothing sent", async () => {
    const before = h.emulator.requests.length;
    const deep = JSON.parse(`${'{"type":"object","properties":{"a":'.repeat(9)}{"type":"string"}${"}}".repeat(9)}`);
    const refused = [
      { type: "string", pattern: "^(a+)\\1$" },
      { type: "string", pattern: "^(?=a)a+$" },
      { type: "object", patternProperties: { "^(a+)+$": { type: "string" } } },
      {
        type: "object",
        properties: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${i}`, { type: "string" }])),
      },
      deep,
    ];
    for (const schema of refused) {
      const answer = await post(CREATE, withSchema(schema));
      expect(answer.errors?.[0]?.extensions, JSON.stringify(schema).slice(0, 80)).toMatchObject({
        code: "VALIDATION_ERROR",
        field: "responseFormat",
      });
    }
    // A property merely named "pattern" is a property, not a regular expression.
    const named = await post(
      CREATE,
      withSchema({ type: "object", properties: { pattern: { type: "string" } }, required: ["pattern"] }),
    );
    expect(named.errors).toBeUndefined();
    const tool = await post(CREATE, {
      input: {
        model: "gemini-3.5-flash",
        text: "hi",
        tools: [
          {
            function: {
              name: "f",
              parameters: { type: "object", properties: { q: { type: "string", pattern: "(?<=x)y" } } },
            },
          },
        ],
      },
    });
    expect(tool.errors?.[0]?.extensions).toMatchObject({
      code: "VALIDATION_ERROR",
      field: "tools.0.function.parameters",
    });
    expect(h.emulator.requests.length).toBe(before + 1);
  });
});
