import type { JsonObject } from "../../gemini/types.ts";
import { ValidationError } from "../../infra/errors.ts";
import { asJson } from "../store/json.ts";
import type { ToolInput } from "./body.ts";

// Google Search, Google Maps and retrieval tools typed (issue 25), as SDK 2.32's Interactions types name them.
// The engine and stored settings keep upstream's snake_case config under `googleSearch` / `googleMaps` /
// `retrieval` (what the JSON form always stored), so settings saved before stay readable.

export const SEARCH_TYPES = ["web_search", "image_search", "enterprise_web_search"] as const;
export const RETRIEVAL_TYPES = ["vertex_ai_search", "rag_store", "exa_ai_search", "parallel_ai_search"] as const;

export interface GoogleSearchInput {
  searchTypes?: string[] | null;
}
export interface GoogleMapsInput {
  enableWidget?: boolean | null;
  latitude?: number | null;
  longitude?: number | null;
}
export interface RagResourceInput {
  ragCorpus?: string | null;
  ragFileIds?: string[] | null;
}
export interface RagRetrievalConfigInput {
  topK?: number | null;
  filter?: {
    metadataFilter?: string | null;
    vectorDistanceThreshold?: number | null;
    vectorSimilarityThreshold?: number | null;
  } | null;
  hybridSearchAlpha?: number | null;
  rankServiceModel?: string | null;
}
export interface RetrievalInput {
  retrievalTypes: string[];
  vertexAiSearchConfig?: { engine?: string | null; datastores?: string[] | null } | null;
  ragStoreConfig?: {
    ragResources?: RagResourceInput[] | null;
    ragRetrievalConfig?: RagRetrievalConfigInput | null;
  } | null;
  exaAiSearchConfig?: { apiKey: string; customConfig?: unknown } | null;
  parallelAiSearchConfig?: { apiKey?: string | null; customConfig?: unknown } | null;
}

/** A tool as GraphQL's ToolInput delivers it: the typed grounding tools and their deprecated JSON forms. */
export interface GraphQLTool extends Omit<ToolInput, "googleSearch" | "googleMaps" | "retrieval"> {
  googleSearch?: GoogleSearchInput | null;
  googleSearchJson?: unknown;
  googleMaps?: GoogleMapsInput | null;
  googleMapsJson?: unknown;
  retrieval?: RetrievalInput | null;
  retrievalJson?: unknown;
}

/** Keeps the keys whose value is set (upstream reads an absent field as its default). */
function compact(entries: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(entries)) {
    if (v === undefined || v === null) continue;
    const json = asJson(v);
    if (json !== undefined) out[k] = json;
  }
  return out;
}
const nonEmpty = (o: JsonObject) => (Object.keys(o).length ? o : undefined);

export const upstreamGoogleSearch = (g: GoogleSearchInput): JsonObject =>
  compact({ search_types: g.searchTypes?.length ? g.searchTypes : undefined });

export const upstreamGoogleMaps = (g: GoogleMapsInput): JsonObject =>
  compact({ enable_widget: g.enableWidget, latitude: g.latitude, longitude: g.longitude });

function upstreamRagRetrieval(r: RagRetrievalConfigInput): JsonObject {
  const f = r.filter;
  return compact({
    top_k: r.topK,
    filter: f
      ? nonEmpty(
          compact({
            metadata_filter: f.metadataFilter,
            vector_distance_threshold: f.vectorDistanceThreshold,
            vector_similarity_threshold: f.vectorSimilarityThreshold,
          }),
        )
      : undefined,
    hybrid_search: typeof r.hybridSearchAlpha === "number" ? { alpha: r.hybridSearchAlpha } : undefined,
    ranking: r.rankServiceModel
      ? { ranking_config: "rank_service", rank_service: { model_name: r.rankServiceModel } }
      : undefined,
  });
}

export function upstreamRetrieval(r: RetrievalInput): JsonObject {
  if (!r.retrievalTypes.length)
    throw new ValidationError("retrievalTypes must name at least one type", "retrievalTypes");
  const { vertexAiSearchConfig: v, ragStoreConfig: rag, exaAiSearchConfig: exa, parallelAiSearchConfig: par } = r;
  return compact({
    retrieval_types: r.retrievalTypes,
    vertex_ai_search_config: v ? compact({ engine: v.engine, datastores: v.datastores }) : undefined,
    rag_store_config: rag
      ? compact({
          rag_resources: rag.ragResources?.map((x) => compact({ rag_corpus: x.ragCorpus, rag_file_ids: x.ragFileIds })),
          rag_retrieval_config: rag.ragRetrievalConfig ? upstreamRagRetrieval(rag.ragRetrievalConfig) : undefined,
        })
      : undefined,
    exa_ai_search_config: exa ? compact({ api_key: exa.apiKey, custom_config: exa.customConfig }) : undefined,
    parallel_ai_search_config: par ? compact({ api_key: par.apiKey, custom_config: par.customConfig }) : undefined,
  });
}

/** The typed form, or the deprecated JSON one; both at once is the same ValidationError as every *Json pair. */
function oneForm<T>(typed: T | null | undefined, json: unknown, name: string, convert: (t: T) => JsonObject): unknown {
  if (typed && json !== undefined && json !== null)
    throw new ValidationError(`Give ${name} or ${name}Json, not both`, name);
  return typed ? convert(typed) : json;
}

/** GraphQL's tools to the engine's (upstream's config under the engine's keys). */
export function toolsFromGraphQL(tools: readonly GraphQLTool[] | null | undefined): ToolInput[] | null | undefined {
  if (!tools) return tools;
  return tools.map((t) => {
    const { googleSearch, googleSearchJson, googleMaps, googleMapsJson, retrieval, retrievalJson, ...rest } = t;
    const out: ToolInput = { ...rest };
    const search = oneForm(googleSearch, googleSearchJson, "googleSearch", upstreamGoogleSearch);
    const maps = oneForm(googleMaps, googleMapsJson, "googleMaps", upstreamGoogleMaps);
    const store = oneForm(retrieval, retrievalJson, "retrieval", upstreamRetrieval);
    if (search !== undefined && search !== null) out.googleSearch = search;
    if (maps !== undefined && maps !== null) out.googleMaps = maps;
    if (store !== undefined && store !== null) out.retrieval = store;
    return out;
  });
}
