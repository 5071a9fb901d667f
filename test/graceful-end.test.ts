import { afterAll, beforeAll, expect, it } from "vitest";
import { ChatTextDocument, JobUpdatesDocument } from "./generated/graphql.ts";
import { type Collected, collectSse, collectWs } from "./support/clients.ts";
import { longText } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

let h: Harness | undefined;
beforeAll(async () => {
  // A delta every 40 ms: the chat is still streaming when the server stops.
  h = await startHarness({ env: { SHUTDOWN_DRAIN_MS: "0" }, emulator: { deltaDelayMs: 40 } });
});
afterAll(async () => {
  await h?.close();
});

const codes = (c: Collected<unknown>) =>
  c.errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code);
const fresh = (): Collected<never> => ({ results: [], errors: [] });

it("a stopping server ends every subscription, streaming or idle, over SSE and WebSocket: a last SERVER_STOPPING payload, then complete", async () => {
  const server = h as Harness;
  h = undefined;
  const chat = fresh();
  const idleWs = fresh();
  const idleSse = fresh();
  let sseOpen = false;
  const ended = (p: Promise<unknown>) => p.then(() => Date.now());
  const streams = [
    ended(
      collectSse(server.url, ChatTextDocument, { input: { text: longText("stop", { words: 120 }) } }, { into: chat }),
    ),
    ended(collectWs(server.url, JobUpdatesDocument, {}, { into: idleWs })),
    ended(
      collectSse(
        server.url,
        JobUpdatesDocument,
        {},
        {
          into: idleSse,
          opened: () => {
            sseOpen = true;
          },
        },
      ),
    ),
  ];
  await waitFor("the chat to stream", () => chat.results.length > 1 && sseOpen);
  // The idle subscriptions are registered once their first round trip is through: a chat's second event is later.
  const stoppedAt = Date.now();
  const closing = server.close();
  const endedAt = await Promise.all(streams);
  // Each subscriber is told, and each stream completes, while the server is still stopping (not cut by its close).
  for (const c of [chat, idleWs, idleSse]) expect(codes(c)).toEqual(["SERVER_STOPPING"]);
  for (const at of endedAt) expect(at - stoppedAt).toBeLessThan(3_000);
  // The chat got what was on its way, and the reply was not over: its end came from the stop.
  expect(chat.results.some((r) => (r as { __typename?: string }).__typename === "TurnEndEvent")).toBe(false);
  await closing;
}, 30_000);
