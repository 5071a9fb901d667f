// One streamed reply, timed from the client: through the raw SDK (the
// baseline) and through the gateway's `chat` subscription over graphql-ws.
import { GoogleGenAI } from "@google/genai";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";

/** Messages (graphql-ws `next` frames) the chat and follow subscriptions of this process have received. */
export const received = { frames: 0 };

export interface Sample {
  ttfdMs: number;
  /** When the last delta arrived (from the request, like ttfdMs). */
  lastMs: number;
  totalMs: number;
  deltas: number;
}

/** A prompt whose emulated reply is about `deltas` text deltas long (three words a delta). */
export const promptFor = (deltas: number) =>
  `bench ${Array.from({ length: Math.max(1, deltas * 3 - 12) }, (_, i) => `w${i}`).join(" ")}`;

export function rawSdk(emulatorUrl: string) {
  const ai = new GoogleGenAI({ apiKey: "bench", httpOptions: { baseUrl: emulatorUrl } });
  return async (text: string): Promise<Sample> => {
    const t0 = performance.now();
    let first = 0;
    let deltas = 0;
    const stream = await ai.interactions.create({ model: "gemini-3.5-flash", input: text, stream: true });
    let last = 0;
    for await (const ev of stream) {
      if (ev.event_type !== "step.delta") continue;
      deltas += 1;
      last = performance.now() - t0;
      first ||= last;
    }
    return { ttfdMs: first, lastMs: last, totalMs: performance.now() - t0, deltas };
  };
}

export const wsClient = (serverUrl: string, lazy = true): Client =>
  createClient({
    url: `${serverUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    lazy,
    retryAttempts: 0,
  });

/** A client whose socket is open and acknowledged: a CPU window that starts after it leaves the handshake out. */
export async function connectedWsClient(serverUrl: string): Promise<Client> {
  const ws = wsClient(serverUrl, false);
  await new Promise<void>((resolve, reject) => {
    const off = [ws.on("connected", () => done()), ws.on("error", (e) => done(e))];
    const done = (err?: unknown) => {
      for (const f of off) f();
      err === undefined ? resolve() : reject(err);
    };
  });
  return ws;
}

const CHAT = `subscription Bench($input: SendMessageInput!) {
  chat(input: $input) { __typename cursor ... on StepDeltaEvent { interactionId delta { ... on TextDelta { text } } } ... on InteractionCreatedEvent { interactionId } }
}`;

export interface ChatHooks {
  /** The interaction id, as soon as the server announces it. */
  onCreated?: (id: string) => void;
  onFirstDelta?: () => void;
}

/**
 * One `chat` turn, timed from the client. Deltas are counted by their cursors: a subscriber that is behind
 * gets several upstream deltas merged into one event (its cursor the last one's), and each counts.
 */
export function chat(ws: Client, text: string, hooks: ChatHooks = {}): Promise<Sample> {
  const t0 = performance.now();
  let first = 0;
  let last = 0;
  let deltas = 0;
  let cursor = 0;
  return new Promise((resolve, reject) => {
    ws.subscribe(
      { query: CHAT, variables: { input: { text } } },
      {
        next: (v) => {
          received.frames += 1;
          const ev = v.data?.chat as { __typename: string; cursor: string; interactionId?: string } | undefined;
          if (v.errors) return reject(new Error(JSON.stringify(v.errors)));
          if (ev?.__typename === "InteractionCreatedEvent" && ev.interactionId) hooks.onCreated?.(ev.interactionId);
          const previous = cursor;
          cursor = Number(ev?.cursor ?? cursor);
          if (ev?.__typename !== "StepDeltaEvent") return;
          deltas += cursor - previous;
          last = performance.now() - t0;
          if (first) return;
          first = last;
          hooks.onFirstDelta?.();
        },
        error: reject,
        complete: () => resolve({ ttfdMs: first, lastMs: last, totalMs: performance.now() - t0, deltas }),
      },
    );
  });
}

const FOLLOW = `subscription Follow($id: ID!) { interactionEvents(id: $id) { __typename cursor ... on StepDeltaEvent { delta { ... on TextDelta { text } } } } }`;

/**
 * Follows an interaction until its terminal event; resolves with the number of run events it was given (merged
 * deltas count each); rejects when the subscription is refused.
 */
export function follow(ws: Client, id: string): Promise<number> {
  let n = 0;
  return new Promise((resolve, reject) => {
    ws.subscribe(
      { query: FOLLOW, variables: { id } },
      {
        next: (v) => {
          received.frames += 1;
          // A refused subscription (NOT_FOUND...) comes as a result with errors, then complete.
          if (v.errors) return reject(new Error(JSON.stringify(v.errors)));
          const cursor = Number((v.data?.interactionEvents as { cursor?: string } | undefined)?.cursor);
          if (Number.isInteger(cursor)) n = cursor;
        },
        error: reject,
        complete: () => resolve(n),
      },
    );
  });
}

/** Opens a subscription that stays idle (a viewer's job updates); returns its disposer. */
export function idleSubscription(ws: Client): Promise<() => void> {
  return new Promise((resolve, reject) => {
    let acked = false;
    const dispose = ws.subscribe(
      { query: "subscription Idle { jobUpdates { id status } }" },
      { next: () => {}, error: (e) => (acked ? undefined : reject(e)), complete: () => {} },
    );
    // graphql-ws has no per-subscription ack: a round trip on the same socket shows the subscribe was handled.
    ws.subscribe(
      { query: "{ __typename }" },
      {
        next: () => {},
        error: reject,
        complete: () => {
          acked = true;
          resolve(dispose);
        },
      },
    );
  });
}
