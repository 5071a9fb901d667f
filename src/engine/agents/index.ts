import { z } from "zod";
import type { UpstreamAgents } from "../../gemini/agent-resources.ts";
import { AGENTS } from "../../gemini/agents.ts";
import { type CreateBody, isObj, type Json, type JsonObject } from "../../gemini/types.ts";
import { type Agent, Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { ForbiddenError, ValidationError } from "../../infra/errors.ts";
import { assertCan, isAdmin, type Viewer } from "../access/policy.ts";
import { asJson, jsonObject } from "../store/json.ts";
import { openEnvironment, openTools, type Secrets, sealEnvironment, sealTools } from "../turns/secrets.ts";

/**
 * Custom agents: a built-in agent (the SDK's catalogue, gemini/agents.ts)
 * with settings laid over every run of it. Each is also created in
 * upstream's `agents` resource when upstream has one: a run then names it
 * upstream by that id. Without the resource this server resolves it: the run
 * goes upstream as its base agent plus those settings. Either way who may
 * use which agent is decided here, and the run's row records the custom agent.
 */

/** A built-in agent as the `agents` list shows it. */
export interface BuiltInAgent {
  id: string;
  name: string;
  description: string;
  backgroundOnly: boolean;
}

export const builtInAgents = (): BuiltInAgent[] =>
  Object.entries(AGENTS).map(([id, a]) => ({
    id,
    name: id,
    description: a.description,
    backgroundOnly: a.backgroundOnly,
  }));

export interface AgentInput {
  name?: string | null;
  baseAgent?: string | null;
  description?: string | null;
  systemInstruction?: string | null;
  /** Upstream tools (snake_case), already converted from the GraphQL input. */
  tools?: JsonObject[] | null;
  agentConfig?: unknown;
  baseEnvironment?: unknown;
  shared?: boolean | null;
}

const inputSchema = z.object({
  name: z.string().trim().min(1, "name must be 1 to 100 characters").max(100, "name must be 1 to 100 characters"),
  baseAgent: z
    .string()
    .refine((a) => a in AGENTS, { message: `baseAgent must be one of ${Object.keys(AGENTS).join(", ")}` }),
  description: z.string().max(2_000).nullish(),
  systemInstruction: z.string().max(100_000).nullish(),
  agentConfig: jsonObject.nullish(),
  baseEnvironment: z.union([z.string().min(1).max(200), jsonObject]).nullish(),
});

type NullableJson = Prisma.InputJsonValue | typeof Prisma.DbNull;
/** The columns a create or update sets (a field left out stays as it is). */
interface Columns {
  name?: string;
  baseAgent?: string;
  description?: string | null;
  systemInstruction?: string | null;
  tools?: NullableJson;
  agentConfig?: NullableJson;
  baseEnvironment?: NullableJson;
  shared?: boolean;
}

/** What create and update need besides the database: upstream's agents resource, and the sealing of credentials. */
export interface AgentDeps {
  upstream?: UpstreamAgents;
  secrets: Secrets;
}

/**
 * The columns of a create or update, validated; `shared` only from an admin.
 * Credentials (MCP headers, injected network headers) are sealed for the
 * agent's owner, like a turn's (turns/secrets.ts): a run opens them on its way upstream.
 */
function columns(viewer: Viewer, input: AgentInput, partial: boolean, owner: string, secrets: Secrets): Columns {
  const parsed = (partial ? inputSchema.partial() : inputSchema).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ValidationError(issue?.message ?? "Invalid agent", issue?.path.join("."));
  }
  if (input.shared && !isAdmin(viewer)) throw new ForbiddenError("Only admins may share an agent with every user");
  const { agentConfig, baseEnvironment, ...plain } = parsed.data;
  const type = agentConfig?.type;
  const base = plain.baseAgent ?? undefined;
  if (base && type !== undefined && type !== "dynamic" && type !== AGENTS[base]?.configType)
    throw new ValidationError(`agentConfig.type must be "${AGENTS[base]?.configType}" for ${base}`, "agentConfig.type");
  const json = (v: Json | null | undefined) => (v === null ? Prisma.DbNull : (v ?? undefined));
  const tools = input.tools && sealTools(input.tools, owner, secrets);
  return {
    ...plain,
    ...(input.tools !== undefined ? { tools: tools ?? Prisma.DbNull } : {}),
    agentConfig: json(agentConfig),
    baseEnvironment: json(baseEnvironment && sealEnvironment(baseEnvironment, owner, secrets)),
    ...(input.shared !== undefined && input.shared !== null ? { shared: input.shared } : {}),
  };
}

/**
 * Who may run a custom agent: its owner, and everyone when it is shared.
 * Admins too run only these (they may still change or delete anyone's).
 */
const usableBy = (userId: string): Prisma.AgentWhereInput => ({ OR: [{ ownerId: userId }, { shared: true }] });

/** The custom agents the user may run, newest first. */
export function listAgents(db: Db, userId: string): Promise<Agent[]> {
  return db.agent.findMany({ where: usableBy(userId), orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

/** One custom agent the user may run; null when missing or not theirs to use. */
export function findAgent(db: Db, userId: string, id: string): Promise<Agent | null> {
  return db.agent.findFirst({ where: { id, ...usableBy(userId) } });
}

/** The agent as upstream's `agents` resource takes it: credentials opened (upstream runs it without this server). */
function remoteAgent(agent: Agent, secrets: Secrets): JsonObject {
  const out: JsonObject = { base_agent: agent.baseAgent };
  if (agent.description) out.description = agent.description;
  if (agent.systemInstruction) out.system_instruction = agent.systemInstruction;
  for (const [key, value] of [
    ["tools", agent.tools],
    ["agent_config", agent.agentConfig],
    ["base_environment", agent.baseEnvironment],
  ] as const) {
    const json = asJson(value);
    if (json !== undefined && json !== null) out[key] = json;
  }
  if (Array.isArray(out.tools)) out.tools = openTools(out.tools.filter(isObj), secrets);
  if (out.base_environment !== undefined) out.base_environment = openEnvironment(out.base_environment, secrets);
  return out;
}

/** Creates (or, changed, creates again) the agent upstream; its row records whether upstream keeps it. */
async function publish(db: Db, { upstream, secrets }: AgentDeps, agent: Agent): Promise<Agent> {
  if (!upstream) return agent;
  // Upstream has create and delete, no update: a changed agent is made again under the same id.
  if (agent.remoteId) await upstream.delete(agent.remoteId);
  const kept = await upstream.create(agent.id, remoteAgent(agent, secrets));
  const remoteId = kept ? agent.id : null;
  return remoteId === agent.remoteId ? agent : db.agent.update({ where: { id: agent.id }, data: { remoteId } });
}

export async function createAgent(db: Db, viewer: Viewer, input: AgentInput, deps: AgentDeps): Promise<Agent> {
  const { name, baseAgent, ...rest } = columns(viewer, input, false, viewer.id, deps.secrets);
  // The full schema ran: both are set.
  if (!name || !baseAgent) throw new ValidationError("name and baseAgent are required", "name");
  const agent = await db.agent.create({ data: { ...rest, name, baseAgent, ownerId: viewer.id } });
  try {
    return await publish(db, deps, agent);
  } catch (err) {
    // Upstream refused it: nothing is left of it here either.
    await db.agent.delete({ where: { id: agent.id } });
    throw err;
  }
}

/** Changes an agent the viewer owns (admins: any); another user's, even a shared one, is NOT_FOUND. */
export async function updateAgent(
  db: Db,
  viewer: Viewer,
  id: string,
  input: AgentInput,
  deps: AgentDeps,
): Promise<Agent> {
  const agent = assertCan(viewer, "write", await db.agent.findUnique({ where: { id } }), "Agent", id);
  const data = columns(
    viewer,
    { ...input, baseAgent: input.baseAgent ?? undefined },
    true,
    agent.ownerId,
    deps.secrets,
  );
  return publish(db, deps, await db.agent.update({ where: { id: agent.id }, data }));
}

/** Deletes an agent the viewer owns (admins: any); the runs that used it keep their rows (customAgent null). */
export async function deleteAgent(db: Db, viewer: Viewer, id: string, upstream?: UpstreamAgents): Promise<Agent> {
  const agent = assertCan(viewer, "write", await db.agent.findUnique({ where: { id } }), "Agent", id);
  if (agent.remoteId) await upstream?.delete(agent.remoteId);
  await db.agent.delete({ where: { id: agent.id } });
  return agent;
}

/**
 * A custom agent's settings under the run's own: the run's agent_config keys win, tools add up. Its
 * credentials are opened here: whoever may run it (its owner, anyone when shared) runs it with them,
 * as upstream's agents resource would; the run's request seals them again for the user running it.
 */
function layer(agent: Agent, body: CreateBody, secrets: Secrets): CreateBody {
  const out: CreateBody = { ...body, agent: agent.baseAgent };
  const config = asJson(agent.agentConfig);
  if (isObj(config)) out.agent_config = { ...config, ...(body.agent_config ?? {}) };
  const tools = asJson(agent.tools);
  if (Array.isArray(tools) && tools.length)
    out.tools = [...openTools(tools.filter(isObj), secrets), ...(body.tools ?? [])];
  if (agent.systemInstruction && !body.system_instruction) out.system_instruction = agent.systemInstruction;
  const environment = asJson(agent.baseEnvironment);
  if (body.environment === undefined && environment !== undefined && environment !== null)
    out.environment = openEnvironment(environment, secrets);
  return out;
}

/**
 * The body a run sends upstream: a built-in agent (or a model) as it is; a
 * custom agent upstream keeps by its upstream id; any other custom agent as
 * its base agent plus its settings. `baseAgent` is the built-in agent that
 * runs either way. An id the owner may not use is refused like an unknown
 * agent (VALIDATION_ERROR on `agent`).
 */
export async function resolveAgent(
  db: Db,
  ownerId: string,
  body: CreateBody,
  secrets: Secrets,
): Promise<{ body: CreateBody; customAgentId: string | null; baseAgent: string | null }> {
  if (!body.agent || body.agent in AGENTS) return { body, customAgentId: null, baseAgent: body.agent ?? null };
  const agent = await findAgent(db, ownerId, body.agent);
  if (!agent) {
    const offered = Object.keys(AGENTS).join(", ");
    throw new ValidationError(`Unknown agent "${body.agent}"; use a custom agent's id or one of ${offered}`, "agent");
  }
  const resolved = agent.remoteId ? { ...body, agent: agent.remoteId } : layer(agent, body, secrets);
  return { body: resolved, customAgentId: agent.id, baseAgent: agent.baseAgent };
}

export const isBackgroundOnly = (baseAgent: string) => AGENTS[baseAgent]?.backgroundOnly ?? true;
