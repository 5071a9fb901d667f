import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { createSchema, createYoga } from "graphql-yoga";
import { afterEach, describe, expect, it } from "vitest";
import { useResultLimits } from "../src/security/deadline.ts";

// The query deadline and the client's disconnect, on a schema whose one field takes as long as asked:
// what stops is the executor (the next field never resolves), seen from a real HTTP client.
let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

async function serve(timeoutMs: number) {
  const resolved: string[] = [];
  let markStarted = () => {};
  let markDone = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = new Promise<void>((resolve) => (markDone = resolve));
  const schema = createSchema({
    typeDefs: "type Slow { after: String } type Query { slow(ms: Int!): Slow }",
    resolvers: {
      Query: {
        slow: async (_: unknown, { ms }: { ms: number }) => {
          markStarted();
          await sleep(ms);
          // The executor would go on to `after` in the same turn: the test looks once this turn is over.
          setImmediate(markDone);
          return {};
        },
      },
      Slow: {
        after: () => {
          resolved.push("after");
          return "ran";
        },
      },
    },
  });
  const yoga = createYoga({
    schema,
    plugins: [useResultLimits({ GRAPHQL_QUERY_TIMEOUT_MS: timeoutMs, GRAPHQL_MAX_RESPONSE_BYTES: 1_000_000 })],
  });
  server = createServer(yoga);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const query = (ms: number, signal?: AbortSignal) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ slow(ms: ${ms}) { after } }` }),
      signal,
    });
  return { resolved, query, started, done };
}

describe("query deadline", () => {
  it("a query past GRAPHQL_QUERY_TIMEOUT_MS answers QUERY_TIMEOUT at the deadline and resolves nothing after it", async () => {
    const { resolved, query, done } = await serve(150);
    const started = performance.now();
    const body = (await (await query(1_000)).json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TIMEOUT");
    // The answer comes at the deadline, not when the slow field is done.
    expect(performance.now() - started).toBeLessThan(900);
    await done;
    expect(resolved).toEqual([]);
  });

  it("a query within the deadline is untouched", async () => {
    const { resolved, query } = await serve(2_000);
    const body = (await (await query(20)).json()) as { data?: { slow: { after: string } } };
    expect(body.data?.slow.after).toBe("ran");
    expect(resolved).toEqual(["after"]);
  });

  it("a query whose client went away stops: its next field never resolves", async () => {
    const { resolved, query, started, done } = await serve(10_000);
    const client = new AbortController();
    const answer = query(400, client.signal).catch((err: unknown) => err);
    await started;
    client.abort();
    expect(await answer).toBeInstanceOf(Error);
    await done;
    expect(resolved).toEqual([]);
  });
});
