import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CapabilitiesDocument, SendMessageDocument, TypedResultsDocument } from "./generated/graphql.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function stepsFor(tool: Record<string, unknown>, text: string) {
  const { sendMessage } = await h.ok(SendMessageDocument, { input: { text, tools: [tool as never] } });
  return (await h.ok(TypedResultsDocument, { id: sendMessage.id })).interaction?.steps ?? [];
}

describe("typed results", () => {
  it("Google Search: typed search results, and the answer's citations as UrlCitations", async () => {
    const steps = await stepsFor({ googleSearch: {} }, "Search for the tallest tree");
    const search = steps.find((s) => s.__typename === "GoogleSearchResultStep");
    expect(search?.__typename === "GoogleSearchResultStep" && search.searchResults[0]?.searchSuggestions).toContain(
      "<a href=",
    );
    const output = steps.find((s) => s.__typename === "ModelOutputStep");
    const cites =
      output?.__typename === "ModelOutputStep"
        ? output.content.flatMap((c) => ("citations" in c ? c.citations : []))
        : [];
    expect(cites[0]).toMatchObject({ __typename: "UrlCitation", type: "url_citation", startIndex: 0 });
    expect(cites[0]?.__typename === "UrlCitation" && cites[0].url).toMatch(/^https:\/\//);
  });

  it("URL context, Google Maps and code execution read as types, not JSON", async () => {
    const url = await stepsFor({ urlContext: {} }, "Read https://example.com/page");
    const fetched = url.find((s) => s.__typename === "UrlContextResultStep");
    expect(fetched?.__typename === "UrlContextResultStep" && fetched.urlStatuses).toEqual([
      { url: "https://example.com/page", status: "SUCCESS" },
    ]);
    const maps = await stepsFor({ googleMaps: {} }, "Find a bakery");
    const places = maps.find((s) => s.__typename === "GoogleMapsResultStep");
    expect(places?.__typename === "GoogleMapsResultStep" && places.places[0]?.placeId).toMatch(/^place_/);
    const code = await stepsFor({ codeExecution: {} }, "Compute something");
    const ran = code.find((s) => s.__typename === "CodeExecutionResultStep");
    expect(ran?.__typename === "CodeExecutionResultStep" && ran.output).toMatch(/^\d+\n$/);
  });

  it("models expose capabilities as an enum, media inputs included", async () => {
    const { models } = await h.ok(CapabilitiesDocument);
    const flash = models.find((m) => m.id === "gemini-3.5-flash");
    expect(flash?.capabilities).toEqual(expect.arrayContaining(["TEXT", "IMAGE_INPUT", "AUDIO_INPUT", "THINKING"]));
    expect(models.find((m) => m.capabilities.includes("IMAGE_OUTPUT"))).toBeDefined();
  });
});
