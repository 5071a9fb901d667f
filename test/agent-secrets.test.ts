import { describe, expect, it } from "vitest";
import type { JsonObject } from "../src/gemini/types.ts";
import { postGql } from "./support/clients.ts";
import { userWithKey } from "./support/factories.ts";
import { ANTIGRAVITY, MODEL, useJobsHarness } from "./support/jobs.ts";

/**
 * A custom agent's credentials (an MCP server's Authorization header, a header
 * its environment's egress proxy injects) are sealed in its row like a turn's:
 * they reach upstream when the agent runs, and show in no answer (typed or the
 * deprecated JSON) and no database row.
 */
const TOKEN = "agent-mcp-bearer-5b2d8e41-never-stored";
const NET_KEY = "agent-net-key-9c4a7f03-never-stored";
const MCP = { name: "docs", url: "https://mcp.example.test/sse", headers: { Authorization: `Bearer ${TOKEN}` } };
const ENVIRONMENT = {
  config: {
    network: { allowlist: [{ domain: "api.acme.dev", headers: [{ name: "X-Api-Key", value: NET_KEY }] }] },
  },
};

const suite = useJobsHarness({ SECRETS_KEY: "agent-secrets-test-key-0123456789abcdef" });

const AGENT_FIELDS = `id tools { mcpServer } toolsJson baseEnvironmentJson
  baseEnvironment { config { network { allowlist { domain transformHeaders } } } }`;

type Answer<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
const answers: string[] = [];

async function gql<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const text = await (await postGql(suite.h.url, query, variables, headers)).text();
  answers.push(text);
  return JSON.parse(text) as Answer<T>;
}

/** Every row of the tables that could keep a credential, as the database holds them. */
async function rawRows(tables = ["Agent", "Conversation", "Interaction", "Job"]): Promise<string> {
  const db = suite.h.database.prisma;
  const rows = await Promise.all(tables.map((t) => db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${t}"`)));
  return JSON.stringify(rows);
}

/** The headers of the mcp_server tool in a create body. */
const mcpHeaders = (body: JsonObject | undefined) => {
  const tools = Array.isArray(body?.tools) ? body.tools : [];
  const mcp = tools.find((t) => typeof t === "object" && t !== null && !Array.isArray(t) && t.type === "mcp_server");
  return typeof mcp === "object" && mcp !== null && !Array.isArray(mcp) ? mcp.headers : undefined;
};

/** Runs the agent in the background to its end; answers the create bodies upstream received meanwhile. */
async function run(agent: string, headers: Record<string, string>) {
  const sent = suite.h.emulator.requests.length;
  const { interaction, jobId } = await suite.background({ agent, text: "look it up" }, headers);
  await suite.jobIn(jobId, "SUCCEEDED", headers);
  return { interactionId: interaction.id, upstream: suite.h.emulator.requests.slice(sent) };
}

describe("a custom agent's credentials", () => {
  it("are sealed in its row, shown by name only, and reach upstream when it runs", async () => {
    const owner = await userWithKey(suite.h.database.prisma);
    // Without upstream's agents resource this server lays the agent's settings over each run itself.
    suite.h.emulator.store.agents.enabled = false;
    const made = await gql<{ createAgent: JsonObject & { id: string } }>(
      `mutation($i: CreateAgentInput!) { createAgent(input: $i) { ${AGENT_FIELDS} } }`,
      { i: { name: "Sealed", baseAgent: ANTIGRAVITY, tools: [{ mcpServer: MCP }], baseEnvironment: ENVIRONMENT } },
      owner.headers,
    ).finally(() => {
      suite.h.emulator.store.agents.enabled = true;
    });
    expect(made.errors).toBeUndefined();
    const agent = made.data?.createAgent;
    expect(agent?.tools).toEqual([{ mcpServer: { name: "docs", url: MCP.url, headers: ["Authorization"] } }]);
    expect(agent?.toolsJson).toEqual([{ type: "mcp_server", name: "docs", url: MCP.url, headers: ["Authorization"] }]);
    expect(agent?.baseEnvironment).toEqual({
      config: { network: { allowlist: [{ domain: "api.acme.dev", transformHeaders: ["X-Api-Key"] }] } },
    });
    expect(agent?.baseEnvironmentJson).toMatchObject({
      network: { allowlist: [{ domain: "api.acme.dev", transform: ["X-Api-Key"] }] },
    });

    const raw = await rawRows();
    expect(raw).toContain("X-Api-Key");
    expect(raw).not.toContain(TOKEN);
    expect(raw).not.toContain(NET_KEY);

    const { interactionId, upstream } = await run(agent?.id ?? "", owner.headers);
    const create = upstream.find((r) => r.agent === ANTIGRAVITY);
    expect(mcpHeaders(create)).toEqual(MCP.headers);
    expect(create?.environment).toMatchObject({
      network: { allowlist: [{ domain: "api.acme.dev", transform: { "X-Api-Key": NET_KEY } }] },
    });

    // The run's own row (its request, the job) keeps them sealed too.
    const after = await rawRows();
    expect(after).not.toContain(TOKEN);
    expect(after).not.toContain(NET_KEY);

    const listed = await gql(
      `query($id: ID!) { agents { ${AGENT_FIELDS} } interaction(id: $id) { id json } }`,
      { id: interactionId },
      owner.headers,
    );
    expect(listed.errors).toBeUndefined();
    for (const text of answers) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(NET_KEY);
      expect(text).not.toContain("sealed_headers");
    }
  });

  it("kept by upstream's agents resource go there in clear, and nowhere here", async () => {
    const owner = await userWithKey(suite.h.database.prisma);
    const made = await gql<{ createAgent: { id: string } }>(
      `mutation($i: CreateAgentInput!) { createAgent(input: $i) { ${AGENT_FIELDS} } }`,
      {
        i: { name: "Kept upstream", baseAgent: ANTIGRAVITY, tools: [{ mcpServer: MCP }], baseEnvironment: ENVIRONMENT },
      },
      owner.headers,
    );
    expect(made.errors).toBeUndefined();
    const id = made.data?.createAgent.id ?? "";
    expect(suite.h.emulator.store.agents.has(id)).toBe(true);
    // Upstream runs it by its id with the settings it keeps: the credentials it was given in clear.
    const sent = suite.h.emulator.requests.length;
    const { interaction, jobId } = await suite.background({ agent: id, text: "look it up" }, owner.headers);
    await suite.jobIn(jobId, "SUCCEEDED", owner.headers);
    expect(suite.h.emulator.requests.slice(sent).some((r) => r.agent === id)).toBe(true);
    const { remoteId } = await suite.h.database.prisma.interaction.findUniqueOrThrow({ where: { id: interaction.id } });
    const ran = suite.h.emulator.store.recs.get(remoteId ?? "")?.request;
    expect(mcpHeaders(ran)).toEqual(MCP.headers);
    expect(JSON.stringify(ran?.environment)).toContain(NET_KEY);

    const raw = await rawRows();
    expect(raw).not.toContain(TOKEN);
    expect(raw).not.toContain(NET_KEY);
  });

  it("of a shared agent go upstream on every user's run, sealed for that user in the run's row", async () => {
    const admin = await userWithKey(suite.h.database.prisma, "ADMIN");
    const other = await userWithKey(suite.h.database.prisma);
    suite.h.emulator.store.agents.enabled = false;
    const made = await gql<{ createAgent: { id: string } }>(
      `mutation($i: CreateAgentInput!) { createAgent(input: $i) { ${AGENT_FIELDS} } }`,
      {
        i: {
          name: "Shared",
          baseAgent: ANTIGRAVITY,
          shared: true,
          tools: [{ mcpServer: MCP }],
          baseEnvironment: ENVIRONMENT,
        },
      },
      admin.headers,
    ).finally(() => {
      suite.h.emulator.store.agents.enabled = true;
    });
    expect(made.errors).toBeUndefined();
    const { interactionId, upstream } = await run(made.data?.createAgent.id ?? "", other.headers);
    const create = upstream.find((r) => r.agent === ANTIGRAVITY);
    expect(mcpHeaders(create)).toEqual(MCP.headers);
    expect(JSON.stringify(create?.environment)).toContain(NET_KEY);
    const row = await suite.h.database.prisma.interaction.findUniqueOrThrow({ where: { id: interactionId } });
    expect(JSON.stringify(row.request)).toContain(other.user.id);
    expect(JSON.stringify(row.request)).not.toContain(TOKEN);
  });

  it("saved in clear before sealing still reach upstream, and still show by name only", async () => {
    const owner = await userWithKey(suite.h.database.prisma);
    const legacy = await suite.h.database.prisma.agent.create({
      data: {
        ownerId: owner.user.id,
        name: "Old row",
        baseAgent: ANTIGRAVITY,
        tools: [{ type: "mcp_server", ...MCP }],
        baseEnvironment: {
          type: "remote",
          network: { allowlist: [{ domain: "api.acme.dev", transform: { "X-Api-Key": NET_KEY } }] },
        },
      },
    });
    const shown = await gql<{ agent: JsonObject }>(
      `query($id: ID!) { agent(id: $id) { ${AGENT_FIELDS} } }`,
      { id: legacy.id },
      owner.headers,
    );
    expect(shown.errors).toBeUndefined();
    expect(shown.data?.agent.baseEnvironmentJson).toMatchObject({
      network: { allowlist: [{ domain: "api.acme.dev", transform: ["X-Api-Key"] }] },
    });
    expect(JSON.stringify(shown)).not.toContain(TOKEN);
    expect(JSON.stringify(shown)).not.toContain(NET_KEY);

    const { upstream } = await run(legacy.id, owner.headers);
    const create = upstream.find((r) => r.agent === ANTIGRAVITY);
    expect(mcpHeaders(create)).toEqual(MCP.headers);
    expect(JSON.stringify(create?.environment)).toContain(NET_KEY);
    // The run's row keeps them sealed, though the agent's old row does not.
    const rows = await suite.h.database.prisma.$queryRawUnsafe<unknown[]>(`SELECT * FROM "Interaction"`);
    expect(JSON.stringify(rows)).not.toContain(NET_KEY);
  });
});

describe("a conversation's injected network headers", () => {
  it("are sealed in its settings and shown by name only in settingsJson", async () => {
    const owner = await userWithKey(suite.h.database.prisma);
    const sent = await gql<{ sendMessage: { conversation: { id: string; settingsJson: JsonObject } } }>(
      `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id conversation { id settingsJson
        settings { environment { config { network { allowlist { domain transformHeaders } } } } } } } }`,
      { i: { model: MODEL, text: "hi", environment: ENVIRONMENT } },
      owner.headers,
    );
    expect(sent.errors).toBeUndefined();
    expect(JSON.stringify(suite.h.emulator.requests.at(-1)?.environment)).toContain(NET_KEY);
    expect(sent.data?.sendMessage.conversation.settingsJson).toMatchObject({
      environmentJson: { network: { allowlist: [{ domain: "api.acme.dev", transform: ["X-Api-Key"] }] } },
    });
    expect(JSON.stringify(sent)).not.toContain(NET_KEY);
    // (The Agent table holds the row written in clear by the test before.)
    const raw = await rawRows(["Conversation", "Interaction", "Job"]);
    expect(raw).not.toContain(NET_KEY);
    expect(raw).not.toContain(TOKEN);
  });
});
