import { describe, expect, it } from "vitest";
import { create, MODEL, useEmulator } from "./helpers.ts";

/**
 * The emulator is the default backend of `npm start`: it must not keep every interaction, its
 * events and every request body forever. Finished interactions beyond the count, or older than
 * the age, are forgotten (GET answers 404 as upstream does after its retention); the request
 * logs keep the last entries only. A run still going is never forgotten.
 */
describe("emulator retention", () => {
  const ctx = useEmulator({ retention: { maxInteractions: 3, maxAgeMs: 1_000 } });

  it("keeps at most maxInteractions finished interactions and log entries, forgetting the oldest", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await create(ctx.ai, { model: MODEL, input: `hello ${i}` })).id as string);
    expect(ctx.emulator.store.recs.size).toBe(3);
    expect([...ctx.emulator.store.recs.keys()]).toEqual(ids.slice(3));
    expect(ctx.emulator.requests).toHaveLength(3);
    expect(ctx.emulator.log.length).toBeLessThanOrEqual(3);
    await expect(ctx.ai.interactions.get(ids[0] as string)).rejects.toMatchObject({ status: 404 });
    expect((await ctx.ai.interactions.get(ids[5] as string)).id).toBe(ids[5]);
  });

  it("forgets finished interactions past their age even when idle", async () => {
    const made = await create(ctx.ai, { model: MODEL, input: "old" });
    expect(ctx.emulator.store.recs.has(made.id as string)).toBe(true);
    // The sweep runs on its own (every min(age / 4, 60 s)); no new request is needed.
    await new Promise((r) => setTimeout(r, 2_200));
    expect(ctx.emulator.store.recs.size).toBe(0);
  });

  it("never forgets a run that is still going", async () => {
    ctx.emulator.pacing.backgroundStepDelayMs = 500;
    const bg = await create(ctx.ai, { model: MODEL, input: "slow", background: true });
    // Far in the future every finished interaction is past its age; this one is not finished.
    ctx.emulator.store.sweep(Date.now() + 10_000_000);
    expect(ctx.emulator.store.recs.get(bg.id as string)?.done).toBe(false);
  });
});
