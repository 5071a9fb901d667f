import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./support/harness.ts";

/**
 * A suite of hostile or broken requests against the real server: each gets a 4xx or a typed
 * GraphQL error (never a 5xx, a hang or a crash), no stack trace, SQL or file path leaks into an
 * answer, and the server still answers afterwards.
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Case {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

const json = { "content-type": "application/json" };
const q = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
const CASES: Case[] = [
  { name: "malformed JSON", headers: json, body: '{"query": "{ __typename }"' },
  { name: "JSON that is not an object", headers: json, body: "42" },
  { name: "no query", headers: json, body: "{}" },
  { name: "query not a string", headers: json, body: '{"query": {"a": 1}}' },
  { name: "syntax error", headers: json, body: q("{ __typename ") },
  { name: "unknown field", headers: json, body: q("{ nope }") },
  {
    name: "wrong variable type",
    headers: json,
    body: q("query($id: ID!) { interaction(id: $id) { id } }", { id: { $gt: "" } }),
  },
  { name: "missing variable", headers: json, body: q("query($id: ID!) { interaction(id: $id) { id } }") },
  {
    name: "GET mutation",
    method: "GET",
    path: `/graphql?query=${encodeURIComponent('mutation { renameConversation(id: "x", title: "y") { id } }')}`,
    headers: { "x-graphql-yoga-csrf": "1", accept: "application/json" },
  },
  { name: "directive flood", headers: json, body: q(`{ __typename ${"@skip(if: false) ".repeat(200)}}`) },
  { name: "unknown directive", headers: json, body: q("{ __typename @nope }") },
  {
    name: "huge string argument",
    headers: json,
    body: q('mutation($t: String!) { renameConversation(id: "x", title: $t) { id } }', { t: "x".repeat(1_500_000) }),
  },
  {
    name: "control characters",
    headers: json,
    body: q('mutation { sendMessage(input: { text: "\\u0000\\u0007\\u001b[2J" }) { id } }'),
  },
  { name: "NUL in a query", headers: json, body: q("{ __typename \u0000 }") },
  {
    name: "deep JSON variable",
    headers: json,
    body: `{"query":"{ __typename }","variables":${"[".repeat(5000)}${"]".repeat(5000)}}`,
  },
  { name: "unsupported method", method: "PUT", headers: json, body: q("{ __typename }") },
  { name: "unsupported content type", headers: { "content-type": "application/xml" }, body: "<q/>" },
  { name: "two operations, no name", headers: json, body: q("query A { __typename } query B { __typename }") },
];

describe("hostile requests", () => {
  it.each(CASES)("$name: a 4xx or a typed error (never masked), nothing leaked", async (c) => {
    const res = await fetch(`${h.url}${c.path ?? "/graphql"}`, {
      method: c.method ?? "POST",
      headers: c.headers,
      body: c.body,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    expect(res.status, text.slice(0, 200)).toBeLessThan(500);
    if (res.status < 400 && !res.headers.get("content-type")?.includes("event-stream")) {
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.length, text.slice(0, 200)).toBeGreaterThan(0);
      expect(body.errors?.map((e) => e.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
    }
    expect(text).not.toMatch(/\n\s+at |node_modules|\/work\/|SELECT |INSERT |prisma/i);
    // Healthy afterwards.
    const after = await fetch(`${h.url}/graphql`, { method: "POST", headers: json, body: q("{ __typename }") });
    expect(await after.json()).toEqual({ data: { __typename: "Query" } });
  });
});
