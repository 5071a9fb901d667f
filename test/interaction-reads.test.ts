import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeInteractions, roundsOf } from "../src/engine/store/interactions.ts";
import { createLoaders } from "../src/engine/store/loaders.ts";
import type { Db } from "../src/infra/db.ts";
import { seedConversation, userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Pending {
  id: string;
  ownerId: string;
  conversationId?: string;
  parentId?: string;
  turnId?: string;
}

/**
 * Runs whose rows are still behind their stream: a row is written only when a read names it by
 * its id, conversation, parent or turn, as Runs.writePending does for the runs of this process.
 */
function runsBehind(db: Db, rows: Pending[]) {
  const unwritten = [...rows];
  const writePending = async (ids: readonly string[]) => {
    const due = unwritten.filter((r) =>
      [r.id, r.conversationId, r.parentId, r.turnId].some((k) => k && ids.includes(k)),
    );
    for (const r of due) {
      unwritten.splice(unwritten.indexOf(r), 1);
      await db.interaction.create({ data: { ...r, status: "in_progress", input: [] } });
    }
  };
  const readWritten = async <R extends { id: string }>(
    ids: readonly string[],
    read: (ids: string[]) => Promise<R[]>,
  ) => {
    await writePending(ids);
    return read([...ids]);
  };
  const writeAllPending = () => writePending(unwritten.map((r) => r.id));
  return { writePending, writeAllPending, readWritten, unwritten };
}

describe("engine reads of interaction rows honour write-behind", () => {
  it("every loader finds a row its run has not written yet: by id, conversation and parent", async () => {
    const db = h.database.prisma;
    const { user } = await userWithKey(db);
    const conv = await seedConversation(db, user.id, 1);
    const head = conv.headId as string;
    const next = { id: `wb-${Date.now()}`, ownerId: user.id, conversationId: conv.id, parentId: head };
    const byId = { id: `${next.id}-b`, ownerId: user.id };
    const child = { id: `${next.id}-c`, ownerId: user.id, conversationId: conv.id, parentId: next.id };

    const runs = runsBehind(db, [next]);
    expect((await createLoaders({ db, runs }).conversationInteractions.load(conv.id)).map((r) => r.id)).toEqual([
      head,
      next.id,
    ]);
    expect((await createLoaders({ db, runs: runsBehind(db, [byId]) }).interaction.load(byId.id))?.id).toBe(byId.id);
    const children = await createLoaders({ db, runs: runsBehind(db, [child]) }).childrenOf.load(next.id);
    expect(children.map((r) => r.id)).toEqual([child.id]);
    // Without runs (tools, tests) rows are read as stored.
    expect(await createLoaders({ db }).interaction.load("no-such-row")).toBeNull();
  });

  it("a one-off turn's rounds and the running interactions come from the engine's reads", async () => {
    const db = h.database.prisma;
    const { user } = await userWithKey(db);
    const turn = { id: `turn-${Date.now()}`, ownerId: user.id };
    const round = { id: `${turn.id}-r1`, ownerId: user.id, turnId: turn.id };
    const runs = runsBehind(db, [turn, round]);
    expect((await createLoaders({ db, runs }).interaction.load(turn.id))?.id).toBe(turn.id);
    expect((await roundsOf({ db, runs }, turn.id)).map((r) => r.id)).toEqual([round.id]);
    expect(runs.unwritten).toEqual([]);
    const active = await activeInteractions({ db }, { ownerId: user.id }, { take: 10 });
    expect(active.map((r) => r.id).sort()).toEqual([turn.id, round.id].sort());
  });

  it("activeRuns lists a run from its first event, its row not written yet (was: 80-100 ms later)", async () => {
    const db = h.database.prisma;
    const { user } = await userWithKey(db);
    const running = { id: `run-${Date.now()}`, ownerId: user.id };
    const runs = runsBehind(db, [running]);
    const active = await activeInteractions({ db, runs }, { ownerId: user.id }, { take: 10 });
    expect(active.map((r) => r.id)).toEqual([running.id]);
  });
});
