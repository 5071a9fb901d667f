import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTracing, type Tracing } from "../src/infra/tracing.ts";
import { ChatDocument } from "./generated/graphql.ts";
import { collectWs } from "./support/clients.ts";
import { type Harness, startHarness, TEST_API_KEY } from "./support/harness.ts";
import { jobClient, MODEL } from "./support/jobs.ts";
import { waitFor } from "./support/wait.ts";

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let h: Harness;

beforeAll(async () => {
  // Registered before the database opens, as main.ts does.
  tracing = await startTracing({ serviceName: "test", exporter });
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  await tracing?.shutdown();
});

const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;
const byName = (spans: ReadableSpan[], name: string) => spans.filter((s) => s.name === name);
const childrenOf = (spans: ReadableSpan[], parent: ReadableSpan) =>
  spans.filter((s) => parentOf(s) === parent.spanContext().spanId);

describe("traces", () => {
  it("one trace for a chat: operation → turn → upstream create and DB writes, with ids, model and usage, never the prompt", async () => {
    exporter.reset();
    const prompt = "a very private prompt about xyzzy plugh";
    const { results, errors } = await collectWs(h.url, ChatDocument, { input: { text: prompt, model: MODEL } });
    expect(errors).toEqual([]);
    const first = results[0]?.chat as { interactionId: string } | undefined;
    const id = first?.interactionId as string;
    const spans = await waitFor("the run's span", () => {
      const all = exporter.getFinishedSpans();
      return all.some((s) => s.name === "run") && all.some((s) => s.name.startsWith("graphql.subscription")) && all;
    });

    const [op] = byName(spans, "graphql.subscription Chat");
    expect(op).toBeDefined();
    const trace = spans.filter((s) => s.spanContext().traceId === op?.spanContext().traceId);
    // Everything about this interaction is in this one trace.
    const aboutIt = spans.filter((s) => Object.values(s.attributes).includes(id));
    expect(aboutIt.length).toBeGreaterThanOrEqual(2);
    expect(new Set(aboutIt.map((s) => s.spanContext().traceId))).toEqual(new Set([op?.spanContext().traceId]));

    const [turn] = byName(trace, "turn");
    expect(parentOf(turn as ReadableSpan)).toBe(op?.spanContext().spanId);
    expect(turn?.attributes["gen_ai.request.model"]).toBe(MODEL);
    expect(turn?.attributes["gig.interaction.id"]).toBe(id);

    const underTurn = childrenOf(trace, turn as ReadableSpan);
    const create = underTurn.find((s) => s.name === "upstream.create");
    expect(create?.attributes).toMatchObject({ "gen_ai.request.model": MODEL, "gen_ai.operation.name": "create" });

    const [run] = byName(trace, "run");
    expect(parentOf(run as ReadableSpan)).toBe(turn?.spanContext().spanId);
    expect(run?.attributes["gig.interaction.id"]).toBe(id);
    expect(run?.attributes["gig.interaction.status"]).toBe("completed");
    expect(String(run?.attributes["gig.interaction.remote_id"])).toMatch(/\w+/);
    expect(Number(run?.attributes["gen_ai.usage.output_tokens"])).toBeGreaterThan(0);
    expect(Number(run?.attributes["gen_ai.usage.input_tokens"])).toBeGreaterThan(0);
    // The row is inserted behind the stream (in this trace: by the first selection that asks for it), and the
    // run's writes nest under the run. Prisma's spans carry the SQL, with its parameters bound, not inlined.
    const sqlUnder = (ops: ReadableSpan[]) =>
      ops
        .filter((s) => s.name === "prisma:client:operation")
        .flatMap((op) => childrenOf(trace, op).filter((s) => s.name === "prisma:client:db_query"))
        .map((q) => String(q.attributes["db.query.text"]));
    expect(sqlUnder(trace).some((sql) => sql.includes('INSERT INTO "Interaction"') && sql.includes("$1"))).toBe(true);
    expect(sqlUnder(childrenOf(trace, run as ReadableSpan)).some((sql) => sql.includes('UPDATE "Interaction"'))).toBe(
      true,
    );

    // No prompt text, no reply text, no key: anywhere in any span's name or attributes.
    const dump = JSON.stringify(spans.map((s) => [s.name, s.attributes, s.events]));
    expect(dump).not.toContain("xyzzy");
    expect(dump).not.toContain("You said");
    expect(dump).not.toContain(TEST_API_KEY);
  });

  it("a job's trace is its own, linked to the request that queued it", async () => {
    exporter.reset();
    const { jobId } = await jobClient(h).background({ model: MODEL, text: "traced job" });
    const spans = await waitFor("the job attempt's span", () => {
      const all = exporter.getFinishedSpans();
      return all.some((s) => s.name === "job.attempt") && all;
    });
    const [request] = byName(spans, "graphql.mutation CreateBackground");
    const [attempt] = byName(spans, "job.attempt");
    expect(attempt?.attributes["gig.job.id"]).toBe(jobId);
    expect(parentOf(attempt as ReadableSpan)).toBeUndefined();
    expect(attempt?.spanContext().traceId).not.toBe(request?.spanContext().traceId);
    expect(attempt?.links.map((l) => l.context.traceId)).toEqual([request?.spanContext().traceId]);
    // The job's upstream create is in the job's trace.
    const create = spans.find(
      (s) => s.name === "upstream.create" && s.spanContext().traceId === attempt?.spanContext().traceId,
    );
    expect(create?.attributes["gen_ai.response.id"]).toMatch(/\w+/);
  });
});
