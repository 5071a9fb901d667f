import { builder } from "../builder.ts";
import * as results from "../resolvers/results.ts";
import { TextContent } from "./content.ts";
import { GoogleMapsResultStep, GoogleSearchResultStep, UrlContextResultStep } from "./steps.ts";

// Typed results of tools and typed citations, beside the raw JSON fields they read.

type A = results.AnnotationJson;
const Annotation = builder.interfaceRef<A>("Annotation").implement({
  description: "A note on a span of text: a citation (URL, file, place) or other metadata",
  fields: (t) => ({
    type: t.string({ description: "The upstream annotation type, e.g. url_citation", resolve: (a) => a.type }),
    startIndex: t.int({ nullable: true, resolve: (a) => results.intOf(a.start_index) }),
    endIndex: t.int({ nullable: true, description: "Exclusive", resolve: (a) => results.intOf(a.end_index) }),
  }),
  resolveType: (a) => results.annotationTypeName(a),
});
builder.objectRef<A>("UrlCitation").implement({
  description: "A web page the text cites (e.g. from Google Search)",
  interfaces: [Annotation],
  fields: (t) => ({
    url: t.string({ nullable: true, resolve: (a) => results.strOf(a.url) }),
    title: t.string({ nullable: true, resolve: (a) => results.strOf(a.title) }),
  }),
});
builder.objectRef<A>("FileCitation").implement({
  description: "A document the text cites (from file search)",
  interfaces: [Annotation],
  fields: (t) => ({
    fileName: t.string({ nullable: true, resolve: (a) => results.strOf(a.file_name) }),
    documentUri: t.string({ nullable: true, resolve: (a) => results.strOf(a.document_uri) }),
    source: t.string({ nullable: true, resolve: (a) => results.strOf(a.source) }),
    pageNumber: t.int({ nullable: true, resolve: (a) => results.intOf(a.page_number) }),
  }),
});
builder.objectRef<A>("PlaceCitation").implement({
  description: "A place the text cites (from Google Maps)",
  interfaces: [Annotation],
  fields: (t) => ({
    name: t.string({ nullable: true, resolve: (a) => results.strOf(a.name) }),
    placeId: t.string({ nullable: true, resolve: (a) => results.strOf(a.place_id) }),
    url: t.string({ nullable: true, resolve: (a) => results.strOf(a.url) }),
  }),
});
builder.objectRef<A>("OtherAnnotation").implement({
  description: "Any other annotation (speech or word metadata...), kept whole",
  interfaces: [Annotation],
  fields: (t) => ({ data: t.field({ type: "JSON", resolve: (a) => a }) }),
});

builder.objectField(TextContent, "citations", (t) =>
  t.field({
    type: [Annotation],
    description: "The annotations, typed (`annotations` keeps the raw JSON)",
    resolve: (c) => results.annotationsOf(c),
  }),
);

const SearchResult = builder.objectRef<{ searchSuggestions: string | null }>("GoogleSearchResult").implement({
  description: "One search's result; the sources themselves come as UrlCitations on the answer's text",
  fields: (t) => ({
    searchSuggestions: t.exposeString("searchSuggestions", {
      nullable: true,
      description: "Upstream's rendered search suggestions (HTML to show as is)",
    }),
  }),
});
builder.objectField(GoogleSearchResultStep, "searchResults", (t) =>
  t.field({ type: [SearchResult], resolve: (s) => results.searchResults(s) }),
);

const UrlFetchStatus = builder.enumType("UrlFetchStatus", {
  values: ["SUCCESS", "ERROR", "PAYWALL", "UNSAFE", "UNKNOWN"] as const,
});
const UrlStatus = builder.objectRef<{ url: string | null; status: string }>("UrlContextResult").implement({
  description: "How fetching one URL went",
  fields: (t) => ({
    url: t.exposeString("url", { nullable: true }),
    status: t.field({ type: UrlFetchStatus, resolve: (u) => u.status as "UNKNOWN" }),
  }),
});
builder.objectField(UrlContextResultStep, "urlStatuses", (t) =>
  t.field({ type: [UrlStatus], resolve: (s) => results.urlStatuses(s) }),
);

const Place = builder
  .objectRef<{ name: string | null; placeId: string | null; url: string | null }>("Place")
  .implement({
    description: "A place a Google Maps lookup found",
    fields: (t) => ({
      name: t.exposeString("name", { nullable: true }),
      placeId: t.exposeString("placeId", { nullable: true }),
      url: t.exposeString("url", { nullable: true }),
    }),
  });
builder.objectField(GoogleMapsResultStep, "places", (t) =>
  t.field({ type: [Place], resolve: (s) => results.placesOf(s) }),
);
