import { describe, expect, it } from "vitest";
import { AGENTS } from "../src/gemini/agents.ts";
import {
  AgentRunDocument,
  AgentsDocument,
  CreateAgentDocument,
  DeleteAgentDocument,
  UpdateAgentDocument,
} from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { ANTIGRAVITY, DEEP_RESEARCH, useJobsHarness } from "./support/jobs.ts";

const suite = useJobsHarness();

/**
 * Every agent name the SDK's own types list (AgentOption in @google/genai 2.32), and code-mender, whose
 * config the SDK types (CodeMenderAgentConfig) without listing a name for it.
 */
const SDK_AGENTS = [
  "deep-research-pro-preview-12-2025",
  "deep-research-preview-04-2026",
  "deep-research-max-preview-04-2026",
  "antigravity-preview-05-2026",
  "code-mender",
];

const researcher = {
  name: "Competitor watch",
  baseAgent: DEEP_RESEARCH,
  description: "Researches our competitors",
  systemInstruction: "Write for a busy executive.",
  agentConfig: { type: "deep-research", visualization: "auto" },
};

/**
 * Runs a custom agent over deep research in the background, to the end: the run records the base agent and
 * the custom agent. Answers where the emulator's request log stood before it, and the interaction.
 */
async function researchWith(agentId: string, headers: Record<string, string>) {
  const sent = suite.h.emulator.requests.length;
  const { interaction, jobId } = await suite.background({ agent: agentId, text: "acme corp" }, headers);
  await suite.jobIn(jobId, "SUCCEEDED", headers);
  const run = (await suite.h.ok(AgentRunDocument, { id: interaction.id }, headers)).interaction;
  expect(run?.agent).toBe(DEEP_RESEARCH);
  expect(run?.customAgent).toEqual({ id: agentId, name: "Competitor watch" });
  expect(run?.outputText).toContain('Research report on "acme corp"');
  return { sent, interaction };
}

describe("agents", () => {
  it("lists the SDK's built-in agents first, with no owner", async () => {
    const { agents } = await suite.h.ok(AgentsDocument);
    const builtIn = agents.filter((a) => a.builtIn);
    expect(builtIn.map((a) => a.id)).toEqual(SDK_AGENTS);
    expect(Object.keys(AGENTS)).toEqual(SDK_AGENTS);
    expect(builtIn.every((a) => a.owner === null && a.baseAgent === a.id)).toBe(true);
    expect(builtIn.find((a) => a.id === ANTIGRAVITY)?.backgroundOnly).toBe(false);
  });

  it("creates a custom agent upstream (the agents resource); a background run names it there and records it", async () => {
    const owner = await userWithKey(suite.h.database.prisma);
    const { createAgent } = await suite.h.ok(CreateAgentDocument, { input: researcher }, owner.headers);
    const agents = suite.h.emulator.store.agents;
    expect(agents.has(createAgent.id)).toBe(true);

    const { sent, interaction } = await researchWith(createAgent.id, owner.headers);
    // Upstream ran its base agent with the settings it keeps for it.
    const { remoteId } = await suite.h.database.prisma.interaction.findUniqueOrThrow({ where: { id: interaction.id } });
    const ran = suite.h.emulator.store.recs.get(remoteId ?? "");
    expect(ran?.agent).toBe(DEEP_RESEARCH);
    expect(ran?.request).toMatchObject({ system_instruction: "Write for a busy executive." });
    const upstream = suite.h.emulator.requests.slice(sent).find((r) => r.agent === createAgent.id);
    expect(upstream).toMatchObject({ agent: createAgent.id, background: true });
    expect(upstream?.system_instruction).toBeUndefined();

    // A change is made upstream too; a delete removes it there.
    await suite.h.ok(UpdateAgentDocument, { id: createAgent.id, input: { name: "Renamed" } }, owner.headers);
    expect(agents.has(createAgent.id)).toBe(true);
    await suite.h.ok(DeleteAgentDocument, { id: createAgent.id }, owner.headers);
    expect(agents.has(createAgent.id)).toBe(false);
  });

  it("resolves a custom agent itself when upstream has no agents resource; the interaction records it", async () => {
    const owner = await userWithKey(suite.h.database.prisma);
    suite.h.emulator.store.agents.enabled = false;
    const { createAgent } = await suite.h.ok(CreateAgentDocument, { input: researcher }, owner.headers).finally(() => {
      suite.h.emulator.store.agents.enabled = true;
    });
    expect(suite.h.emulator.store.agents.has(createAgent.id)).toBe(false);
    expect(createAgent).toMatchObject({ builtIn: false, baseAgent: DEEP_RESEARCH, shared: false });
    expect(createAgent.owner?.id).toBe(owner.user.id);

    const { sent } = await researchWith(createAgent.id, owner.headers);
    // What went upstream: the base agent with the custom agent's settings, never its id.
    const upstream = suite.h.emulator.requests.slice(sent).find((r) => r.agent === DEEP_RESEARCH);
    expect(upstream).toMatchObject({
      agent: DEEP_RESEARCH,
      system_instruction: "Write for a busy executive.",
      agent_config: { type: "deep-research", visualization: "auto" },
      background: true,
    });
    expect(JSON.stringify(suite.h.emulator.requests.slice(sent))).not.toContain(createAgent.id);
  });

  it("refuses sharing from a non-admin, and shares an admin's agent with everyone", async () => {
    const user = await userWithKey(suite.h.database.prisma);
    const refused = await suite.h.gql(CreateAgentDocument, { input: { ...researcher, shared: true } }, user.headers);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const own = await suite.h.ok(CreateAgentDocument, { input: researcher }, user.headers);
    const update = await suite.h.gql(
      UpdateAgentDocument,
      { id: own.createAgent.id, input: { shared: true } },
      user.headers,
    );
    expect(update.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const admin = await userWithKey(suite.h.database.prisma, "ADMIN");
    const shared = await suite.h.ok(
      CreateAgentDocument,
      { input: { ...researcher, name: "Team sandbox", baseAgent: ANTIGRAVITY, agentConfig: null, shared: true } },
      admin.headers,
    );
    const other = await userWithKey(suite.h.database.prisma);
    const seen = (await suite.h.ok(AgentsDocument, undefined, other.headers)).agents.map((a) => a.id);
    expect(seen).toContain(shared.createAgent.id);
    expect(seen).not.toContain(own.createAgent.id);
    // A shared agent runs for everyone, but only its owner (or an admin) changes it.
    const edit = await suite.h.gql(
      UpdateAgentDocument,
      { id: shared.createAgent.id, input: { name: "x" } },
      other.headers,
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses another user's private agent like an unknown one, and a bad base agent", async () => {
    const owner = await userWithKey(suite.h.database.prisma);
    const other = await userWithKey(suite.h.database.prisma);
    const { createAgent } = await suite.h.ok(CreateAgentDocument, { input: researcher }, owner.headers);
    const run = await suite.h.gql(
      CreateAgentDocument,
      { input: { ...researcher, baseAgent: "not-an-agent" } },
      owner.headers,
    );
    expect(run.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "baseAgent" });
    await expect(suite.background({ agent: createAgent.id, text: "steal" }, other.headers)).rejects.toThrow(
      /Unknown agent/,
    );
    const del = await suite.h.gql(DeleteAgentDocument, { id: createAgent.id }, other.headers);
    expect(del.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await suite.h.ok(DeleteAgentDocument, { id: createAgent.id }, owner.headers);
    const after = (await suite.h.ok(AgentsDocument, undefined, owner.headers)).agents.map((a) => a.id);
    expect(after).not.toContain(createAgent.id);
  });
});
