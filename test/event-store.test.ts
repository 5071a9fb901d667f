import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventsFromDb, persistEvents } from "../src/engine/events/log.ts";
import type { LoggedEvent, RunEvent } from "../src/engine/events/types.ts";
import { type Database, openDatabase } from "../src/infra/db.ts";
import { migratedSnapshot } from "./support/harness.ts";

let database: Database;
let owner: string;
beforeAll(async () => {
  database = await openDatabase({ snapshot: await migratedSnapshot() });
  owner = (await database.prisma.user.create({ data: { name: "store" } })).id;
});
afterAll(async () => {
  await database?.close();
});

const interaction = async (id: string) =>
  database.prisma.interaction.create({ data: { id, ownerId: owner, model: "m", status: "in_progress" } });

/** A reply with every kind of delta a step can carry: plain text, text with more fields, thoughts, arguments. */
function reply(id: string): LoggedEvent[] {
  const events: RunEvent[] = [
    { kind: "created" },
    { kind: "step_start", index: 0, step: { type: "thought" } },
    { kind: "step_delta", index: 0, delta: { type: "thought_summary", content: { type: "text", text: "hm" } } },
    { kind: "step_stop", index: 0 },
    { kind: "step_start", index: 1, step: { type: "model_output" } },
    ...Array.from(
      { length: 40 },
      (_, i): RunEvent => ({ kind: "step_delta", index: 1, delta: { type: "text", text: `w${i} ` } }),
    ),
    { kind: "step_delta", index: 1, delta: { type: "text", text: "cited", annotations: [{ start: 0, end: 5 }] } },
    { kind: "step_delta", index: 1, delta: { type: "text", text: "" } },
    { kind: "step_delta", index: 1, delta: { type: "image", data: "AAAA", mime_type: "image/png" } },
    { kind: "step_stop", index: 1, usage: { total_tokens: 3 } },
    { kind: "completed", status: "completed" },
  ];
  return events.map((e, i) => ({ ...e, interactionId: id, seq: i + 1, eid: `evt_${i + 1}` }) as LoggedEvent);
}

describe("the stored event log", () => {
  it("gives back every event after any cursor exactly as logged, whatever batches it was written in", async () => {
    const id = "store-exact";
    await interaction(id);
    const events = reply(id);
    // Batches that cut runs of deltas in the middle, as group commits do.
    for (const [from, to] of [
      [0, 3],
      [3, 9],
      [9, 30],
      [30, 31],
      [31, events.length],
    ] as const)
      expect(await persistEvents(database.prisma, events.slice(from, to))).toBe(true);
    for (let cursor = 0; cursor < events.length; cursor++) {
      const rest = await eventsFromDb(database.prisma, id, cursor);
      // What a run taken over resumes upstream after is the upstream id of the last event it finds.
      expect(rest.at(-1)?.eid).toBe(events.at(-1)?.eid);
      const strip = (e: LoggedEvent) => ({ ...e, eid: undefined });
      expect(rest.map(strip)).toEqual(events.slice(cursor).map(strip));
    }
  });

  it("still reads runs of deltas stored one whole event each (rows written by earlier versions)", async () => {
    const id = "store-old";
    await interaction(id);
    const old = {
      kind: "step_deltas",
      index: 0,
      events: [5, 6].map((seq) => ({ seq, index: 0, delta: { type: "text", text: `t${seq}` }, eid: `e${seq}` })),
    };
    await database.prisma.interactionEvent.create({
      data: { interactionId: id, seq: 6, type: "step_deltas", payload: old },
    });
    expect(await eventsFromDb(database.prisma, id, 4)).toEqual([
      { kind: "step_delta", index: 0, delta: { type: "text", text: "t5" }, eid: "e5", seq: 5, interactionId: id },
      { kind: "step_delta", index: 0, delta: { type: "text", text: "t6" }, eid: "e6", seq: 6, interactionId: id },
    ]);
  });
});
