import { type Context, requireViewer } from "../context.ts";
import * as agents from "../engine/agents/index.ts";
import { upstreamTools } from "../engine/turns/body.ts";
import { type EnvironmentInput, upstreamEnvironment } from "../engine/turns/controls.ts";
import { type GraphQLTool, toolsFromGraphQL } from "../engine/turns/grounding.ts";
import { checkToolReferences } from "../engine/turns/input.ts";
import type { Agent } from "../generated/prisma/client.ts";
import { NotFoundError, ValidationError } from "../infra/errors.ts";

/** Custom agents: anyone makes their own; only admins share one with every user. */

export interface AgentArgs {
  name?: string | null;
  baseAgent?: string | null;
  description?: string | null;
  systemInstruction?: string | null;
  tools?: GraphQLTool[] | null;
  agentConfig?: unknown;
  baseEnvironment?: EnvironmentInput | null;
  /** Deprecated: upstream's environment value as JSON. */
  baseEnvironmentJson?: unknown;
  shared?: boolean | null;
}

/** A built-in agent or a custom one, as the `agents` list shows both. */
export type AgentView = { builtIn: true; agent: agents.BuiltInAgent } | { builtIn: false; agent: Agent };

/** The typed baseEnvironment (or the deprecated JSON) as upstream's value; undefined leaves it as it is, null clears it. */
function baseEnvironmentOf({ baseEnvironment: typed, baseEnvironmentJson: json }: AgentArgs): unknown {
  if (typed && json !== undefined && json !== null)
    throw new ValidationError("Give baseEnvironment or baseEnvironmentJson, not both", "baseEnvironment");
  if (typed) return upstreamEnvironment(typed);
  return json === undefined ? typed : json;
}

function toInput(ctx: Context, input: AgentArgs): agents.AgentInput {
  const tools = toolsFromGraphQL(input.tools);
  checkToolReferences(ctx, tools);
  const { baseEnvironment: _typed, baseEnvironmentJson: _json, ...rest } = input;
  return {
    ...rest,
    baseEnvironment: baseEnvironmentOf(input),
    tools: tools === undefined ? undefined : (upstreamTools(tools, ctx.engine.functions) ?? null),
  };
}

const agentDeps = (ctx: Context): agents.AgentDeps => ({ upstream: ctx.engine.agents, secrets: ctx.engine.secrets });

/** The SDK's built-in agents, then the custom ones the viewer may run. */
export async function listAgents(ctx: Context): Promise<AgentView[]> {
  const viewer = requireViewer(ctx);
  const custom = await agents.listAgents(ctx.db, viewer.id);
  return [
    ...agents.builtInAgents().map((agent): AgentView => ({ builtIn: true, agent })),
    ...custom.map((agent): AgentView => ({ builtIn: false, agent })),
  ];
}

export async function agent(ctx: Context, id: string): Promise<AgentView | null> {
  const viewer = requireViewer(ctx);
  const builtIn = agents.builtInAgents().find((a) => a.id === id);
  if (builtIn) return { builtIn: true, agent: builtIn };
  const custom = await agents.findAgent(ctx.db, viewer.id, id);
  return custom ? { builtIn: false, agent: custom } : null;
}

export async function createAgent(ctx: Context, input: AgentArgs): Promise<AgentView> {
  const viewer = requireViewer(ctx);
  return { builtIn: false, agent: await agents.createAgent(ctx.db, viewer, toInput(ctx, input), agentDeps(ctx)) };
}

export async function updateAgent(ctx: Context, id: string, input: AgentArgs): Promise<AgentView> {
  const viewer = requireViewer(ctx);
  return {
    builtIn: false,
    agent: await agents.updateAgent(ctx.db, viewer, id, toInput(ctx, input), agentDeps(ctx)),
  };
}

export async function deleteAgent(ctx: Context, id: string): Promise<AgentView> {
  const viewer = requireViewer(ctx);
  return { builtIn: false, agent: await agents.deleteAgent(ctx.db, viewer, id, ctx.engine.agents) };
}

export async function ownerOfAgent(ctx: Context, view: AgentView) {
  if (view.builtIn) return null;
  const owner = await ctx.loaders.user.load(view.agent.ownerId);
  if (!owner) throw new NotFoundError("User", view.agent.ownerId);
  return owner;
}

/** The custom agent an interaction ran (null for a model, a built-in agent, or a deleted custom agent). */
export async function customAgentOf(ctx: Context, customAgentId: string | null): Promise<AgentView | null> {
  if (!customAgentId) return null;
  const row = await ctx.db.agent.findUnique({ where: { id: customAgentId } });
  return row ? { builtIn: false, agent: row } : null;
}

export const backgroundOnly = (v: AgentView) =>
  v.builtIn ? v.agent.backgroundOnly : agents.isBackgroundOnly(v.agent.baseAgent);
