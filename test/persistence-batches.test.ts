import { print } from "graphql";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ChatTextDocument } from "./generated/graphql.ts";
import { wsClient } from "./support/clients.ts";
import { type Harness, startHarness } from "./support/harness.ts";

// A run's events reach the database in batches a few ms behind the stream, not at the end of each step:
// a crash loses the last few ms of a long step, not all of it.
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ emulator: { deltaDelayMs: 20 } });
});
afterAll(async () => {
  await h?.close();
});

it("has a long step's events in the database while the step is still streaming", async () => {
  const client = wsClient(h.url);
  const text = `Stream: ${Array.from({ length: 90 }, (_, i) => `w${i}`).join(" ")}`;
  // The last stored event of the run, read straight from the database when the 20th delta reaches the client.
  let stored: Promise<{ cursor: number; seq: number }> | undefined;
  let deltas = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      client.subscribe(
        { query: print(ChatTextDocument), variables: { input: { text } } },
        {
          next: (r) => {
            const ev = r.data?.chat as { __typename: string; interactionId: string; cursor: string };
            if (ev?.__typename !== "StepDeltaEvent" || ++deltas !== 20) return;
            const cursor = Number(ev.cursor);
            stored = h.database.prisma.interactionEvent
              .aggregate({ where: { interactionId: ev.interactionId }, _max: { seq: true } })
              .then(({ _max }) => ({ cursor, seq: _max.seq ?? 0 }));
          },
          error: reject,
          complete: resolve,
        },
      );
    });
  } finally {
    await client.dispose();
  }
  expect(deltas).toBeGreaterThan(20);
  const at = await stored;
  // Before, a step's events were written at its end only (the row alone 100 ms after the request). Deltas
  // come 20 ms apart: the database may be a batch or two behind the client, not a whole step.
  expect(at?.seq).toBeGreaterThanOrEqual((at?.cursor ?? 0) - 8);
});
