import { builder } from "../builder.ts";
import * as turns from "../resolvers/controls.ts";
import type * as settings from "../resolvers/settings.ts";

// Google Search, Google Maps and retrieval tools, typed as SDK 2.32's Interactions types (issue 25).

export const SearchType = builder.enumType("SearchType", {
  description: "What Google Search grounds on (upstream's search_types)",
  values: turns.wireEnum(turns.SEARCH_TYPES),
});

export const RetrievalType = builder.enumType("RetrievalType", {
  description: "Which retrieval store a retrieval tool searches (upstream's retrieval_types)",
  values: turns.wireEnum(turns.RETRIEVAL_TYPES),
});

export const GoogleSearchInput = builder.inputType("GoogleSearchInput", {
  fields: (t) => ({
    searchTypes: t.field({ type: [SearchType], description: "Empty or absent: upstream's default (web search)" }),
  }),
});

export const GoogleMapsInput = builder.inputType("GoogleMapsInput", {
  fields: (t) => ({
    enableWidget: t.boolean({ description: "Return a widget context token with the call's result" }),
    latitude: t.float({ description: "The user's location" }),
    longitude: t.float(),
  }),
});

const VertexAiSearchConfigInput = builder.inputType("VertexAiSearchConfigInput", {
  fields: (t) => ({
    engine: t.string({ description: "A Vertex AI Search engine resource name" }),
    datastores: t.stringList({ description: "Vertex AI Search datastore resource names" }),
  }),
});

const RagResourceInput = builder.inputType("RagResourceInput", {
  fields: (t) => ({
    ragCorpus: t.string({ description: "A RagCorpora resource name" }),
    ragFileIds: t.stringList({ description: "Files of that corpus" }),
  }),
});

const RagFilterInput = builder.inputType("RagFilterInput", {
  fields: (t) => ({
    metadataFilter: t.string(),
    vectorDistanceThreshold: t.float(),
    vectorSimilarityThreshold: t.float(),
  }),
});

const RagRetrievalConfigInput = builder.inputType("RagRetrievalConfigInput", {
  fields: (t) => ({
    topK: t.int({ description: "How many contexts to retrieve" }),
    filter: t.field({ type: RagFilterInput }),
    hybridSearchAlpha: t.float({ description: "0: sparse vector search only, 1: dense only (upstream's default 0.5)" }),
    rankServiceModel: t.string({ description: "Rerank with this rank service model (semantic-ranker-512@latest)" }),
  }),
});

const RagStoreConfigInput = builder.inputType("RagStoreConfigInput", {
  fields: (t) => ({
    ragResources: t.field({ type: [RagResourceInput] }),
    ragRetrievalConfig: t.field({ type: RagRetrievalConfigInput }),
  }),
});

const ExaAiSearchConfigInput = builder.inputType("ExaAiSearchConfigInput", {
  fields: (t) => ({
    apiKey: t.string({ required: true }),
    customConfig: t.field({ type: "JSON", description: "Exa's own search options, as Exa names them" }),
  }),
});

const ParallelAiSearchConfigInput = builder.inputType("ParallelAiSearchConfigInput", {
  fields: (t) => ({
    apiKey: t.string(),
    customConfig: t.field({ type: "JSON", description: "Parallel's own search options, as Parallel names them" }),
  }),
});

export const RetrievalInput = builder.inputType("RetrievalInput", {
  description: "Search a retrieval store: the types to enable and the config of each",
  fields: (t) => ({
    retrievalTypes: t.field({ type: [RetrievalType], required: true }),
    vertexAiSearchConfig: t.field({ type: VertexAiSearchConfigInput }),
    ragStoreConfig: t.field({ type: RagStoreConfigInput }),
    exaAiSearchConfig: t.field({ type: ExaAiSearchConfigInput }),
    parallelAiSearchConfig: t.field({ type: ParallelAiSearchConfigInput }),
  }),
});

// The output twins (a conversation's saved tools, a custom agent's tools).

export const GoogleSearchTool = builder.objectRef<settings.GoogleSearchView>("GoogleSearchTool").implement({
  fields: (t) => ({ searchTypes: t.field({ type: [SearchType], resolve: (g) => g.searchTypes }) }),
});

export const GoogleMapsTool = builder.objectRef<settings.GoogleMapsView>("GoogleMapsTool").implement({
  fields: (t) => ({
    enableWidget: t.boolean({ nullable: true, resolve: (g) => g.enableWidget }),
    latitude: t.float({ nullable: true, resolve: (g) => g.latitude }),
    longitude: t.float({ nullable: true, resolve: (g) => g.longitude }),
  }),
});

type View = settings.RetrievalView;
type Sub<T, K extends keyof T> = NonNullable<T[K]>;
type RagView = Sub<View, "ragStoreConfig">;
type RagConfigView = Sub<RagView, "ragRetrievalConfig">;

const VertexAiSearchConfig = builder.objectRef<Sub<View, "vertexAiSearchConfig">>("VertexAiSearchConfig").implement({
  fields: (t) => ({
    engine: t.string({ nullable: true, resolve: (v) => v.engine }),
    datastores: t.stringList({ resolve: (v) => v.datastores }),
  }),
});

const RagResource = builder.objectRef<RagView["ragResources"][number]>("RagResource").implement({
  fields: (t) => ({
    ragCorpus: t.string({ nullable: true, resolve: (r) => r.ragCorpus }),
    ragFileIds: t.stringList({ resolve: (r) => r.ragFileIds }),
  }),
});

const RagFilter = builder.objectRef<Sub<RagConfigView, "filter">>("RagFilter").implement({
  fields: (t) => ({
    metadataFilter: t.string({ nullable: true, resolve: (f) => f.metadataFilter }),
    vectorDistanceThreshold: t.float({ nullable: true, resolve: (f) => f.vectorDistanceThreshold }),
    vectorSimilarityThreshold: t.float({ nullable: true, resolve: (f) => f.vectorSimilarityThreshold }),
  }),
});

const RagRetrievalConfig = builder.objectRef<RagConfigView>("RagRetrievalConfig").implement({
  fields: (t) => ({
    topK: t.int({ nullable: true, resolve: (r) => r.topK }),
    filter: t.field({ type: RagFilter, nullable: true, resolve: (r) => r.filter }),
    hybridSearchAlpha: t.float({ nullable: true, resolve: (r) => r.hybridSearchAlpha }),
    rankServiceModel: t.string({ nullable: true, resolve: (r) => r.rankServiceModel }),
  }),
});

const RagStoreConfig = builder.objectRef<RagView>("RagStoreConfig").implement({
  fields: (t) => ({
    ragResources: t.field({ type: [RagResource], resolve: (r) => r.ragResources }),
    ragRetrievalConfig: t.field({ type: RagRetrievalConfig, nullable: true, resolve: (r) => r.ragRetrievalConfig }),
  }),
});

const SearchProviderConfig = builder.objectRef<Sub<View, "parallelAiSearchConfig">>("SearchProviderConfig").implement({
  description: "An Exa or Parallel search config; its API key is never shown",
  fields: (t) => ({
    apiKeySet: t.boolean({ resolve: (c) => c.apiKeySet }),
    customConfig: t.field({ type: "JSON", nullable: true, resolve: (c) => c.customConfig }),
  }),
});

export const RetrievalTool = builder.objectRef<View>("RetrievalTool").implement({
  fields: (t) => ({
    retrievalTypes: t.field({ type: [RetrievalType], resolve: (r) => r.retrievalTypes }),
    vertexAiSearchConfig: t.field({
      type: VertexAiSearchConfig,
      nullable: true,
      resolve: (r) => r.vertexAiSearchConfig,
    }),
    ragStoreConfig: t.field({ type: RagStoreConfig, nullable: true, resolve: (r) => r.ragStoreConfig }),
    exaAiSearchConfig: t.field({ type: SearchProviderConfig, nullable: true, resolve: (r) => r.exaAiSearchConfig }),
    parallelAiSearchConfig: t.field({
      type: SearchProviderConfig,
      nullable: true,
      resolve: (r) => r.parallelAiSearchConfig,
    }),
  }),
});
