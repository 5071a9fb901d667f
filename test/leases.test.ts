import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CancelInteractionDocument,
  ChatDocument,
  type ChatSubscription,
  GetInteractionDocument,
} from "./generated/graphql.ts";
import { type Collected, collectWs } from "./support/clients.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { joined } from "./support/jobs.ts";
import { waitFor } from "./support/wait.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    emulator: { deltaDelayMs: 20 },
    env: { RUN_LEASE_MS: "600", RECONCILE_INTERVAL_MS: "200" },
  });
});
afterAll(async () => {
  await h?.close();
});

type Ev = {
  __typename: string;
  cursor?: string;
  delta?: { __typename: string; text?: string };
  interaction?: { status: string };
};

describe("run leases", () => {
  it("a run its follower let go is taken up by the periodic sweep: the subscriber gets the whole reply once", async () => {
    const text = `sweep ${Array.from({ length: 80 }, (_, i) => `w${i}`).join(" ")}`;
    const live: Collected<ChatSubscription> = { results: [], errors: [] };
    const chat = collectWs(h.url, ChatDocument, { input: { text } }, { into: live });
    const prisma = h.database.prisma;
    const row = await waitFor("the run to start", () =>
      prisma.interaction.findFirst({ where: { completedAt: null }, orderBy: { createdAt: "desc" } }),
    );
    // Some deltas streamed (about 80 at 20 ms each in all).
    await waitFor("some deltas", () => live.results.length >= 10);
    // Its follower holds a lease and renews it (every 200 ms here).
    const held = await waitFor("the lease to be renewed", async () => {
      const r = await prisma.interaction.findUniqueOrThrow({ where: { id: row.id } });
      return (r.leaseUntil?.getTime() ?? 0) > r.createdAt.getTime() + 600 && r;
    });
    expect(held.leaseOwner).toBeTruthy();
    // Its follower stops without recording anything, as a process that died would: the lease lapses.
    // (Until its upstream stream is open the run is not live yet, and there is nothing to let go.)
    const letGo = await waitFor("the run to be let go", async () => {
      const ids = await h.app.engine.runs.detachAll();
      return ids.length > 0 && ids;
    });
    expect(letGo).toEqual([row.id]);
    const atLetGo = live.results.length;
    const { results, errors } = await chat;
    const evs = results.map((r) => r.chat as Ev);
    expect(errors).toEqual([]);
    expect(evs.map((e) => Number(e.cursor))).toEqual(evs.map((_, i) => i + 1));
    const ends = evs.filter((e) => e.__typename === "InteractionCompletedEvent");
    expect(ends).toMatchObject([{ interaction: { status: "COMPLETED" } }]);
    const final = (await h.ok(GetInteractionDocument, { id: row.id })).interaction;
    expect(joined(evs)).toBe(final?.outputText);
    // Nothing follows a let-go run: the events after it came from whoever took it over.
    expect(evs.length).toBeGreaterThan(atLetGo);
  });

  it("cancelInteraction of a run whose owner holds a lease but never answers ends it here within seconds", async () => {
    const prisma = h.database.prisma;
    const owner = await prisma.user.findFirstOrThrow({ where: { id: "local" } });
    // A run another (dead, or cut off) process still holds a live lease on.
    const row = await prisma.interaction.create({
      data: {
        ownerId: owner.id,
        status: "in_progress",
        model: "gemini-3.5-flash",
        leaseOwner: "gone-host:1:abcdef",
        leaseUntil: new Date(Date.now() + 3_600_000),
      },
    });
    const t = Date.now();
    const { cancelInteraction } = await h.ok(CancelInteractionDocument, { id: row.id });
    expect(cancelInteraction.status).toBe("CANCELLED");
    expect(Date.now() - t).toBeLessThan(5_000);
    const after = await prisma.interaction.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.completedAt).not.toBeNull();
    const events = await prisma.interactionEvent.findMany({
      where: { interactionId: row.id },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => e.type)).toEqual(["status", "completed"]);
  });
});
