import { readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { type DocumentNode, type GraphQLError, Kind } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { schema } from "../src/schema/index.ts";
import { UPSTREAM_FIELDS } from "../src/security/limits.ts";
import { wsClient } from "./support/clients.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

/**
 * Operation and size limits on the real server, over a real port (HTTP and graphql-ws): every
 * over-limit request is refused with a typed code before any resolver runs or anything goes
 * upstream (the emulator's request log stays empty).
 */

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    env: {
      STREAM_MAX_PER_ADDRESS: "4",
      WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: "2",
      WS_MAX_PAYLOAD_BYTES: "65536",
    },
  });
});
afterAll(async () => {
  await h?.close();
});

type Body = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

async function post(
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Body; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${h.url}/graphql`, {
    method: "POST",
    // A GraphQL-over-HTTP client: refusals come with 400 (plain application/json clients get 200).
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Body, ms: performance.now() - started };
}

const codes = (b: Body) => (b.errors ?? []).map((e) => e.extensions?.code);
const create = (alias: string) =>
  `${alias}: createInteraction(input: { model: "gemini-3.5-flash", text: "hi" }) { id }`;

describe("operation limits (before execution, typed codes)", () => {
  it("100 aliased createInteraction: refused in well under a second, nothing reaches upstream", async () => {
    const before = h.emulator.requests.length;
    const rows = await h.database.prisma.interaction.count();
    const query = `mutation { ${Array.from({ length: 100 }, (_, i) => create(`a${i}`)).join(" ")} }`;
    await post({ query: "{ __typename }" }); // a warm server: the figure is the refusal's own
    const { status, body, ms } = await post({ query });
    console.log(`100 aliased createInteraction refused in ${ms.toFixed(1)} ms`);
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(codes(body)).toEqual(expect.arrayContaining(["TOO_MANY_ALIASES", "TOO_MANY_RUNS"]));
    expect(ms).toBeLessThan(1_000); // about 10-60 ms on an idle machine; this one is shared
    expect(h.emulator.requests.length).toBe(before);
    expect(await h.database.prisma.interaction.count()).toBe(rows);
  });

  it("two runs in one request (under the alias limit) are over MAX_RUNS_PER_REQUEST; fragments count too", async () => {
    const before = h.emulator.requests.length;
    const two = await post({ query: `mutation { ${create("a")} ${create("b")} }` });
    expect(codes(two.body)).toEqual(["TOO_MANY_RUNS"]);
    const spread = await post({
      query: `mutation { ...F ... on Mutation { ${create("c")} } } fragment F on Mutation { ${create("d")} }`,
    });
    expect(codes(spread.body)).toEqual(["TOO_MANY_RUNS"]);
    expect(h.emulator.requests.length).toBe(before);
    // One is fine.
    const one = await post({ query: `mutation { ${create("only")} }` });
    expect(one.body.errors).toBeUndefined();
    expect(h.emulator.requests.length).toBe(before + 1);
  });

  it("1,000 aliases are refused by the token limit while parsing", async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(["TOO_MANY_TOKENS"]);
    expect(body.errors?.[0]?.extensions).toMatchObject({ limit: "GRAPHQL_MAX_TOKENS", max: 2000 });
  });

  it("a 40-deep nesting is refused (QUERY_TOO_DEEP), a normal one answers", async () => {
    const deep = `{ interaction(id: "x") { ${"parent { ".repeat(39)}id${" }".repeat(39)} } }`;
    const { status, body } = await post({ query: deep });
    expect(status).toBe(400);
    expect(codes(body)).toContain("QUERY_TOO_DEEP");
    const ok = await post({ query: '{ interaction(id: "x") { parent { parent { id } } } }' });
    expect(ok.body.errors).toBeUndefined();
  });

  it("a directive flood and an over-cost list query are refused", async () => {
    const flood = await post({ query: `{ __typename ${"@include(if: true) ".repeat(30)}}` });
    expect(codes(flood.body)).toContain("TOO_MANY_DIRECTIVES");
    const costly = await post({
      query:
        "{ users(first: 100) { edges { node { apiKeys(first: 100) { edges { cursor node { id name scopes createdAt lastUsedAt owner { id name } } } } } } } }",
    });
    expect(codes(costly.body)).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it("limits apply over graphql-ws too (same plugins through Yoga's envelop)", async () => {
    const client = wsClient(h.url);
    const errors = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: `mutation { ${create("a")} ${create("b")} }` },
        { next: () => undefined, error: resolve, complete: () => resolve(null) },
      );
    });
    await client.dispose();
    expect(JSON.stringify(errors)).toContain("TOO_MANY_RUNS");
  });

  it("no batching: an array of operations is refused", async () => {
    const { status } = await post([{ query: "{ __typename }" }, { query: "{ __typename }" }]);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it("every operation the web app and the tests send stays within the default limits", async () => {
    const { parse, validate, schema: s } = h.app.yoga.getEnveloped({});
    const files = ["web/src/operations", "test/operations"].flatMap((dir) => readdirSync(dir).map((f) => join(dir, f)));
    for (const file of files) {
      const doc: DocumentNode = parse(readFileSync(file, "utf8"));
      const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
      for (const op of doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
        const one: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...fragments] };
        const all: readonly GraphQLError[] = validate(s, one);
        const errors = all.filter((e) => e.extensions?.limit);
        expect(errors.map((e) => `${file} ${op.name?.value}: ${e.message}`)).toEqual([]);
      }
    }
  });

  it("every upstream field in the cost model is a field of the schema", () => {
    for (const coordinate of UPSTREAM_FIELDS) {
      const [type, field] = coordinate.split(".") as [string, string];
      const root = type === "Mutation" ? schema.getMutationType() : schema.getSubscriptionType();
      expect(root?.getFields()[field], coordinate).toBeDefined();
    }
  });
});

/** A raw POST that declares its length (or streams without one). */
function rawPost(body: Buffer, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(`${h.url}/graphql`);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => {
        text += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("size limits", () => {
  it("a JSON body over GRAPHQL_MAX_BODY_BYTES: 413 REQUEST_TOO_LARGE; without a length: 411", async () => {
    const big = Buffer.from(JSON.stringify({ query: "{ __typename }", variables: { x: "a".repeat(3 * 1024 * 1024) } }));
    const res = await rawPost(big, { "content-type": "application/json", "content-length": String(big.byteLength) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).errors[0].extensions).toMatchObject({ code: "REQUEST_TOO_LARGE" });
    const chunked = await rawPost(Buffer.from('{"query":"{ __typename }"}'), {
      "content-type": "application/json",
      "transfer-encoding": "chunked",
    });
    expect(chunked.status).toBe(411);
    // And the server is healthy afterwards.
    expect((await post({ query: "{ __typename }" })).body.data).toEqual({ __typename: "Query" });
  });

  it("a WebSocket message over WS_MAX_PAYLOAD_BYTES closes the socket with 1009, and prints nothing", async () => {
    const printed = vi.spyOn(console, "error");
    try {
      const ws = new WebSocket(`${h.url.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws");
      await new Promise((r) => ws.once("open", r));
      const closed = new Promise<number>((r) => ws.once("close", (code) => r(code)));
      ws.send(JSON.stringify({ type: "connection_init", payload: { pad: "x".repeat(70_000) } }));
      expect(await closed).toBe(1009);
      // A hostile client's oversize frames are its own fault, not the server's: no stack trace per frame.
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
  });

  it("connections per address: the fifth upgrade is refused with 429; closing one frees a place", async () => {
    const url = `${h.url.replace(/^http/, "ws")}/graphql`;
    const open = async () => {
      const ws = new WebSocket(url, "graphql-transport-ws");
      return new Promise<{ ws: WebSocket; status: number }>((resolve) => {
        ws.once("open", () => resolve({ ws, status: 101 }));
        ws.once("unexpected-response", (_req, res) => resolve({ ws, status: res.statusCode ?? 0 }));
        ws.once("error", () => undefined);
      });
    };
    const four = await Promise.all([open(), open(), open(), open()]);
    expect(four.map((s) => s.status)).toEqual([101, 101, 101, 101]);
    expect((await open()).status).toBe(429);
    const first = four[0] as { ws: WebSocket };
    await new Promise((r) => {
      first.ws.once("close", r);
      first.ws.close();
    });
    // The server frees the place when it sees the close, a moment after the client does.
    const again = await waitFor("a place to free up", async () => {
      const s = await open();
      if (s.status === 101) return s;
      s.ws.terminate();
      return false;
    });
    expect(again.status).toBe(101);
    await Promise.all([...four.slice(1), again].map((s) => new Promise((r) => s.ws.once("close", r).close())));
  });

  it("subscriptions per connection: the third at once is refused with TOO_MANY_SUBSCRIPTIONS", async () => {
    const client = wsClient(h.url);
    const outcomes: unknown[] = [];
    const disposers = [0, 1, 2].map((i) =>
      client.subscribe(
        { query: "subscription { jobUpdates { id } }" },
        {
          next: () => undefined,
          error: (e) => outcomes.push({ i, e }),
          complete: () => outcomes.push({ i, done: true }),
        },
      ),
    );
    await waitFor("the refusal", () => JSON.stringify(outcomes).includes("TOO_MANY_SUBSCRIPTIONS"));
    // One more round trip on the same socket: whatever the server said about the other two came before its answer.
    await new Promise<void>((resolve) => {
      client.subscribe(
        { query: "{ __typename }" },
        { next: () => undefined, error: () => resolve(), complete: resolve },
      );
    });
    expect(JSON.stringify(outcomes)).toContain("TOO_MANY_SUBSCRIPTIONS");
    expect(outcomes, JSON.stringify(outcomes)).toHaveLength(1);
    for (const d of disposers) d();
    await client.dispose();
  });
});
