import type { IncomingMessage, ServerResponse } from "node:http";
import { AGENTS, type AgentKind } from "./agents.ts";
import { bad, HttpError, notFound, readBody, sendJson } from "./http.ts";
import { isObj } from "./json.ts";
import type { JsonObject } from "./wire.ts";

/**
 * Upstream's `agents` resource (SDK 2.32 `client.agents`: create, list, get,
 * delete): a built-in base agent with a system instruction, tools, an
 * agent_config and a base environment. An interaction that names one runs
 * its base agent with those settings under the request's own; one made with
 * no base agent runs as a `dynamic` agent (agents.ts).
 */
export class AgentResources {
  private readonly all = new Map<string, JsonObject>();
  /** Off: the resource answers 404, as an upstream without it would (tests of the server's fallback). */
  enabled = true;
  private seq = 0;

  has(id: string): boolean {
    return this.enabled && this.all.has(id);
  }

  /** The kind an agent name runs as: a built-in's, or `dynamic` for a custom agent left without a base by expand. */
  kindOf(name: string): AgentKind | undefined {
    return AGENTS[name] ?? (this.has(name) ? "dynamic" : undefined);
  }

  create(body: JsonObject): JsonObject {
    // No base (or "", as in the SDK's own example) makes a dynamic agent: its own instruction and tools on a model.
    const base = body.base_agent ?? "";
    if (typeof base !== "string" || (base !== "" && !AGENTS[base]))
      throw bad(`base_agent must be empty or one of ${Object.keys(AGENTS).join(", ")}.`);
    const id = typeof body.id === "string" && body.id ? body.id : `agent-${++this.seq}`;
    if (this.all.has(id)) throw new HttpError(409, `Agent ${id} already exists.`, "ALREADY_EXISTS");
    const agent = { ...body, id };
    this.all.set(id, agent);
    return agent;
  }

  /**
   * The create body an interaction naming a custom agent runs with: its base
   * agent, its settings under the request's own (tools add up, the request's
   * agent_config keys win). Any other body is returned as it is.
   */
  expand(body: JsonObject): JsonObject {
    const agent = typeof body.agent === "string" && this.enabled ? this.all.get(body.agent) : undefined;
    if (!agent) return body;
    const base = typeof agent.base_agent === "string" && agent.base_agent ? agent.base_agent : agent.id;
    const out: JsonObject = { ...body, agent: base ?? null };
    if (typeof agent.system_instruction === "string" && body.system_instruction === undefined)
      out.system_instruction = agent.system_instruction;
    if (Array.isArray(agent.tools)) out.tools = [...agent.tools, ...(Array.isArray(body.tools) ? body.tools : [])];
    if (isObj(agent.agent_config))
      out.agent_config = { ...agent.agent_config, ...(isObj(body.agent_config) ? body.agent_config : {}) };
    if (agent.base_environment !== undefined && body.environment === undefined)
      out.environment = agent.base_environment;
    return out;
  }

  async serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!req.headers["x-goog-api-key"] && !url.searchParams.get("key"))
      throw new HttpError(401, "API key not valid. Please pass a valid API key.", "UNAUTHENTICATED");
    const id = url.pathname.match(ROUTE)?.[1];
    const method = req.method ?? "GET";
    if (!this.enabled) throw notFound(`No route for ${method} ${url.pathname}`);
    if (!id) {
      if (method === "POST") return sendJson(res, 200, this.create(await readBody(req)));
      if (method === "GET") return sendJson(res, 200, { agents: [...this.all.values()] });
    } else {
      const name = decodeURIComponent(id);
      const agent = this.all.get(name);
      if (!agent) throw notFound(`agents/${name} is not found.`);
      if (method === "GET") return sendJson(res, 200, agent);
      if (method === "DELETE") {
        this.all.delete(name);
        return sendJson(res, 200, {});
      }
    }
    throw notFound(`No route for ${method} ${url.pathname}`);
  }
}

const ROUTE = /^(?:\/.*)?\/v1[a-z0-9]*\/agents(?:\/([^/]+))?$/;

export const isAgentPath = (pathname: string) => ROUTE.test(pathname);
