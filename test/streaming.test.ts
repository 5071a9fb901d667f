import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { LoggedEvent } from "../src/engine/events/types.ts";
import {
  CancelInteractionDocument,
  ChatDocument,
  GetInteractionDocument,
  InteractionEventsDocument,
} from "./generated/graphql.ts";
import { collectSse, collectWs, wsClient } from "./support/clients.ts";
import { longText, userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { local } from "./support/metrics.ts";
import { waitFor } from "./support/wait.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ emulator: { deltaDelayMs: 8 }, app: { wsInitTimeoutMs: 300 } });
});
afterAll(async () => {
  await h?.close();
});

type Ev = {
  __typename: string;
  cursor?: string;
  interactionId?: string;
  delta?: { __typename: string; text?: string };
};
const events = (rs: { interactionEvents: Ev }[] | { chat: Ev }[]) =>
  rs.map((r) => ("chat" in r ? r.chat : r.interactionEvents));
const joined = (evs: Ev[]) =>
  evs
    .filter((e) => e.__typename === "StepDeltaEvent" && e.delta?.__typename === "TextDelta")
    .map((e) => e.delta?.text ?? "")
    .join("");
const cursors = (evs: Ev[]) => evs.map((e) => Number(e.cursor));

/** Starts a chat over WebSocket and resolves with the interaction id once the first event arrives. */
async function startChat(text: string) {
  const client = wsClient(h.url);
  let resolveId: (id: string) => void = () => undefined;
  const id = new Promise<string>((r) => {
    resolveId = r;
  });
  const all: Ev[] = [];
  const done = new Promise<void>((resolve, reject) => {
    client.subscribe(
      { query: print(ChatDocument), variables: { input: { text } } },
      {
        next: (v) => {
          const e = (v.data as { chat: Ev } | undefined)?.chat;
          if (e) {
            all.push(e);
            if (e.interactionId) resolveId(e.interactionId);
          }
        },
        error: reject,
        complete: resolve,
      },
    );
  });
  return { id: await id, all, done, client };
}

describe("live streaming", () => {
  it("chat over graphql-ws streams deltas whose join equals the final outputText", async () => {
    const chat = await startChat(longText("chat"));
    await chat.done;
    await chat.client.dispose();
    // The round's last event, then one TurnEndEvent saying the user's turn is over, and why.
    expect(chat.all.at(-1)).toMatchObject({ __typename: "TurnEndEvent", reason: "COMPLETED", status: "COMPLETED" });
    const last = chat.all.at(-2) as Ev & { interaction?: { outputText: string; status: string } };
    expect(last.__typename).toBe("InteractionCompletedEvent");
    expect(last.interaction?.status).toBe("COMPLETED");
    expect(chat.all.filter((e) => e.__typename === "StepDeltaEvent").length).toBeGreaterThan(10);
    expect(joined(chat.all)).toBe(last.interaction?.outputText);
    expect(cursors(chat.all)).toEqual(chat.all.map((_, i) => i + 1));
  });

  it("SSE follows a running interaction live, and many subscribers see the same events", async () => {
    const chat = await startChat(longText("many"));
    const followers = await Promise.all([
      collectSse(h.url, InteractionEventsDocument, { id: chat.id }),
      collectSse(h.url, InteractionEventsDocument, { id: chat.id }),
      collectWs(h.url, InteractionEventsDocument, { id: chat.id }),
    ]);
    await chat.done;
    await chat.client.dispose();
    const final = (await h.ok(GetInteractionDocument, { id: chat.id })).interaction;
    // Each follower joined while the run was live: its first event came before the run's end was recorded.
    const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: chat.id } });
    for (const f of followers) {
      expect(f.errors).toEqual([]);
      expect(f.firstAt).toBeDefined();
      expect(f.firstAt as number).toBeLessThan(row.completedAt?.getTime() as number);
      expect(f.errors).toEqual([]);
      expect(joined(events(f.results))).toBe(final?.outputText);
      // The same events as chat's, without the turn's end (a per-interaction stream ends with the round).
      expect(cursors(events(f.results))).toEqual(cursors(chat.all.slice(0, -1)));
    }
  });

  for (const transport of ["ws", "sse"] as const) {
    it(`a ${transport} client that drops after k events resumes with exactly the rest`, async () => {
      const chat = await startChat(longText(`resume-${transport}`));
      const k = 7;
      const collect = (after?: string | null, stopAfter?: number) =>
        transport === "ws"
          ? collectWs(h.url, InteractionEventsDocument, { id: chat.id, after }, stopAfter)
          : collectSse(h.url, InteractionEventsDocument, { id: chat.id, after }, { stopAfter });
      const first = events((await collect(undefined, k)).results);
      expect(first).toHaveLength(k);
      const rest = events((await collect(first.at(-1)?.cursor)).results);
      await chat.done;
      await chat.client.dispose();
      const whole = [...first, ...rest];
      expect(cursors(whole)).toEqual(whole.map((_, i) => i + 1));
      const final = (await h.ok(GetInteractionDocument, { id: chat.id })).interaction;
      expect(joined(whole)).toBe(final?.outputText);
      expect(whole.at(-1)?.__typename).toBe("InteractionCompletedEvent");
    });
  }

  it("a client that goes away does not stop the run", async () => {
    const chat = await startChat(longText("leaver"));
    await chat.client.dispose();
    // The client is gone while the run is still going: only part of the reply has reached it.
    const atLeave = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: chat.id } });
    expect(atLeave.status).toBe("in_progress");
    expect(atLeave.completedAt).toBeNull();
    const seen = chat.all.length;
    await waitFor(
      "the run to complete",
      async () => (await h.ok(GetInteractionDocument, { id: chat.id })).interaction?.status === "COMPLETED",
      { timeoutMs: 10_000 },
    );
    // The run went on to produce the whole reply, far more than the client saw before it left.
    const final = (await h.ok(GetInteractionDocument, { id: chat.id })).interaction;
    expect(final?.outputText).toContain("word59");
    const logged = await h.database.prisma.interactionEvent.count({ where: { interactionId: chat.id } });
    expect(logged).toBeGreaterThan(seen + 10);
  });
});

describe("cancel", () => {
  it("cancelInteraction stops the run; subscribers see CANCELLED and the stream ends", async () => {
    const chat = await startChat(longText("cancel me"));
    await waitFor("a delta", () => chat.all.some((e) => e.__typename === "StepDeltaEvent"), { timeoutMs: 10_000 });
    const { cancelInteraction } = await h.ok(CancelInteractionDocument, { id: chat.id });
    expect(cancelInteraction.status).toBe("CANCELLED");
    await chat.done;
    await chat.client.dispose();
    const tail = chat.all.slice(-3) as (Ev & { status?: string; interaction?: { status: string } })[];
    expect(tail[0]).toMatchObject({ __typename: "InteractionStatusEvent", status: "CANCELLED" });
    expect(tail[1]).toMatchObject({ __typename: "InteractionCompletedEvent", interaction: { status: "CANCELLED" } });
    expect(tail[2]).toMatchObject({ __typename: "TurnEndEvent", reason: "CANCELLED" });
    expect(joined(chat.all).length).toBeLessThan(longText("cancel me").length);
  });
});

describe("upstream faults", () => {
  it("recovers a cut upstream stream: the text is byte-identical to an uninterrupted run", async () => {
    const text = longText("cut");
    const clean = await startChat(text);
    await clean.done;
    await clean.client.dispose();
    const reference = (await h.ok(GetInteractionDocument, { id: clean.id })).interaction;

    const gets = () => h.emulator.requests.length;
    const before = gets();
    const resumed = await local("gig_upstream_retries_total", { kind: "stream_resume" });
    h.emulator.faults.add([{ op: "create", cutAfter: 6 }]);
    const cut = await startChat(text);
    await cut.done;
    await cut.client.dispose();
    const recovered = (await h.ok(GetInteractionDocument, { id: cut.id })).interaction;
    expect(gets() - before).toBe(1); // resumed with GET ?last_event_id, not a second create
    expect(recovered?.status).toBe("COMPLETED");
    expect(recovered?.outputText).toBe(reference?.outputText);
    expect(joined(cut.all)).toBe(reference?.outputText);
    // Events upstream sent while the stream was cut come as one burst: its text deltas may arrive merged,
    // so the cursors may skip, but they rise and end where the uninterrupted run's end.
    const seen = cursors(cut.all);
    expect(seen).toEqual([...new Set(seen)].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(cursors(clean.all).at(-1));
    expect(await local("gig_upstream_retries_total", { kind: "stream_resume" })).toBeGreaterThan(resumed);
  });
});

describe("authorisation", () => {
  it("refuses another user's interaction on subscribe, over both transports", async () => {
    const chat = await startChat("mine only");
    await chat.done;
    await chat.client.dispose();
    const stranger = await userWithKey(h.database.prisma);
    const ws = await collectWs(wsClient(h.url, stranger.headers), InteractionEventsDocument, { id: chat.id });
    expect(ws.results).toEqual([]);
    expect(JSON.stringify(ws.errors)).toContain("NOT_FOUND");
    const sse = await collectSse(h.url, InteractionEventsDocument, { id: chat.id }, { headers: stranger.headers });
    expect(sse.results).toEqual([]);
    expect(JSON.stringify(sse.errors)).toContain("NOT_FOUND");
  });

  it("refuses a wrong API key instead of falling back to anonymous", async () => {
    const res = await h.gql(GetInteractionDocument, { id: "x" }, { authorization: "Bearer nope" });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("slow consumers", () => {
  it("closes a subscriber that falls too far behind with SLOW_CONSUMER, and it can resume", async () => {
    const chat = await startChat(longText("slow"));
    const stream = h.app.engine.streams.interaction(chat.id, 0, 3);
    const firstEvent = await stream.next(); // subscribed; now read nothing while the run goes on
    await chat.done;
    await chat.client.dispose();
    const seen: LoggedEvent[] = [firstEvent.value as LoggedEvent];
    await expect(
      (async () => {
        for await (const e of stream) seen.push(e);
      })(),
    ).rejects.toMatchObject({ extensions: { code: "SLOW_CONSUMER" } });
    const resumed: LoggedEvent[] = [];
    for await (const e of h.app.engine.streams.interaction(chat.id, seen.at(-1)?.seq ?? 0)) resumed.push(e);
    // A subscriber that is behind may get waiting deltas merged: a merged event stands for fromSeq..seq.
    const covered = [...seen, ...resumed].flatMap((e: LoggedEvent & { fromSeq?: number }) =>
      Array.from({ length: e.seq - (e.fromSeq ?? e.seq) + 1 }, (_, k) => (e.fromSeq ?? e.seq) + k),
    );
    expect(covered).toEqual(chat.all.slice(0, -1).map((_, i) => i + 1));
  });
});

describe("graphql-ws protocol edge cases", () => {
  const raw = () => new WebSocket(`${h.url.replace("http", "ws")}/graphql`, "graphql-transport-ws");
  const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
  const opened = (ws: WebSocket) => new Promise<void>((resolve) => ws.on("open", () => resolve()));

  it("closes 4408 when connection_init never comes", async () => {
    const ws = raw();
    expect(await closed(ws)).toBe(4408);
  });

  it("closes 4401 on subscribe before the connection is acknowledged", async () => {
    const ws = raw();
    await opened(ws);
    ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ viewer { id } }" } }));
    expect(await closed(ws)).toBe(4401);
  });

  it("closes 4409 on a duplicate operation id", async () => {
    const ws = raw();
    await opened(ws);
    const acked = new Promise<void>((resolve) =>
      ws.on("message", (m) => JSON.parse(String(m)).type === "connection_ack" && resolve()),
    );
    ws.send(JSON.stringify({ type: "connection_init" }));
    await acked;
    const chat = await startChat(longText("dup"));
    const sub = {
      id: "same",
      type: "subscribe",
      payload: { query: print(InteractionEventsDocument), variables: { id: chat.id } },
    };
    ws.send(JSON.stringify(sub));
    ws.send(JSON.stringify(sub));
    expect(await closed(ws)).toBe(4409);
    await chat.done;
    await chat.client.dispose();
  });
});
