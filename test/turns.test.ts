import { print } from "graphql";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { z } from "zod";
import { defineFunction, FunctionRegistry } from "../src/engine/functions/registry.ts";
import { runServerCalls } from "../src/engine/turns/calls.ts";
import { Turns } from "../src/engine/turns/index.ts";
import { createLogger } from "../src/infra/logger.ts";
import {
  ChatTurnDocument,
  type ChatTurnSubscriptionVariables,
  type EventFieldsFragment,
  GetInteractionDocument,
  InteractionEventsDocument,
  SendMessageDocument,
  SharedFieldsDocument,
  TurnEventsDocument,
} from "./generated/graphql.ts";
import { collectSse, collectWs } from "./support/clients.ts";
import { longText, userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ emulator: { deltaDelayMs: 8 }, env: { MAX_TOOL_ROUNDS: "2" } });
});
afterAll(async () => {
  await h?.close();
});

type Ev = EventFieldsFragment;
const text = (evs: Ev[]) =>
  evs
    .map((e) => (e.__typename === "StepDeltaEvent" && e.delta.__typename === "TextDelta" ? e.delta.text : ""))
    .join("");
const creates = () => h.emulator.requests.length;
/** What a replay must repeat exactly (an event's `interaction` is read when it is sent, so it shows the row as it is now). */
const shape = (evs: Ev[]) =>
  evs.map((e) => ({
    type: e.__typename,
    cursor: e.cursor,
    interactionId: e.interactionId,
    delta: e.__typename === "StepDeltaEvent" ? e.delta : undefined,
    step: e.__typename === "StepStartEvent" ? e.step : undefined,
  }));

describe("idempotent sends", () => {
  it("a WebSocket killed mid-chat re-subscribes with the same clientMessageId: one turn, one upstream create, the text once", async () => {
    const user = await userWithKey(h.database.prisma);
    const before = creates();
    let socket: WebSocket | undefined;
    let kills = 0;
    const client = createClient({
      url: `${h.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: user.headers,
      retryAttempts: 5,
      shouldRetry: () => true,
      // Reconnect at once (the default backs off for seconds): the server is up, only the socket died.
      retryWait: async () => undefined,
      on: { connected: (s) => (socket = s as WebSocket) },
    });
    const seen = new Map<string, Ev>();
    let raw = 0;
    const input = { text: longText("blip"), clientMessageId: "msg-blip-1" };
    await new Promise<void>((resolve, reject) => {
      client.subscribe<{ chat: Ev }>(
        { query: print(ChatTurnDocument), variables: { input } },
        {
          next: ({ data }) => {
            const e = data?.chat as Ev;
            raw += 1;
            // The client keeps one copy per cursor: a re-subscribe replays the turn from its start.
            seen.set(e.cursor, e);
            if (e.__typename === "StepDeltaEvent" && seen.size === 8 && kills === 0) {
              kills += 1;
              socket?.terminate();
            }
          },
          error: reject,
          complete: resolve,
        },
      );
    });
    await client.dispose();
    expect(kills).toBe(1);
    expect(raw).toBeGreaterThan(seen.size); // the replay after the re-subscribe did repeat events
    const evs = [...seen.values()].sort((a, b) => Number(a.cursor) - Number(b.cursor));
    const end = evs.at(-1);
    expect(end?.__typename).toBe("TurnEndEvent");
    expect(evs.filter((e) => e.__typename === "TurnEndEvent")).toHaveLength(1);
    const final = end?.__typename === "TurnEndEvent" ? end.interaction : null;
    expect(text(evs)).toBe(final?.outputText);
    expect(creates() - before).toBe(1);
    const db = h.database.prisma;
    expect(await db.conversation.count({ where: { ownerId: user.user.id } })).toBe(1);
    expect(await db.interaction.count({ where: { ownerId: user.user.id } })).toBe(1);
  });

  it("the same clientMessageId over HTTP (a retry, or two at once) gives one turn; another user's same id is theirs", async () => {
    const a = await userWithKey(h.database.prisma);
    const b = await userWithKey(h.database.prisma);
    const before = creates();
    const input = { text: "retry me", clientMessageId: "same-id" };
    const [one, two] = await Promise.all([
      h.ok(SendMessageDocument, { input }, a.headers),
      h.ok(SendMessageDocument, { input }, a.headers),
    ]);
    const three = await h.ok(SendMessageDocument, { input }, a.headers);
    expect(two.sendMessage.id).toBe(one.sendMessage.id);
    expect(three.sendMessage.id).toBe(one.sendMessage.id);
    expect(creates() - before).toBe(1);
    expect(await h.database.prisma.conversation.count({ where: { ownerId: a.user.id } })).toBe(1);
    const theirs = await h.ok(SendMessageDocument, { input }, b.headers);
    expect(theirs.sendMessage.id).not.toBe(one.sendMessage.id);
    expect(creates() - before).toBe(2);
  });

  it("refuses a malformed clientMessageId with a typed error", async () => {
    const res = await h.gql(SendMessageDocument, { input: { text: "x", clientMessageId: "has space" } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION_ERROR", field: "clientMessageId" });
  });
});

/** Streams one chat turn over graphql-ws, noting when its first delta came. */
async function chatTurn(variables: ChatTurnSubscriptionVariables) {
  let firstDeltaAt: number | undefined;
  const client = createClient({ url: `${h.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket });
  const evs: Ev[] = [];
  await new Promise<void>((resolve, reject) => {
    client.subscribe<{ chat: Ev }>(
      { query: print(ChatTurnDocument), variables: variables as Record<string, unknown> },
      {
        next: ({ data, errors }) => {
          if (errors) reject(new Error(JSON.stringify(errors)));
          const e = data?.chat as Ev;
          if (e.__typename === "StepDeltaEvent") firstDeltaAt ??= Date.now();
          evs.push(e);
        },
        error: reject,
        complete: resolve,
      },
    );
  });
  await client.dispose();
  const end = evs.at(-1);
  const last = end?.__typename === "TurnEndEvent" ? end.interaction.id : "";
  const row = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: last } });
  return { evs, end, firstDeltaAt, completedAt: row.completedAt?.getTime() ?? 0 };
}

describe("every kind of turn streams", () => {
  it("regenerate, edit and function results each stream their first delta before the run ends", async () => {
    const first = await chatTurn({ input: { text: longText("first") } });
    const firstId = first.end?.__typename === "TurnEndEvent" ? first.end.interaction.id : "";
    expect(first.firstDeltaAt).toBeLessThan(first.completedAt);

    const regen = await chatTurn({ regenerate: { interactionId: firstId } });
    expect(regen.firstDeltaAt).toBeLessThan(regen.completedAt);
    expect(regen.end).toMatchObject({ __typename: "TurnEndEvent", reason: "COMPLETED" });

    const edit = await chatTurn({ edit: { interactionId: firstId, input: { text: longText("edited") } } });
    expect(edit.firstDeltaAt).toBeLessThan(edit.completedAt);
    expect(text(edit.evs)).toContain("edited");

    const weather = {
      function: {
        name: "get_weather",
        parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
      },
    };
    const ask = await chatTurn({ input: { text: `get_weather in "Oslo" ${longText("")}`, tools: [weather] } });
    expect(ask.end).toMatchObject({ __typename: "TurnEndEvent", reason: "REQUIRES_ACTION" });
    const waiting = ask.end?.__typename === "TurnEndEvent" ? ask.end.interaction.id : "";
    const call = await h.database.prisma.interaction.findUniqueOrThrow({ where: { id: waiting } });
    const callId = String((call.steps as { type: string; id?: string }[]).find((s) => s.type === "function_call")?.id);
    const answer = await chatTurn({
      functionResults: { interactionId: waiting, results: [{ callId, result: longText("cold") }] },
    });
    expect(answer.firstDeltaAt).toBeLessThan(answer.completedAt);
    expect(answer.end).toMatchObject({ __typename: "TurnEndEvent", reason: "COMPLETED" });
  });

  it("refuses a chat with no kind of turn, or two", async () => {
    const none = await collectWs(h.url, ChatTurnDocument, {});
    expect(JSON.stringify(none.errors)).toContain("VALIDATION");
    const two = await collectWs(h.url, ChatTurnDocument, { input: { text: "a" }, regenerate: { interactionId: "x" } });
    expect(JSON.stringify(two.errors)).toContain("VALIDATION");
  });
});

describe("one cursor per user turn", () => {
  it("a tool turn with two rounds, resumed from a cursor in round 1, yields exactly the rest of both rounds and one end", async () => {
    const tools = [{ serverFunction: "current_time" }];
    const whole = await chatTurn({ input: { text: 'current_time in "Europe/Paris" please', tools } });
    const evs = whole.evs;
    const rounds = [...new Set(evs.map((e) => e.interactionId))];
    expect(rounds).toHaveLength(2);
    const cursors = evs.map((e) => Number(e.cursor));
    // One monotonic cursor over both rounds.
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(evs.filter((e) => e.__typename === "TurnEndEvent")).toHaveLength(1);
    expect(whole.end).toMatchObject({ reason: "COMPLETED", status: "COMPLETED" });

    const inRound1 = evs.filter((e) => e.interactionId === rounds[0]);
    const cut = inRound1[Math.floor(inRound1.length / 2)] as Ev;
    const rest = evs.slice(evs.indexOf(cut) + 1);
    for (const id of rounds) {
      // turnEvents from either round's id, over SSE and over WebSocket.
      const sse = await collectSse(h.url, TurnEventsDocument, { id, after: cut.cursor });
      expect(shape(sse.results.map((r) => r.turnEvents))).toEqual(shape(rest));
      const ws = await collectWs(h.url, TurnEventsDocument, { id, after: cut.cursor });
      expect(shape(ws.results.map((r) => r.turnEvents))).toEqual(shape(rest));
    }
    // From the end of round 1 (its completed event): exactly round 2 and the end.
    const endOf1 = inRound1.at(-1) as Ev;
    const fromEnd = await collectSse(h.url, TurnEventsDocument, { id: rounds[0] as string, after: endOf1.cursor });
    expect(shape(fromEnd.results.map((r) => r.turnEvents))).toEqual(shape(evs.slice(evs.indexOf(endOf1) + 1)));
    expect(fromEnd.results.every((r) => r.turnEvents.interactionId === rounds[1])).toBe(true);
  });

  it("resumed from every cursor of a multi-round turn, yields exactly the rest: no gap, no duplicate", async () => {
    const drain = async (first: string, after: number) => {
      const got: unknown[] = [];
      for await (const e of h.app.engine.streams.turn({ id: first }, after)) got.push(e);
      return got as { turnSeq?: number; interactionId: string; kind: string }[];
    };
    const tools = [{ serverFunction: "current_time" }];
    const completed = { input: { text: 'current_time in "Europe/Paris" please', tools } };
    // Ends by its last round's terminal event, and by the logged end of a turn cut at the round limit.
    const limited = {
      input: {
        text: "Keep checking the token_usage",
        tools: [{ serverFunction: "token_usage" }],
        generationConfigJson: { tool_choice: "any" },
      },
    };
    for (const turn of [completed, limited]) {
      const { evs } = await chatTurn(turn);
      const first = evs[0]?.interactionId as string;
      const whole = await drain(first, 0);
      expect(whole.map((e) => [String(e.turnSeq), e.interactionId])).toEqual(
        evs.map((e) => [e.cursor, e.interactionId]),
      );
      expect(new Set(whole.map((e) => e.interactionId)).size).toBeGreaterThan(1);
      expect(whole.at(-1)?.kind).toBe("turn_end");
      for (let k = 1; k < whole.length; k++) {
        const after = whole[k - 1]?.turnSeq as number;
        expect(await drain(first, after)).toEqual(whole.slice(k));
      }
    }
  });

  it("resumed with the last cursor of a finished turn or interaction, ends at once with nothing more", async () => {
    const drain = async (events: AsyncIterable<unknown>) => {
      const got: unknown[] = [];
      for await (const e of events) got.push(e);
      return got;
    };
    const tools = [{ serverFunction: "current_time" }];
    const completed = { input: { text: 'current_time in "Europe/Paris" please', tools, clientMessageId: "ended-1" } };
    // The limited turn's end is a logged turn_end; the completed one's is made up after its last terminal event.
    const limited = {
      input: {
        text: "Keep checking the token_usage",
        tools: [{ serverFunction: "token_usage" }],
        generationConfigJson: { tool_choice: "any" },
        clientMessageId: "ended-2",
      },
    };
    for (const turn of [completed, limited]) {
      const { evs } = await chatTurn(turn);
      const first = evs[0]?.interactionId as string;
      const end = evs.at(-1) as Ev;
      expect(end.__typename).toBe("TurnEndEvent");
      expect(await drain(h.app.engine.streams.turn({ id: first }, Number(end.cursor)))).toEqual([]);
      const overSse = await collectSse(h.url, TurnEventsDocument, { id: first, after: end.cursor });
      expect(overSse.results).toEqual([]);
      // chat again with the same client message id, from the end: the turn is found, and nothing more is sent.
      const again = await collectSse(h.url, ChatTurnDocument, { ...turn, after: end.cursor });
      expect(again.results).toEqual([]);
      // Each round's own stream, from its last cursor (its terminal event, or the marker right after it).
      for (const id of new Set(evs.map((e) => e.interactionId))) {
        const log = await h.app.engine.log.after(id, 0);
        for (const last of [
          log.at(-1)?.seq,
          log.filter((e) => e.kind !== "turn_next" && e.kind !== "turn_end").at(-1)?.seq,
        ]) {
          expect(await drain(h.app.engine.streams.interaction(id, last as number))).toEqual([]);
          const own = await collectSse(h.url, InteractionEventsDocument, { id, after: String(last) });
          expect(own.results).toEqual([]);
        }
      }
    }
  });

  it("a turn stopped by the round limit ends with one FAILED end naming TOOL_ROUND_LIMIT", async () => {
    const input = {
      text: "Keep checking the token_usage",
      tools: [{ serverFunction: "token_usage" }],
      generationConfigJson: { tool_choice: "any" },
    };
    const { evs, end } = await chatTurn({ input });
    expect(new Set(evs.map((e) => e.interactionId)).size).toBe(3);
    expect(evs.filter((e) => e.__typename === "TurnEndEvent")).toHaveLength(1);
    expect(end).toMatchObject({ reason: "FAILED", status: "REQUIRES_ACTION", error: { code: "TOOL_ROUND_LIMIT" } });
  });

  it("a background turn's chat ends with one TurnEndEvent once its job has finished", async () => {
    const { evs, end } = await chatTurn({ input: { text: "in the background", background: true } });
    expect(evs.filter((e) => e.__typename === "TurnEndEvent")).toHaveLength(1);
    expect(end).toMatchObject({ reason: "COMPLETED", status: "COMPLETED" });
    expect(text(evs)).toBe(end?.__typename === "TurnEndEvent" ? end.interaction.outputText : null);
  });

  it("one selection { cursor interactionId ... on StepDeltaEvent { delta { type } } } serves every event", async () => {
    const { sendMessage } = await h.ok(SendMessageDocument, { input: { text: "shared fields" } });
    const got = await collectSse(h.url, SharedFieldsDocument, { id: sendMessage.id });
    expect(got.errors).toEqual([]);
    const evs = got.results.map((r) => r.interactionEvents);
    expect(evs.length).toBeGreaterThan(3);
    expect(evs.every((e) => e.cursor && e.interactionId === sendMessage.id)).toBe(true);
    const deltas = evs.flatMap((e) => ("delta" in e ? [e.delta] : []));
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.every((d) => d.type === "text")).toBe(true);
    const { interaction } = await h.ok(GetInteractionDocument, { id: sendMessage.id });
    expect(deltas.map((d) => ("text" in d ? d.text : "")).join("")).toBe(interaction?.outputText);
  });
});

describe("bounded waits", () => {
  it("a send attached to a turn nobody drives gives up after its deadline instead of waiting for ever", async () => {
    const { user } = await userWithKey(h.database.prisma);
    // A turn some process started and lost unseen: no end is ever marked.
    await h.database.prisma.interaction.create({
      data: { ownerId: user.id, status: "in_progress", clientMessageId: "lost-turn" },
    });
    const { engine } = h.app;
    const turns = new Turns({
      ...engine,
      db: h.database.prisma,
      logger: createLogger({ level: "error" }),
      maxRounds: 2,
      defaultModel: "gemini-3.5-flash",
      endWaitMs: 300,
    });
    const handle = await turns.begin({ ownerId: user.id, clientMessageId: "lost-turn" }, () => {
      throw new Error("a repeat send must not start a turn");
    });
    expect(handle.attached).toBe(true);
    await expect(handle.settled).rejects.toMatchObject({ extensions: { code: "TURN_WAIT_TIMEOUT" } });
  });

  it("a server function that never answers answers the model with an error after its deadline", async () => {
    const hangs = defineFunction({
      name: "hangs",
      description: "Never answers",
      args: z.object({}),
      handler: () => new Promise<never>(() => undefined),
    });
    const functions = new FunctionRegistry([hangs]);
    const calls = [{ id: "c1", name: "hangs", arguments: {} }];
    const [result] = await runServerCalls(
      { db: h.database.prisma, functions, callDeadlineMs: 50 },
      { ownerId: "u" },
      calls,
    );
    expect(result).toMatchObject({ call_id: "c1", name: "hangs", is_error: true });
  });
});
