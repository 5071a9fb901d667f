import { UpstreamError } from "../infra/errors.ts";
import type { JsonObject } from "./types.ts";

/**
 * Upstream's `agents` resource (SDK 2.32 `client.agents`): a custom agent
 * kept upstream, which an interaction then names as its `agent`. Plain REST,
 * as for environments (the SDK's client warns that it is experimental on
 * every process start). Paths are as the SDK sends them (`v1beta`).
 */
export interface UpstreamAgents {
  /** Creates it under `id`; false when upstream has no agents resource (the server then resolves it itself). */
  create(id: string, agent: JsonObject): Promise<boolean>;
  /** Deletes it; one already gone counts as deleted. */
  delete(id: string): Promise<void>;
}

/** Upstream answers these when it does not offer the resource at all. */
const UNSUPPORTED = new Set([404, 405, 501]);

export function createAgentResources(opts: { apiKey: string; baseUrl?: string }): UpstreamAgents {
  const base = `${(opts.baseUrl ?? "https://generativelanguage.googleapis.com").replace(/\/+$/, "")}/v1beta/agents`;
  const send = async (url: string, init: RequestInit, allowed: Set<number>): Promise<boolean> => {
    const headers = { "x-goog-api-key": opts.apiKey, "content-type": "application/json" };
    const res = await fetch(url, { ...init, headers });
    await res.body?.cancel();
    if (res.ok) return true;
    if (allowed.has(res.status)) return false;
    throw new UpstreamError("UPSTREAM_ERROR", `Upstream answered ${res.status} for a custom agent`, {
      status: res.status,
      retryable: res.status >= 500 || res.status === 429,
    });
  };
  return {
    create: (id, agent) => send(base, { method: "POST", body: JSON.stringify({ ...agent, id }) }, UNSUPPORTED),
    delete: async (id) => {
      await send(`${base}/${encodeURIComponent(id)}`, { method: "DELETE" }, new Set([404]));
    },
  };
}
