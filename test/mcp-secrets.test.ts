import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/emulator/server.ts";
import type { JsonObject } from "../src/gemini/types.ts";
import { postGql } from "./support/clients.ts";
import { startHarness } from "./support/harness.ts";
import { type ServerProcess, startServerProcess } from "./support/server-process.ts";
import { waitFor } from "./support/wait.ts";

/**
 * An MCP server's bearer token, sent with a turn, goes upstream with that
 * user's turns and nowhere else: not in any answer, not in the database's
 * files, not in the logs, not on an admin's turn in the user's conversation.
 */
const TOKEN = "mcp-bearer-7f3e1c9a-never-stored";
const MCP = { name: "docs", url: "https://mcp.example.test/sse", headers: { Authorization: `Bearer ${TOKEN}` } };

let emulator: Emulator;
let server: ServerProcess;
let dir: string;
const responses: string[] = [];

async function gql<T>(query: string, variables: Record<string, unknown>, authorization: string) {
  const res = await postGql(server.url, query, variables, { authorization });
  const text = await res.text();
  responses.push(text);
  return JSON.parse(text) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** The mcp_server tool of the last create upstream received. */
const lastMcpTool = (): JsonObject | undefined => {
  const tools = emulator.requests.at(-1)?.tools;
  return Array.isArray(tools)
    ? (tools.find((t) => typeof t === "object" && t !== null && !Array.isArray(t) && t.type === "mcp_server") as
        | JsonObject
        | undefined)
    : undefined;
};

async function filesUnder(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

beforeAll(async () => {
  emulator = await startEmulator();
  dir = await mkdtemp(join(tmpdir(), "gig-mcp-secrets-"));
  server = await startServerProcess(
    {
      DATA_DIR: dir,
      ALLOW_ANONYMOUS: "false",
      LOG_LEVEL: "debug",
      GEMINI_API_KEY: "upstream-key-for-mcp-test-0123",
      GEMINI_BASE_URL: emulator.url,
      SECRETS_KEY: "a-long-server-key-for-sealing-mcp-headers-0001",
    },
    120_000,
  );
}, 150_000);
afterAll(async () => {
  await server?.stop();
  await emulator?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("MCP credentials", () => {
  it("reach upstream on the owner's turns only, and appear in no answer, database file or log line", async () => {
    const console = JSON.parse(await readFile(join(dir, "admin.token"), "utf8")) as { token: string };
    const admin = `Bearer ${console.token}`;
    const made = await gql<{ createUser: { id: string } }>(
      'mutation { createUser(input: { name: "m" }) { id } }',
      {},
      admin,
    );
    const key = await gql<{ createApiKey: { secret: string } }>(
      'mutation($u: ID) { createApiKey(input: { userId: $u, name: "k" }) { secret } }',
      { u: made.data?.createUser.id },
      admin,
    );
    const user = `Bearer ${key.data?.createApiKey.secret}`;
    const send = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id status conversation { id settings { tools { mcpServer } } } } }`;
    type Sent = {
      sendMessage: { id: string; status: string; conversation: { id: string; settings: { tools: JsonObject[] } } };
    };

    const first = await gql<Sent>(send, { i: { text: "look it up", tools: [{ mcpServer: MCP }] } }, user);
    expect(first.errors).toBeUndefined();
    expect(lastMcpTool()?.headers).toEqual(MCP.headers);
    const conversation = first.data?.sendMessage.conversation;
    // The API names the header; its value is nowhere in the answer.
    expect(conversation?.settings.tools).toEqual([
      { mcpServer: { name: "docs", url: MCP.url, headers: ["Authorization"] } },
    ]);

    // A later turn re-sends the saved credential.
    const again = await gql<Sent>(send, { i: { conversationId: conversation?.id, text: "and again" } }, user);
    expect(again.errors).toBeUndefined();
    expect(lastMcpTool()?.headers).toEqual(MCP.headers);

    // A background turn: its job rebuilds the body from the stored row, and still sends it.
    const before = emulator.requests.length;
    const queued = await gql<Sent>(
      send,
      { i: { conversationId: conversation?.id, text: "later", background: true } },
      user,
    );
    expect(queued.errors).toBeUndefined();
    await waitFor("the job's create upstream", () => emulator.requests.length > before, { timeoutMs: 30_000 });
    expect(lastMcpTool()?.headers).toEqual(MCP.headers);
    await waitFor("the background turn's end", async () => {
      const q = await gql<{ interaction: { status: string } }>(
        "query($id: ID!) { interaction(id: $id) { status } }",
        { id: queued.data?.sendMessage.id },
        user,
      );
      return q.data?.interaction.status === "COMPLETED";
    });

    // An admin's turn in the user's conversation keeps the tool but not the user's credential.
    const byAdmin = await gql<Sent>(
      send,
      { i: { conversationId: conversation?.id, text: "admin here", background: false } },
      admin,
    );
    expect(byAdmin.errors).toBeUndefined();
    expect(lastMcpTool()).toBeDefined();
    expect(lastMcpTool()?.headers).toBeUndefined();
    expect(JSON.stringify(emulator.requests.at(-1))).not.toContain(TOKEN);

    // Sealed for the user who sent it: a forged box is refused, not stored.
    const forged = await gql<Sent>(
      send,
      { i: { text: "x", tools: [{ mcpServer: { ...MCP, sealed_headers: { owner: "x", box: "v1.a.b.c" } } }] } },
      user,
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");

    const listed = await gql(
      "{ conversations { edges { node { settings { tools { mcpServer } } settingsJson interactions { edges { node { id } } } } } } }",
      {},
      admin,
    );
    expect(listed.errors).toBeUndefined();
    for (const r of responses) expect(r.includes(TOKEN), `in an answer: ${r.slice(0, 200)}`).toBe(false);

    await server.stop();
    expect(server.output()).toContain('"level":"debug"');
    expect(server.output().includes(TOKEN), "in the server's output").toBe(false);
    const files = await filesUnder(dir);
    expect(files.length).toBeGreaterThan(0);
    let bytes = 0;
    for (const file of files) {
      if ((await stat(file)).size > 200_000_000) continue;
      const data = await readFile(file);
      bytes += data.length;
      expect(data.includes(TOKEN), `in ${file}`).toBe(false);
      expect(data.includes(Buffer.from(TOKEN, "utf16le")), `in ${file}`).toBe(false);
    }
    expect(bytes).toBeGreaterThan(1_000_000);
  }, 180_000);

  it("are refused with SECRETS_KEY_MISSING when the server has no key to seal them", async () => {
    const h = await startHarness();
    try {
      const answer = await postGql(h.url, "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }", {
        i: { text: "hi", tools: [{ mcpServer: MCP }] },
      });
      const res = (await answer.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(res.errors?.[0]?.extensions?.code).toBe("SECRETS_KEY_MISSING");
      expect(h.emulator.requests.length).toBe(0);
    } finally {
      await h.close();
    }
  });
});
