import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Collected, collectSse, collectWs, wsClient } from "./support/clients.ts";
import { longText, userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { local } from "./support/metrics.ts";
import { waitFor } from "./support/wait.ts";

type Data = Record<string, Record<string, unknown>>;
const doc = (text: string): TypedDocumentNode<Data, Record<string, unknown>> => parse(text);

const WIDE = doc(`subscription Wide($id: ID!) { interactionEvents(id: $id) {
  __typename cursor interactionId
  ... on StepDeltaEvent { index delta { type ... on TextDelta { text } ... on ImageDelta { mimeType url } } }
} }`);
const NARROW = doc(`subscription Narrow($id: ID!) { interactionEvents(id: $id) { __typename cursor } }`);
const OWNER_CHAT = doc(
  `subscription Owner($input: SendMessageInput!) { chat(input: $input) { __typename interactionId } }`,
);

/** The fields WIDE may hold, by event type (an event type that selects nothing of its own holds the shared ones). */
const EVENT_FIELDS = new Set(["__typename", "cursor", "interactionId", "index", "delta"]);
const DELTA_FIELDS: Record<string, string[]> = {
  TextDelta: ["type", "text"],
  ImageDelta: ["type", "mimeType", "url"],
};

let h: Harness;
beforeAll(async () => {
  // Paced, so that every follower is live while the run streams (their executions can be shared).
  h = await startHarness({ emulator: { deltaDelayMs: 15 } });
});
afterAll(async () => {
  await h?.close();
});

const eventsOf = (c: Collected<Data>) => c.results.map((r) => r.interactionEvents ?? {});

describe("one execution per event for subscribers with the same operation and access", () => {
  it("shares executions, yet no subscriber gets a field its own selection or access would not produce", async () => {
    const owner = await userWithKey(h.database.prisma);
    const admin = await userWithKey(h.database.prisma, "ADMIN", ["READ", "WRITE", "ADMIN"]);
    const sharedBefore = await local("gig_subscription_executions_total", { shared: "yes" });
    const started: Collected<Data> = { results: [], errors: [] };
    const chat = collectWs(
      wsClient(h.url, owner.headers),
      OWNER_CHAT,
      { input: { model: "gemini-3.1-flash-image", text: longText("shared", { words: 90 }) } },
      { into: started },
    );
    const id = await waitFor("the run's first event", () => started.results[0]?.chat?.interactionId);
    const wsAs = (headers: Record<string, string>) => wsClient(h.url, headers);
    const [ownerWide, ownerWideToo, ownerNarrow, adminWide, ownerSse] = await Promise.all([
      collectWs(wsAs(owner.headers), WIDE, { id }),
      collectWs(wsAs(owner.headers), WIDE, { id }),
      collectWs(wsAs(owner.headers), NARROW, { id }),
      collectWs(wsAs(admin.headers), WIDE, { id }),
      collectSse(h.url, WIDE, { id }, { headers: owner.headers }),
      chat,
    ]);
    for (const f of [ownerWide, ownerWideToo, ownerNarrow, adminWide, ownerSse]) {
      expect(f.errors).toEqual([]);
      expect(f.results.length).toBeGreaterThan(10);
    }

    // Selection: the narrow subscriber gets exactly its two fields, whatever the wide ones asked for.
    for (const e of eventsOf(ownerNarrow)) expect(Object.keys(e).sort()).toEqual(["__typename", "cursor"]);
    for (const e of [...eventsOf(ownerWide), ...eventsOf(adminWide), ...eventsOf(ownerSse)]) {
      expect(Object.keys(e).every((k) => EVENT_FIELDS.has(k))).toBe(true);
      const delta = e.delta as Record<string, unknown> | undefined;
      if (!delta) continue;
      const typename = delta.type === "image" ? "ImageDelta" : delta.type === "text" ? "TextDelta" : "other";
      expect(Object.keys(delta).sort()).toEqual((DELTA_FIELDS[typename] ?? ["type"]).slice().sort());
    }

    // Access: each viewer's media URL is signed for that viewer, never for the other one.
    const urls = (c: Collected<Data>) =>
      eventsOf(c).flatMap((e) => {
        const url = (e.delta as { url?: string } | undefined)?.url;
        return url ? [url] : [];
      });
    expect(urls(ownerWide)).toHaveLength(1);
    expect(urls(ownerWide)[0]).toContain(`u=${owner.user.id}`);
    expect(urls(ownerSse)).toEqual(urls(ownerWide));
    expect(urls(adminWide)).toHaveLength(1);
    expect(urls(adminWide)[0]).toContain(`u=${admin.user.id}`);

    // Same operation, same access: the same events, byte for byte, from shared executions.
    expect(ownerWideToo.results).toEqual(ownerWide.results);
    expect(ownerSse.results).toEqual(ownerWide.results);
    const sameButUrl = (c: Collected<Data>) => JSON.stringify(c.results).replace(/"url":"[^"]*"/g, "");
    expect(sameButUrl(adminWide)).toBe(sameButUrl(ownerWide));
    const shared = (await local("gig_subscription_executions_total", { shared: "yes" })) - sharedBefore;
    expect(shared).toBeGreaterThanOrEqual(ownerWide.results.length);
  }, 60_000);
});
