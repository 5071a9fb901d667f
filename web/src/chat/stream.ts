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

const terminal = (e: ChatEventFieldsFragment) =>
  e.__typename === "InteractionCompletedEvent" || e.__typename === "InteractionErrorEvent";

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

/**
 * Sends a message and streams its run in one operation (`chat`). If the
 * socket drops after the run started, the rest comes from `interactionEvents`
 * after the last cursor.
 */
export function sendChat(input: SendMessageInput, h: StreamHandlers): TurnStream {
  let id: string | null = null;
  let cursor: string | null = null;
  let ended = false;
  let follow: TurnStream | null = null;
  const sub = subscribe(
    ChatStreamDocument,
    { input },
    (d) => {
      const e = d.chat;
      id = e.interactionId;
      cursor = e.cursor;
      if (terminal(e)) ended = true;
      h.event(e);
    },
    (err) => {
      if (err && id && !ended && resumable(err)) {
        follow = followTurn(id, cursor, h);
        return;
      }
      h.done(err);
    },
  );
  return {
    stop: () => {
      sub.stop();
      follow?.stop();
    },
  };
}
