import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateInteractionDocument, InteractionEventsDocument, ViewerDocument } from "./generated/graphql.ts";
import { collectSse, collectWs, wsClient } from "./support/clients.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
let finishedId: string;
let finishedText: string;
beforeAll(async () => {
  h = await startHarness();
  const { createInteraction } = await h.ok(CreateInteractionDocument, {
    input: { model: "gemini-3.5-flash", text: "Tell me a story about transports and sockets" },
  });
  finishedId = createInteraction.id;
  finishedText = createInteraction.outputText ?? "";
});
afterAll(async () => {
  await h?.close();
});

const joinedText = (
  results: { interactionEvents: { __typename: string; delta?: { __typename: string; text?: string } } }[],
) =>
  results
    .map((r) => r.interactionEvents)
    .filter((e) => e.__typename === "StepDeltaEvent" && e.delta?.__typename === "TextDelta")
    .map((e) => e.delta?.text ?? "")
    .join("");

describe("HTTP surface", () => {
  it("answers /healthz and /readyz", async () => {
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("serves GraphiQL with its assets inline, so it works without internet", async () => {
    const res = await fetch(`${h.url}/graphql`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("graphiql");
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
  });

  it("serves queries over plain HTTP", async () => {
    const res = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ viewer { id role } }" }),
    });
    expect(await res.json()).toEqual({ data: { viewer: { id: "local", role: "USER" } } });
  });
});

describe("interactionEvents after completion", () => {
  it("replays the whole interaction over graphql-ws", async () => {
    const client = wsClient(h.url);
    const { results, errors } = await collectWs(client, InteractionEventsDocument, { id: finishedId });
    await client.dispose();
    expect(errors).toEqual([]);
    const kinds = results.map((r) => r.interactionEvents.__typename);
    expect(kinds[0]).toBe("InteractionCreatedEvent");
    expect(kinds.at(-1)).toBe("InteractionCompletedEvent");
    expect(kinds).toContain("StepStartEvent");
    expect(kinds).toContain("StepStopEvent");
    expect(joinedText(results as never)).toBe(finishedText);
    const cursors = results.map((r) => Number(r.interactionEvents.cursor));
    expect(cursors).toEqual(cursors.map((_, i) => i + 1));
  });

  it("replays the whole interaction over SSE", async () => {
    const { results, errors } = await collectSse(h.url, InteractionEventsDocument, { id: finishedId });
    expect(errors).toEqual([]);
    expect(joinedText(results as never)).toBe(finishedText);
    expect(results.at(-1)?.interactionEvents.__typename).toBe("InteractionCompletedEvent");
  });

  it("resumes after a cursor with exactly the remaining events", async () => {
    const all = await collectSse(h.url, InteractionEventsDocument, { id: finishedId });
    const k = 4;
    const rest = await collectSse(h.url, InteractionEventsDocument, {
      id: finishedId,
      after: all.results[k - 1]?.interactionEvents.cursor,
    });
    expect(rest.results).toEqual(all.results.slice(k));
  });

  it("rejects a foreign or unknown id with NOT_FOUND", async () => {
    const client = wsClient(h.url);
    const { errors, results } = await collectWs(client, InteractionEventsDocument, { id: "missing" });
    await client.dispose();
    expect(results).toEqual([]);
    expect(JSON.stringify(errors)).toContain("NOT_FOUND");
  });
});

describe("graphql-ws", () => {
  it("runs queries with the same context as HTTP", async () => {
    const client = wsClient(h.url);
    const { results } = await collectWs(client, ViewerDocument, {});
    await client.dispose();
    expect(results).toEqual([{ viewer: { id: "local", name: "Local user", role: "USER" } }]);
  });
});
