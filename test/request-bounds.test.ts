import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGql } from "./support/clients.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

/**
 * No single request takes the server down, and bounds are checked before work: the list-aware
 * cost limit, text and variable checks, parts per turn, oversize and slow bodies (issue 24).
 */

let h: Harness;
let conversationId: string;
let firstId: string;

type Body = { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
const post = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
  const res = await postGql(h.url, query, variables, headers);
  return { status: res.status, body: (await res.json()) as Body };
};
const codes = (b: Body) => (b.errors ?? []).map((e) => e.extensions?.code);
const creates = () => h.emulator.stats().creates;

beforeAll(async () => {
  h = await startHarness();
  const sent = await post(
    `mutation { sendMessage(input: { text: "hi", model: "gemini-2.5-flash" }) { id conversation { id } } }`,
  );
  const msg = sent.body.data?.sendMessage as { id: string; conversation: { id: string } };
  firstId = msg.id;
  conversationId = msg.conversation.id;
  // Ten siblings: the first message and nine regenerations of it.
  for (let i = 0; i < 9; i++) {
    const r = await post("mutation($id: ID!) { regenerate(interactionId: $id) { id } }", { id: firstId });
    expect(r.body.errors).toBeUndefined();
  }
}, 120_000);
afterAll(async () => {
  await h?.close();
});

const nested = (depth: number) => {
  let inner = "id";
  for (let i = 0; i < depth; i++) inner = `siblings { ${inner} }`;
  return inner;
};

describe("one query cannot take the server down", () => {
  it("the 8-deep siblings query over 10 siblings is refused in under a second while another client is answered", async () => {
    const attack = `query($id: ID!) { conversation(id: $id) { messages { ${nested(8)} } } }`;
    const started = performance.now();
    const [refused, other] = await Promise.all([
      post(attack, { id: conversationId }),
      (async () => {
        const t0 = performance.now();
        const r = await post("{ __typename }");
        return { ...r, ms: performance.now() - t0 };
      })(),
    ]);
    const ms = performance.now() - started;
    expect(refused.status).toBe(400);
    expect(codes(refused.body)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(refused.body.data).toBeUndefined();
    expect(ms).toBeLessThan(1_000);
    expect(other.body.data).toEqual({ __typename: "Query" });
    expect(other.ms).toBeLessThan(1_000);
    // Healthy afterwards: an ordinary read of the same conversation works.
    const after = await post("query($id: ID!) { conversation(id: $id) { messages { id siblingCount } } }", {
      id: conversationId,
    });
    expect(after.body.data?.conversation).toEqual({ messages: [{ id: expect.any(String), siblingCount: 10 }] });
  });

  it("a nested list that fits its pages is answered, capped at what it was charged for", async () => {
    const r = await post(`query($id: ID!) { conversation(id: $id) { messages { ${nested(2)} } } }`, {
      id: conversationId,
    });
    expect(r.body.errors).toBeUndefined();
    const conversation = r.body.data?.conversation as { messages: { siblings: unknown[] }[] } | undefined;
    expect(conversation?.messages[0]?.siblings).toHaveLength(10);
    const three = await post("query($id: ID!) { interaction(id: $id) { siblings(first: 3) { id } } }", { id: firstId });
    expect((three.body.data?.interaction as { siblings: unknown[] } | undefined)?.siblings).toHaveLength(3);
    const over = await post("query($id: ID!) { interaction(id: $id) { siblings(first: 101) { id } } }", {
      id: firstId,
    });
    expect(codes(over.body)).toEqual(["VALIDATION_ERROR"]);
  });

  it("page sizes given as variables count like literals; omitting first does not escape the multiplier", async () => {
    const admin = `query($u: Int, $k: Int) { users(first: $u) { edges { node { id apiKeys(first: $k) {
      edges { cursor node { id name scopes createdAt lastUsedAt owner { id name } } } } } } } }`;
    const { headers } = await userWithKey(h.database.prisma, "ADMIN");
    // The natural admin query passes (issue 28)...
    const natural = await post(admin, { u: 50, k: 20 }, headers);
    expect(natural.body.errors, JSON.stringify(natural.body.errors)).toBeUndefined();
    // ...100 × 100 through variables is charged as such and refused before it runs.
    expect(codes((await post(admin, { u: 100, k: 100 }, headers)).body)).toEqual(["QUERY_TOO_COMPLEX"]);
    // Without `first`, each list is charged its default page: 20 × 20 passes, and three levels of it do not.
    expect((await post(admin, {}, headers)).body.errors).toBeUndefined();
    const deep = `query($id: ID!) { conversation(id: $id) { messages { children { children { children { children { id outputText } } } } } } }`;
    expect(codes((await post(deep, { id: conversationId })).body)).toEqual(["QUERY_TOO_COMPLEX"]);
  });
});

describe("input that cannot be sent is refused before upstream", () => {
  it("a lone surrogate in text is a VALIDATION_ERROR and nothing is created upstream", async () => {
    const before = creates();
    const r = await post(
      'mutation($t: String!) { sendMessage(input: { text: $t, model: "gemini-2.5-flash" }) { id } }',
      {
        t: "a\ud800b",
      },
    );
    expect(codes(r.body)).toEqual(["VALIDATION_ERROR"]);
    // A proper pair (an emoji) is fine.
    const ok = await post(
      'mutation($t: String!) { sendMessage(input: { text: $t, model: "gemini-2.5-flash" }) { id } }',
      {
        t: "a😀b",
      },
    );
    expect(ok.body.errors).toBeUndefined();
    expect(creates()).toBe(before + 1);
  });

  it("a JSON variable nested 100,000 deep is a VALIDATION_ERROR, nothing created upstream", async () => {
    const before = creates();
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const res = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query":"mutation($g: JSON) { sendMessage(input: { text: \\"x\\", model: \\"gemini-2.5-flash\\", generationConfigJson: $g }) { id } }","variables":{"g":${deep}}}`,
    });
    const body = (await res.json()) as Body;
    expect(codes(body)).toEqual(["VALIDATION_ERROR"]);
    expect(creates()).toBe(before);
    expect((await post("{ __typename }")).body.data).toEqual({ __typename: "Query" });
  });

  it("a turn with 10,000 parts is refused before any URL is fetched", async () => {
    let fetched = 0;
    const site: Server = createServer((_req, res) => {
      fetched++;
      res.end("x");
    });
    await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
    const port = (site.address() as { port: number }).port;
    const before = creates();
    const parts = Array.from({ length: 10_000 }, (_, i) => ({
      uri: { uri: `http://127.0.0.1:${port}/p${i}`, mimeType: "text/plain" },
    }));
    const r = await post(
      'mutation($p: [ContentInput!]) { sendMessage(input: { parts: $p, model: "gemini-2.5-flash" }) { id } }',
      { p: parts },
    );
    site.close();
    expect(codes(r.body)).toEqual(["VALIDATION_ERROR"]);
    expect(r.body.errors?.[0]?.message).toMatch(/TURN_MAX_PARTS/);
    expect(fetched).toBe(0);
    expect(creates()).toBe(before);
  });
});

describe("bodies", () => {
  it("a 5 MB JSON body gives Node's fetch the 413, not EPIPE", async () => {
    const res = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(5 * 1024 * 1024) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as Body;
    expect(codes(body)).toEqual(["REQUEST_TOO_LARGE"]);
  });
});

describe("settings for what estimation misses", () => {
  let small: Harness;
  beforeAll(async () => {
    small = await startHarness({
      env: { GRAPHQL_MAX_RESPONSE_BYTES: "2048", HTTP_REQUEST_TIMEOUT_MS: "1500", HTTP_HEADERS_TIMEOUT_MS: "1500" },
    });
  }, 60_000);
  afterAll(async () => {
    await small?.close();
  });

  it("a result over GRAPHQL_MAX_RESPONSE_BYTES is replaced by RESPONSE_TOO_LARGE", async () => {
    const big = "y".repeat(3_000);
    await postGql(
      small.url,
      'mutation($t: String!) { sendMessage(input: { text: $t, model: "gemini-2.5-flash" }) { id } }',
      {
        t: big,
      },
    );
    const res = await postGql(
      small.url,
      "{ conversations(first: 5) { edges { node { messages { input { ... on TextContent { text } } } } } } }",
    );
    const body = (await res.json()) as Body;
    expect(codes(body)).toEqual(["RESPONSE_TOO_LARGE"]);
    expect(JSON.stringify(body)).not.toContain(big);
  });

  it("a body that trickles in is cut at HTTP_REQUEST_TIMEOUT_MS", async () => {
    const port = new URL(small.url).port;
    const started = performance.now();
    const closed = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write(
          "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
        );
      });
      let answer = "";
      socket.on("data", (d) => {
        answer += String(d);
      });
      socket.on("close", () => resolve(answer));
      socket.on("error", () => undefined);
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(closed).toMatch(/^HTTP\/1.1 408/);
  });
});
