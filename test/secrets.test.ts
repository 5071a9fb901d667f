import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type Emulator, startEmulator } from "../src/emulator/server.ts";
import { postGql } from "./support/clients.ts";
import { type ServerProcess, startServerProcess } from "./support/server-process.ts";
import { waitFor } from "./support/wait.ts";

/**
 * No API key, key hash, console credential or upstream secret in any
 * response or log line. The server runs as `npm start` runs it (a child
 * process, debug logs on) and the test reads its raw stdout and stderr: no
 * logger that redacts on the test's behalf.
 */
const UPSTREAM_KEY = "upstream-secret-AIza-9d8c7b6a5f4e";

let emulator: Emulator;
let server: ServerProcess;
let dir: string;
const responses: string[] = [];
const secrets: string[] = [UPSTREAM_KEY];

/** A request whose whole response (status, headers, body) is kept for the checks at the end. */
async function gql(query: string, variables: Record<string, unknown>, authorization?: string) {
  const res = await postGql(server.url, query, variables, authorization ? { authorization } : {});
  const text = await res.text();
  responses.push(`${res.status} ${JSON.stringify([...res.headers])} ${text}`);
  const body = JSON.parse(text) as { data?: Record<string, never>; errors?: { extensions?: { code?: string } }[] };
  return { ...body, requestId: res.headers.get("x-request-id") };
}

beforeAll(async () => {
  emulator = await startEmulator();
  dir = await mkdtemp(join(tmpdir(), "gig-secrets-"));
  server = await startServerProcess(
    {
      DATA_DIR: dir,
      ALLOW_ANONYMOUS: "false",
      LOG_LEVEL: "debug",
      GEMINI_API_KEY: UPSTREAM_KEY,
      GEMINI_BASE_URL: emulator.url,
    },
    120_000,
  );
}, 150_000);
afterAll(async () => {
  await server?.stop();
  await emulator?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("secrets never leave the server", () => {
  it("keys, key hashes, the console credential and the upstream key appear in no response and no log line", async () => {
    const console = JSON.parse(await readFile(join(dir, "admin.token"), "utf8")) as { token: string };
    secrets.push(console.token);
    const admin = `Bearer ${console.token}`;
    const user = await gql('mutation { createUser(input: { name: "sam" }) { id } }', {}, admin);
    const userId = (user.data!.createUser as unknown as { id: string }).id;
    const made = await gql(
      'mutation($u: ID) { createApiKey(input: { userId: $u, name: "k" }) { secret apiKey { id prefix } } }',
      { u: userId },
      admin,
    );
    const { secret, apiKey } = made.data!.createApiKey as unknown as { secret: string; apiKey: { id: string } };
    // The secret is shown once, in that answer: it is the one response allowed to hold it.
    responses.pop();
    secrets.push(secret);
    const bearer = `Bearer ${secret}`;

    // Normal use, upstream errors, bad keys, revocation, sockets: every path that logs.
    await gql(
      'mutation { createInteraction(input: { model: "gemini-3.5-flash", text: "hello" }) { id status } }',
      {},
      bearer,
    );
    emulator.faults.add([{ op: "create", status: 401, message: `API key not valid: ${UPSTREAM_KEY}`, times: 1 }]);
    const refused = await gql(
      'mutation { createInteraction(input: { model: "gemini-3.5-flash", text: "x" }) { id } }',
      {},
      bearer,
    );
    expect(refused.errors?.length).toBeGreaterThan(0);
    await gql("{ viewer { id } apiKeys { edges { node { id prefix name } } } }", {}, bearer);
    await gql("{ viewer { id } }", {}, `Bearer ${secret}x`);
    await gql("{ viewer { id } }", {}, `Bearer ${console.token.slice(0, -2)}`);
    await gql("{ auditLog { edges { node { action details } } } }", {}, admin);
    const ws = createClient({
      url: `${server.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: bearer },
      retryAttempts: 0,
    });
    const closed = new Promise<number>((resolve) => ws.on("closed", (e) => resolve((e as { code: number }).code)));
    const connected = new Promise<void>((resolve) => ws.on("connected", () => resolve()));
    ws.subscribe(
      { query: "subscription { jobUpdates { id } }" },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await connected;
    await gql("mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }", { id: apiKey.id }, admin);
    expect(await closed).toBe(4403);
    const last = await gql("{ viewer { id } }", {}, bearer);
    // Its access line is written when its response is over: after it, the server has logged all of the above.
    await waitFor("the last request's access line", () => server.output().includes(`"requestId":"${last.requestId}"`));

    const hashes = secrets.map((s) => createHash("sha256").update(s).digest("hex"));
    const output = server.output();
    expect(output.length).toBeGreaterThan(0);
    expect(output).toContain('"level":"debug"');
    for (const needle of [...secrets, ...hashes]) {
      expect(output.includes(needle), "found in the server's output").toBe(false);
      for (const r of responses) expect(r.includes(needle), `found in a response: ${r.slice(0, 200)}`).toBe(false);
    }
    // The server really went upstream with its key (so the checks above could have failed).
    expect(emulator.stats().creates).toBeGreaterThan(0);
  }, 120_000);
});
