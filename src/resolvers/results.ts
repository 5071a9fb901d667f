import { isObj, type Json, type JsonObject } from "../gemini/types.ts";

/**
 * Typed readings of what tools return and what text cites, from the upstream
 * JSON kept in steps and content (snake_case, fields optional as upstream
 * sends them). The raw JSON stays available beside them.
 */
const objects = (v: Json | undefined): JsonObject[] => (Array.isArray(v) ? v.filter(isObj) : []);
const str = (v: Json | undefined) => (typeof v === "string" ? v : null);
const int = (v: Json | undefined) => (typeof v === "number" && Number.isInteger(v) ? v : null);

export type AnnotationJson = JsonObject & { type: string };

/** A text's annotations (citations of URLs, files and places; speech and word metadata). */
export const annotationsOf = (content: JsonObject): AnnotationJson[] =>
  objects(content.annotations).map((a) => ({ ...a, type: str(a.type) ?? "unknown" }));

const ANNOTATION_TYPES: Record<string, string> = {
  url_citation: "UrlCitation",
  file_citation: "FileCitation",
  place_citation: "PlaceCitation",
};
export const annotationTypeName = (a: AnnotationJson) => ANNOTATION_TYPES[a.type] ?? "OtherAnnotation";

/** google_search_result: upstream's rendered search suggestions, one per search. */
export const searchResults = (step: JsonObject) =>
  objects(step.result).map((r) => ({ searchSuggestions: str(r.search_suggestions) }));

const URL_STATUSES = new Set(["success", "error", "paywall", "unsafe"]);
/** url_context_result: how fetching each URL went. */
export const urlStatuses = (step: JsonObject) =>
  objects(step.result).map((r) => {
    const status = str(r.status);
    return { url: str(r.url), status: status && URL_STATUSES.has(status) ? status.toUpperCase() : "UNKNOWN" };
  });

/** google_maps_result: the places found. */
export const placesOf = (step: JsonObject) =>
  objects(step.result).flatMap((r) =>
    objects(r.places).map((p) => ({ name: str(p.name), placeId: str(p.place_id), url: str(p.url) })),
  );

export { int as intOf, str as strOf };
