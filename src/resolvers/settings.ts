import { readSettings } from "../engine/store/columns.ts";
import { asJson } from "../engine/store/json.ts";
import type { ToolInput, TurnSettings } from "../engine/turns/body.ts";
import { member } from "../engine/turns/controls.ts";
import { RETRIEVAL_TYPES, SEARCH_TYPES } from "../engine/turns/grounding.ts";
import { publicEnvironment, publicRetrieval, publicSettings, publicTools } from "../engine/turns/secrets.ts";
import { isObj, type Json, type JsonObject } from "../gemini/types.ts";
import type { Conversation } from "../generated/prisma/client.ts";

/**
 * A conversation's saved turn settings as the API shows them (issue 25): the
 * engine's keys (`generation`, the untyped `generationConfig`, upstream's
 * `environment` value, sealed credentials) never leave here under their own
 * names. Typed fields read the settings as GraphQL names them; the deprecated
 * JSON gets the same names, so a client moving over sees one vocabulary.
 */

/** The settings with credentials shown by header name only. */
export const settingsOf = (c: Conversation): TurnSettings => publicSettings(readSettings(c.settings));

/** The deprecated `settingsJson`: the settings under GraphQL's input names (enum values in upstream's spelling). */
export function settingsJsonOf(c: Conversation): JsonObject {
  const { generation, generationConfig, environment, ...rest } = settingsOf(c);
  const out: JsonObject = {};
  const put = (key: string, value: unknown) => {
    const json = asJson(value);
    if (json !== undefined && json !== null) out[key] = json;
  };
  for (const [key, value] of Object.entries(rest)) put(key, value);
  put("generationConfig", generation);
  put("generationConfigJson", generationConfig);
  put("environmentJson", environment);
  return out;
}

/** A stored value that is one of `list`'s wire values, else null (a value this server no longer knows). */
export function wireOf<T extends string>(list: readonly T[], value: string | null | undefined): T | null {
  const v = value ?? undefined;
  return member(list)(v) ? v : null;
}

/** The entries of `list` whose wire values are all known (an entry with an unknown one is left out). */
export const known = <T>(list: readonly (T | null)[] | null | undefined): T[] =>
  (list ?? []).filter((v): v is T => v !== null);

/** An environment as GraphQL's EnvironmentInput names it (its output twin `EnvironmentSetting`). */
export interface EnvironmentView {
  id: string | null;
  remote: boolean;
  config: EnvironmentConfigView | null;
}
export interface EnvironmentConfigView {
  sources: SourceView[];
  env: { name: string; value: string | null; credential: string | null }[];
  network: NetworkView | null;
}
export interface SourceView {
  type: string | null;
  source: string | null;
  target: string | null;
  encoding: string | null;
  content: string | null;
}
export interface NetworkView {
  disabled: boolean;
  allowlist: { domain: string; credential: string | null; transformHeaders: string[] }[];
}

const str = (v: Json | undefined): string | null => (typeof v === "string" ? v : null);

function sourceOf(s: JsonObject): SourceView {
  return {
    type: str(s.type),
    source: str(s.source),
    target: str(s.target),
    encoding: str(s.encoding),
    content: str(s.content),
  };
}

/** Upstream's env map: a plain value, or {value, credential} (a credential is a reference, not a secret). */
function envOf(env: Json | undefined): EnvironmentConfigView["env"] {
  if (!isObj(env)) return [];
  return Object.entries(env).map(([name, v]) =>
    isObj(v) ? { name, value: str(v.value), credential: str(v.credential) } : { name, value: str(v), credential: null },
  );
}

/** Upstream's network: "disabled", or an allowlist whose injected headers show by name only (they carry credentials). */
function networkOf(network: Json | undefined): NetworkView | null {
  if (network === undefined || network === null) return null;
  if (network === "disabled") return { disabled: true, allowlist: [] };
  if (!isObj(network)) return null;
  if (network.allowlist === "disabled") return { disabled: true, allowlist: [] };
  const entries = Array.isArray(network.allowlist) ? network.allowlist.filter(isObj) : [];
  return {
    disabled: false,
    allowlist: entries.map((e) => ({
      domain: str(e.domain) ?? "",
      credential: str(e.credential),
      transformHeaders: [...new Set((Array.isArray(e.transform) ? e.transform : [e.transform]).flatMap(headerNames))],
    })),
  };
}
/** A header map's names; a sealed one keeps its names as strings. */
const headerNames = (t: Json | undefined): string[] => (isObj(t) ? Object.keys(t) : typeof t === "string" ? [t] : []);

/** Upstream's environment value ("remote", an id, or a config) as its typed twin; null when there is none. */
export function environmentOf(value: unknown): EnvironmentView | null {
  const env = asJson(value);
  if (env === undefined || env === null) return null;
  if (env === "remote") return { id: null, remote: true, config: null };
  if (typeof env === "string") return { id: env, remote: false, config: null };
  if (!isObj(env)) return null;
  return {
    id: str(env.environment_id),
    remote: false,
    config: {
      sources: (Array.isArray(env.sources) ? env.sources.filter(isObj) : []).map(sourceOf),
      env: envOf(env.env),
      network: networkOf(env.network),
    },
  };
}

const TOOL_NAMES: Record<string, Exclude<keyof ToolInput, "function" | "computerUse" | "serverFunction">> = {
  google_search: "googleSearch",
  code_execution: "codeExecution",
  url_context: "urlContext",
  google_maps: "googleMaps",
  file_search: "fileSearch",
  mcp_server: "mcpServer",
  retrieval: "retrieval",
};

/**
 * Upstream `tools[]` entries (a custom agent keeps them so) as ToolInput names them; an MCP server's
 * headers by name only, a tool upstream added later left out. A server function shows as the function it declares.
 */
export function toolsOf(stored: unknown): ToolInput[] {
  const tools = asJson(stored);
  return (Array.isArray(tools) ? tools.filter(isObj) : []).flatMap((tool): ToolInput[] => {
    const { type, ...config } = tool;
    if (type === "function")
      return [
        {
          function: {
            name: str(config.name) ?? "",
            description: str(config.description),
            parameters: config.parameters,
          },
        },
      ];
    if (type === "computer_use")
      return [
        {
          computerUse: {
            environment: str(config.environment) ?? "",
            excludedPredefinedFunctions: strings(config.excluded_predefined_functions),
            disabledSafetyPolicies: strings(config.disabled_safety_policies),
            enablePromptInjectionDetection:
              typeof config.enable_prompt_injection_detection === "boolean"
                ? config.enable_prompt_injection_detection
                : null,
          },
        },
      ];
    const key = typeof type === "string" ? TOOL_NAMES[type] : undefined;
    if (!key) return [];
    if (key !== "mcpServer") return [{ [key]: config }];
    const { headers, sealed_headers: _box, ...server } = config;
    return [
      {
        mcpServer: { ...server, ...(isObj(headers) ? { headers: Object.keys(headers) } : headers ? { headers } : {}) },
      },
    ];
  });
}
const strings = (v: Json | undefined): string[] =>
  Array.isArray(v) ? v.flatMap((x) => (typeof x === "string" ? [x] : [])) : [];

/** The deprecated JSON of a custom agent's tools: upstream's entries with an MCP server's headers by name only. */
export function toolsJsonOf(stored: unknown): Json {
  const tools = asJson(stored);
  return Array.isArray(tools) ? publicTools(tools.filter(isObj)) : null;
}

/** The deprecated JSON of a custom agent's base environment: upstream's value with injected headers by name only. */
export const environmentJsonOf = (stored: unknown): Json => publicEnvironment(asJson(stored) ?? null);
const num = (v: Json | undefined): number | null => (typeof v === "number" ? v : null);
const obj = (v: unknown): JsonObject | null => {
  const json = asJson(v);
  return isObj(json) ? json : null;
};

/** A stored google_search config as its typed twin (an unknown search type left out). */
export function googleSearchOf(stored: unknown) {
  const g = obj(stored);
  return g && { searchTypes: known(strings(g.search_types).map((s) => wireOf(SEARCH_TYPES, s))) };
}

export function googleMapsOf(stored: unknown) {
  const g = obj(stored);
  return (
    g && {
      enableWidget: typeof g.enable_widget === "boolean" ? g.enable_widget : null,
      latitude: num(g.latitude),
      longitude: num(g.longitude),
    }
  );
}

/** The deprecated JSON of a retrieval config: its API keys only as whether one is set. */
export const retrievalJsonOf = (stored: unknown): Json => publicRetrieval(asJson(stored) ?? null);

/** A stored retrieval config as its typed twin; API keys show only as whether one is set. */
export function retrievalOf(stored: unknown) {
  const r = obj(stored);
  if (!r) return null;
  const vertex = obj(r.vertex_ai_search_config);
  const rag = obj(r.rag_store_config);
  const ragConfig = obj(rag?.rag_retrieval_config);
  const filter = obj(ragConfig?.filter);
  const keyed = (c: JsonObject | null) =>
    c && { apiKeySet: typeof c.api_key === "string" || c.api_key_set === true, customConfig: c.custom_config ?? null };
  return {
    retrievalTypes: known(strings(r.retrieval_types).map((s) => wireOf(RETRIEVAL_TYPES, s))),
    vertexAiSearchConfig: vertex && { engine: str(vertex.engine), datastores: strings(vertex.datastores) },
    ragStoreConfig: rag && {
      ragResources: (Array.isArray(rag.rag_resources) ? rag.rag_resources.filter(isObj) : []).map((x) => ({
        ragCorpus: str(x.rag_corpus),
        ragFileIds: strings(x.rag_file_ids),
      })),
      ragRetrievalConfig: ragConfig && {
        topK: num(ragConfig.top_k),
        filter: filter && {
          metadataFilter: str(filter.metadata_filter),
          vectorDistanceThreshold: num(filter.vector_distance_threshold),
          vectorSimilarityThreshold: num(filter.vector_similarity_threshold),
        },
        hybridSearchAlpha: num(obj(ragConfig.hybrid_search)?.alpha),
        rankServiceModel: str(obj(obj(ragConfig.ranking)?.rank_service)?.model_name),
      },
    },
    exaAiSearchConfig: keyed(obj(r.exa_ai_search_config)),
    parallelAiSearchConfig: keyed(obj(r.parallel_ai_search_config)),
  };
}
export type RetrievalView = NonNullable<ReturnType<typeof retrievalOf>>;
export type GoogleSearchView = NonNullable<ReturnType<typeof googleSearchOf>>;
export type GoogleMapsView = NonNullable<ReturnType<typeof googleMapsOf>>;
