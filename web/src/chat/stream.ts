import { subscribe } from "../api/client.ts";
import { ApiError } from "../api/errors.ts";
import {
  type ChatEventFieldsFragment,
  ChatStreamDocument,
  type SendMessageInput,
  TurnEventsDocument,
} from "../generated/graphql.ts";

export interface StreamHandlers {
  event(e: ChatEventFieldsFragment): void;
  /** The run ended (terminal event seen), or the stream failed for good. */
  done(err?: Error): void;
}

export interface TurnStream {
  stop(): void;
}

/** Errors after which following again from the last cursor can succeed. */
const resumable = (err: Error) =>
  !(err instanceof ApiError) || err.code === "NETWORK" || err.code === "SLOW_CONSUMER" || err.code === "INTERNAL";

/**
 * Follows one interaction's events from `after` (null: from its start) to its
 * terminal event. A dropped socket or a slow-consumer error resubscribes from
 * the last cursor seen, so nothing is shown twice and nothing is skipped.
 */
export function followTurn(id: string, after: string | null, h: StreamHandlers, attempts = 5): TurnStream {
  let cursor = after;
  let stopped = false;
  let sub = open();
  function open() {
    return subscribe(
      TurnEventsDocument,
      { id, after: cursor },
      (d) => {
        cursor = d.interactionEvents.cursor;
        h.event(d.interactionEvents);
      },
      (err) => {
        if (stopped) return;
        if (err && resumable(err) && attempts-- > 0) {
          setTimeout(() => {
            if (!stopped) sub = open();
          }, 300);
          return;
        }
        h.done(err);
      },
    );
  }
  return {
    stop: () => {
      stopped = true;
      sub.stop();
    },
  };
}

/** A client message id: the server starts one turn per id, however often the send is repeated. */
const newClientMessageId = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Sends a message and streams its turn in one operation (`chat`), through
 * every round of server-side tool calls, to its TurnEndEvent. If the socket
 * drops, the same `chat` is sent again: its clientMessageId attaches it to the
 * turn already running (no second message), and `after` skips what was shown.
 */
export function sendChat(input: SendMessageInput, h: StreamHandlers, attempts = 5): TurnStream {
  const withId = { ...input, clientMessageId: input.clientMessageId ?? newClientMessageId() };
  let cursor: string | null = null;
  let ended = false;
  let stopped = false;
  let sub = open();
  function open() {
    return subscribe(
      ChatStreamDocument,
      { input: withId, after: cursor },
      (d) => {
        cursor = d.chat.cursor;
        if (d.chat.__typename === "TurnEndEvent") ended = true;
        h.event(d.chat);
      },
      (err) => {
        if (stopped) return;
        if (err && !ended && resumable(err) && attempts-- > 0) {
          setTimeout(() => {
            if (!stopped) sub = open();
          }, 300);
          return;
        }
        h.done(err);
      },
    );
  }
  return {
    stop: () => {
      stopped = true;
      sub.stop();
    },
  };
}
