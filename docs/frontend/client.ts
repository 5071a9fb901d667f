import { type Client, createClient } from "graphql-ws";
import { ChatDocument, type ChatSubscription, type ChatSubscriptionVariables } from "./generated/graphql.ts";

export type ChatEvent = ChatSubscription["chat"];
type TurnEnd = Extract<ChatEvent, { __typename: "TurnEndEvent" }>;

/** One socket for everything; graphql-ws reconnects and re-subscribes on its own after a drop. */
export const connect = (url: string, token: string, webSocketImpl?: unknown): Client =>
  createClient({ url, webSocketImpl, connectionParams: { authorization: `Bearer ${token}` }, shouldRetry: () => true });

/**
 * Streams one turn (a message, regenerate, edit or function results) to its end. Give every send its own
 * clientMessageId: a re-subscribe (or a resume with `after`) then attaches to the same turn, never a new one.
 */
export function chat(client: Client, vars: ChatSubscriptionVariables, onEvent: (e: ChatEvent) => void) {
  const seen = new Set<string>(); // a re-subscribe replays the turn: drop what was shown, by cursor
  return new Promise<TurnEnd>((resolve, reject) => {
    client.subscribe<ChatSubscription>(
      { query: String(ChatDocument), variables: vars },
      {
        next: ({ data, errors }) => {
          if (errors) return reject(errors[0]);
          const e = data?.chat;
          if (!e || seen.has(e.cursor)) return;
          seen.add(e.cursor);
          onEvent(e);
          if (e.__typename === "TurnEndEvent") resolve(e);
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
}
