import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./support/harness.ts";

describe("the web app's routes", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("serves the app at / and /admin with a policy that keeps every request on this origin", async () => {
    for (const path of ["/", "/admin", "/admin/", "/some/page?c=1"]) {
      const res = await fetch(`${h.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/text\/html/);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      const html = await res.text();
      expect(html).toContain('<div id="app">');
      // Only relative (same-origin) assets: no CDN, no font service.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  it("serves hashed assets cached for good, and 404 for a missing one", async () => {
    const html = await (await fetch(`${h.url}/`)).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    const res = await fetch(`${h.url}${script}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("cache-control")).toContain("immutable");
    const body = await res.text();
    expect(body).not.toMatch(/https?:\/\/(fonts\.|cdn\.|unpkg|jsdelivr)/);
    expect((await fetch(`${h.url}/assets/nothing-here.js`)).status).toBe(404);
  });

  it("leaves /graphql to GraphQL (and GraphiQL), and /healthz to the server", async () => {
    const gql = await fetch(`${h.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await gql.json()).toEqual({ data: { __typename: "Query" } });
    const graphiql = await fetch(`${h.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await graphiql.text()).not.toContain('<div id="app">');
    expect(await (await fetch(`${h.url}/healthz`)).json()).toEqual({ status: "ok" });
  });
});

describe("the web app's GraphQL client", () => {
  it("is the client kit: no page opens its own socket or posts to /graphql", () => {
    const root = fileURLToPath(new URL("../web/src", import.meta.url));
    const sources = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("generated"))
      .map((f) => ({ f, text: readFileSync(join(root, f), "utf8") }));
    expect(
      sources.filter((s) => /from "graphql-ws"|new WebSocket|fetch\([^)]*graphql/.test(s.text)).map((s) => s.f),
    ).toEqual([]);
    const kitUsers = sources.filter((s) => s.text.includes('from "@gemini-interactions-graphql/client"'));
    expect(kitUsers.map((s) => s.f)).toEqual(["api/client.ts"]);
  });
});
