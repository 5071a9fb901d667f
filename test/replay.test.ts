import { describe, expect, it } from "vitest";
import { replayAfter } from "../src/engine/events/replay.ts";
import type { LoggedEvent } from "../src/engine/events/types.ts";

const ev = (seq: number): LoggedEvent => ({ kind: "status", status: "in_progress", interactionId: "i", seq });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ev(from + i));
const seqs = (evs: LoggedEvent[]) => evs.map((e) => e.seq);

/** The one replay rule of both event logs (memory or a Redis stream in front of the database). */
describe("replayAfter", () => {
  const durable = (evs: LoggedEvent[]) => {
    const read = { count: 0 };
    const fn = async () => {
      read.count++;
      return evs;
    };
    return { read, fn };
  };

  it("takes a copy known to be whole as it is, without a database read", async () => {
    const db = durable(range(1, 9));
    expect(seqs(await replayAfter(3, [], true, db.fn))).toEqual([]);
    expect(db.read.count).toBe(0);
  });

  it("takes an unbroken copy from the cursor on without a database read", async () => {
    const db = durable(range(1, 3));
    expect(seqs(await replayAfter(3, range(4, 6), false, db.fn))).toEqual([4, 5, 6]);
    expect(db.read.count).toBe(0);
  });

  it("reads the database when the copy starts late, and appends the copy's unbroken tail", async () => {
    const db = durable(range(3, 5));
    expect(seqs(await replayAfter(2, range(5, 8), false, db.fn))).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it("leaves out a tail with a gap after the database's last event: no event is skipped", async () => {
    const db = durable(range(3, 5));
    expect(seqs(await replayAfter(2, [ev(7), ev(8)], false, db.fn))).toEqual([3, 4, 5]);
    expect(seqs(await replayAfter(2, [ev(6), ev(8)], false, db.fn))).toEqual([3, 4, 5]);
  });

  it("answers from the database alone when the copy is empty", async () => {
    const db = durable(range(1, 4));
    expect(seqs(await replayAfter(0, [], false, db.fn))).toEqual([1, 2, 3, 4]);
  });
});
