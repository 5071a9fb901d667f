import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConversationToolsDocument, SendTypedDocument } from "./generated/graphql.ts";
import { type Harness, startHarness } from "./support/harness.ts";

// Issue 25: Google Search, Google Maps and retrieval tools typed on the way in (upstream's snake_case on the
// wire) and on the way out; their JSON forms stay one release, deprecated.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const MODEL = "gemini-3.5-flash";

describe("typed grounding tools", () => {
  it("sends typed search, maps and retrieval in upstream's shape, and answers them typed", async () => {
    const first = await h.ok(SendTypedDocument, {
      input: {
        model: MODEL,
        text: "Find a bakery near me and check our docs",
        tools: [
          { googleSearch: { searchTypes: ["WEB_SEARCH", "IMAGE_SEARCH"] } },
          { googleMaps: { enableWidget: true, latitude: 52.52, longitude: 13.405 } },
          {
            retrieval: {
              retrievalTypes: ["VERTEX_AI_SEARCH", "RAG_STORE", "EXA_AI_SEARCH"],
              vertexAiSearchConfig: { engine: "projects/p/engines/e", datastores: ["ds1"] },
              ragStoreConfig: {
                ragResources: [{ ragCorpus: "corpora/c1", ragFileIds: ["f1"] }],
                ragRetrievalConfig: {
                  topK: 5,
                  filter: { vectorDistanceThreshold: 0.4 },
                  hybridSearchAlpha: 0.7,
                  rankServiceModel: "semantic-ranker-512@latest",
                },
              },
              exaAiSearchConfig: { apiKey: "exa-k3y", customConfig: { num_results: 3 } },
            },
          },
        ],
      },
    });
    expect(h.emulator.requests.at(-1)?.tools).toEqual([
      { type: "google_search", search_types: ["web_search", "image_search"] },
      { type: "google_maps", enable_widget: true, latitude: 52.52, longitude: 13.405 },
      {
        type: "retrieval",
        retrieval_types: ["vertex_ai_search", "rag_store", "exa_ai_search"],
        vertex_ai_search_config: { engine: "projects/p/engines/e", datastores: ["ds1"] },
        rag_store_config: {
          rag_resources: [{ rag_corpus: "corpora/c1", rag_file_ids: ["f1"] }],
          rag_retrieval_config: {
            top_k: 5,
            filter: { vector_distance_threshold: 0.4 },
            hybrid_search: { alpha: 0.7 },
            ranking: { ranking_config: "rank_service", rank_service: { model_name: "semantic-ranker-512@latest" } },
          },
        },
        exa_ai_search_config: { api_key: "exa-k3y", custom_config: { num_results: 3 } },
      },
    ]);

    const id = first.sendMessage.conversation?.id ?? "";
    const { conversation } = await h.ok(ConversationToolsDocument, { id });
    const tools = conversation?.settings.tools ?? [];
    expect(tools[0]?.googleSearch).toEqual({ searchTypes: ["WEB_SEARCH", "IMAGE_SEARCH"] });
    expect(tools[1]?.googleMaps).toEqual({ enableWidget: true, latitude: 52.52, longitude: 13.405 });
    expect(tools[2]?.retrieval).toEqual({
      retrievalTypes: ["VERTEX_AI_SEARCH", "RAG_STORE", "EXA_AI_SEARCH"],
      vertexAiSearchConfig: { engine: "projects/p/engines/e", datastores: ["ds1"] },
      ragStoreConfig: {
        ragResources: [{ ragCorpus: "corpora/c1", ragFileIds: ["f1"] }],
        ragRetrievalConfig: {
          topK: 5,
          filter: { vectorDistanceThreshold: 0.4 },
          hybridSearchAlpha: 0.7,
          rankServiceModel: "semantic-ranker-512@latest",
        },
      },
      exaAiSearchConfig: { apiKeySet: true, customConfig: { num_results: 3 } },
    });
    // The search provider's key reached upstream, and no answer shows it, the deprecated JSON ones included.
    expect(JSON.stringify(conversation)).not.toContain("exa-k3y");
    expect(tools[2]?.retrievalJson).toMatchObject({ exa_ai_search_config: { api_key_set: true } });
  });

  it("still takes the deprecated JSON forms, and reads them back typed", async () => {
    const first = await h.ok(SendTypedDocument, {
      input: {
        model: MODEL,
        text: "Search our store",
        tools: [
          { googleSearchJson: { search_types: ["enterprise_web_search"] } },
          { retrievalJson: { retrieval_types: ["parallel_ai_search"] } },
        ],
      },
    });
    expect(h.emulator.requests.at(-1)?.tools).toEqual([
      { type: "google_search", search_types: ["enterprise_web_search"] },
      { type: "retrieval", retrieval_types: ["parallel_ai_search"] },
    ]);
    const { conversation } = await h.ok(ConversationToolsDocument, { id: first.sendMessage.conversation?.id ?? "" });
    const tools = conversation?.settings.tools ?? [];
    expect(tools[0]?.googleSearch).toEqual({ searchTypes: ["ENTERPRISE_WEB_SEARCH"] });
    expect(tools[1]?.retrieval?.retrievalTypes).toEqual(["PARALLEL_AI_SEARCH"]);
    expect(tools[1]?.retrievalJson).toEqual({ retrieval_types: ["parallel_ai_search"] });
  });

  it("an unknown search or retrieval type is a typed GraphQL error, and nothing is sent", async () => {
    const before = h.emulator.requests.length;
    for (const tool of [
      { googleSearch: { searchTypes: ["DEEP_WEB" as never] } },
      { retrieval: { retrievalTypes: ["BING" as never] } },
    ]) {
      const res = await h.gql(SendTypedDocument, { input: { model: MODEL, text: "hi", tools: [tool] } });
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
    }
    expect(h.emulator.requests.length).toBe(before);
  });

  // ToolInput is @oneOf: the typed and the JSON form of one tool are two fields, refused before any resolver runs.
  it("the typed and the JSON form of one tool together are refused, and nothing is sent", async () => {
    const before = h.emulator.requests.length;
    const res = await h.gql(SendTypedDocument, {
      input: {
        model: MODEL,
        text: "hi",
        tools: [
          { retrieval: { retrievalTypes: ["RAG_STORE"] }, retrievalJson: { retrieval_types: ["rag_store"] } } as never,
        ],
      },
    });
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED" });
    expect(res.errors?.[0]?.message).toContain("ToolInput");
    expect(h.emulator.requests.length).toBe(before);
  });
});
