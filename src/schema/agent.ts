import { builder } from "../builder.ts";
import * as agents from "../resolvers/agents.ts";
import * as settings from "../resolvers/settings.ts";
import { EnvironmentInput, EnvironmentSetting } from "./controls.ts";
import { Interaction, ToolInput } from "./interaction.ts";
import { Tool } from "./settings.ts";
import { User } from "./user.ts";

/** Fields of a built-in agent or a custom one (built-in agents have no owner and no settings). */
const custom = (v: agents.AgentView) => (v.builtIn ? null : v.agent);

export const Agent = builder.objectRef<agents.AgentView>("Agent").implement({
  description:
    "A managed agent: one of upstream's built-in agents, or a custom agent (a built-in base agent with its own settings). Either id goes wherever `agent` is accepted",
  fields: (t) => ({
    id: t.id({ resolve: (v) => v.agent.id }),
    name: t.string({ resolve: (v) => v.agent.name }),
    baseAgent: t.string({
      description: "The built-in agent that runs (a built-in agent's own id)",
      resolve: (v) => (v.builtIn ? v.agent.id : v.agent.baseAgent),
    }),
    description: t.string({ nullable: true, resolve: (v) => v.agent.description }),
    builtIn: t.boolean({ resolve: (v) => v.builtIn }),
    backgroundOnly: t.boolean({
      description: "Runs only with background: true",
      resolve: (v) => agents.backgroundOnly(v),
    }),
    shared: t.boolean({
      description: "Usable by every user (set by admins)",
      resolve: (v) => custom(v)?.shared ?? true,
    }),
    owner: t.field({ type: User, nullable: true, resolve: (v, _a, ctx) => agents.ownerOfAgent(ctx, v) }),
    systemInstruction: t.string({ nullable: true, resolve: (v) => custom(v)?.systemInstruction ?? null }),
    tools: t.field({
      type: [Tool],
      description: "Added before a run's own tools, as ToolInput names them (an MCP server's headers by name only)",
      resolve: (v) => settings.toolsOf(custom(v)?.tools),
    }),
    toolsJson: t.field({
      type: "JSON",
      nullable: true,
      description: "Upstream tools (snake_case); an MCP server's headers by name only",
      deprecationReason: "Use tools (typed); this JSON stays for one release",
      resolve: (v) => settings.toolsJsonOf(custom(v)?.tools),
    }),
    agentConfig: t.field({ type: "JSON", nullable: true, resolve: (v) => custom(v)?.agentConfig ?? null }),
    baseEnvironment: t.field({
      type: EnvironmentSetting,
      nullable: true,
      description: "The environment a run gets when it names none",
      resolve: (v) => settings.environmentOf(custom(v)?.baseEnvironment),
    }),
    baseEnvironmentJson: t.field({
      type: "JSON",
      nullable: true,
      description:
        'upstream\'s value of baseEnvironment: "remote", an environment id, or a config (injected network headers by name only)',
      deprecationReason: "Use baseEnvironment (typed); this JSON stays for one release",
      resolve: (v) => settings.environmentJsonOf(custom(v)?.baseEnvironment),
    }),
  }),
});

const fields = (required: boolean) =>
  builder.inputType(required ? "CreateAgentInput" : "UpdateAgentInput", {
    fields: (t) => ({
      name: t.string({ required, description: "1 to 100 characters" }),
      baseAgent: t.string({ required, description: "A built-in agent's id (see Query.agents)" }),
      description: t.string(),
      systemInstruction: t.string({ description: "Used when a run gives none" }),
      tools: t.field({ type: [ToolInput], description: "Added before a run's own tools" }),
      agentConfig: t.field({ type: "JSON", description: "Upstream agent_config; a run's own keys win" }),
      baseEnvironment: t.field({
        type: EnvironmentInput,
        description: "The environment a run gets when it names none (null: none)",
      }),
      baseEnvironmentJson: t.field({
        type: "JSON",
        description: 'upstream\'s value of baseEnvironment: "remote", an environment id, or a config',
        deprecationReason: "Use baseEnvironment (typed); this JSON stays for one release",
      }),
      shared: t.boolean({ description: "Offer it to every user (admins only: FORBIDDEN otherwise)" }),
    }),
  });
const CreateAgentInput = fields(true);
const UpdateAgentInput = fields(false);

builder.queryFields((t) => ({
  agents: t.field({
    type: [Agent],
    authScopes: { user: true },
    description: "The built-in agents (the SDK's catalogue), then the custom agents the viewer may run",
    resolve: (_r, _a, ctx) => agents.listAgents(ctx),
  }),
  agent: t.field({
    type: Agent,
    nullable: true,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => agents.agent(ctx, String(id)),
  }),
}));

builder.mutationFields((t) => ({
  createAgent: t.field({
    type: Agent,
    authScopes: { user: true },
    args: { input: t.arg({ type: CreateAgentInput, required: true }) },
    resolve: (_r, { input }, ctx) => agents.createAgent(ctx, input),
  }),
  updateAgent: t.field({
    type: Agent,
    authScopes: { user: true },
    description: "Your own agent (admins: anyone's); another user's is NOT_FOUND",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateAgentInput, required: true }) },
    resolve: (_r, { id, input }, ctx) => agents.updateAgent(ctx, String(id), input),
  }),
  deleteAgent: t.field({
    type: Agent,
    authScopes: { user: true },
    description: "Runs that used it keep their rows; their customAgent becomes null",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => agents.deleteAgent(ctx, String(id)),
  }),
}));

builder.objectFields(Interaction, (t) => ({
  customAgent: t.field({
    type: Agent,
    nullable: true,
    description: "The custom agent that ran (its base agent is `agent`); null for a model or a built-in agent",
    resolve: (i, _a, ctx) => agents.customAgentOf(ctx, i.customAgentId),
  }),
}));
