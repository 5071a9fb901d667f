import type { Client } from "graphql-ws";
import { ChatError } from "./errors.ts";
import { CANCEL, CHAT } from "./operations.ts";
import { EventQueue } from "./queue.ts";
import type { ChatEvent, FunctionCall, TurnEndReason, TurnInteraction } from "./types.ts";

/** What one turn ended with. */
export interface TurnResult {
  /** The answer's text (the stored outputText of the last round). */
  text: string;
  interaction: TurnInteraction;
  conversationId: string | null;
  reason: TurnEndReason;
  /** Set when reason is FAILED (the turn failed or hit a limit). */
  error: ChatError | null;
  /** Set when reason is REQUIRES_ACTION: answer them with submitFunctionResults. */
  functionCalls: FunctionCall[];
}

/**
 * Everything a reload needs to pick a turn up again: keep it (e.g. in sessionStorage) after each event
 * and pass it to `resume`. Plain JSON.
 */
export interface SavedTurn {
  clientMessageId: string;
  /** The chat subscription's arguments (one of input, regenerate, edit, functionResults). */
  variables: Record<string, unknown>;
  /** The last event's cursor ("" before the first event). */
  cursor: string;
}

export interface ChatTurn {
  /** Every event of the turn once, in order, up to and including the TurnEndEvent. */
  events: AsyncIterable<ChatEvent>;
  done: Promise<TurnResult>;
  /** What `resume` needs; changes with every event. */
  readonly saved: SavedTurn;
  /** Stops the run on the server (the turn then ends with reason CANCELLED). */
  cancel(): Promise<void>;
  /** Stops listening; the run goes on on the server (resume it later). `done` rejects with ABORTED. */
  unsubscribe(): void;
}

/** Subscribes to `chat` and turns its events into a ChatTurn; drops replayed events by cursor. */
export function startTurn(ws: Client, saved: SavedTurn): ChatTurn {
  const state = { ...saved };
  const queue = new EventQueue<ChatEvent>();
  let interactionId = "";
  let conversationId: string | null = null;
  let cancelWanted = false;
  let stop: () => void = () => undefined;
  let settle: { resolve: (r: TurnResult) => void; reject: (e: unknown) => void } | null = null;
  const done = new Promise<TurnResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  done.catch(() => undefined); // a caller that only iterates events must not see an unhandled rejection
  const cancelRun = (id: string) => mutateCancel(ws, id);
  const fail = (e: unknown) => {
    const err = ChatError.from(e);
    queue.fail(err);
    settle?.reject(err);
    stop();
  };
  const onEvent = (e: ChatEvent) => {
    if (state.cursor && Number(e.cursor) <= Number(state.cursor)) return; // a re-subscribe replays the turn
    state.cursor = e.cursor;
    interactionId = e.interactionId;
    if (e.__typename === "InteractionCreatedEvent") conversationId ??= e.conversationId;
    if (cancelWanted) {
      cancelWanted = false;
      void cancelRun(interactionId).catch(fail);
    }
    queue.push(e);
    if (e.__typename !== "TurnEndEvent") return;
    queue.end();
    settle?.resolve(resultOf(e, conversationId)); // the server completes the subscription itself
  };
  const after = saved.cursor || undefined;
  stop = ws.subscribe<{ chat: ChatEvent }>(
    { query: CHAT, variables: { ...saved.variables, after } },
    {
      next: ({ data, errors }) => (errors?.length ? fail(errors) : data?.chat && onEvent(data.chat)),
      error: fail,
      complete: () => queue.end(),
    },
  );
  return {
    events: queue,
    done,
    get saved() {
      return { ...state };
    },
    async cancel() {
      if (interactionId) await cancelRun(interactionId);
      else cancelWanted = true;
    },
    unsubscribe() {
      stop();
      fail(new ChatError("ABORTED", "Stopped listening to the turn"));
    },
  };
}

type TurnEnd = Extract<ChatEvent, { __typename: "TurnEndEvent" }>;

function resultOf(e: TurnEnd, conversationId: string | null): TurnResult {
  const calls: FunctionCall[] = e.interaction.steps.flatMap((s) =>
    s.type === "function_call" && s.name ? [{ name: s.name, callId: s.callId ?? null, arguments: s.arguments }] : [],
  );
  return {
    text: e.interaction.outputText ?? "",
    interaction: e.interaction,
    conversationId: e.interaction.conversation?.id ?? conversationId,
    reason: e.reason,
    error: e.error ? new ChatError(e.error.code, e.error.message) : null,
    functionCalls: e.reason === "REQUIRES_ACTION" ? calls : [],
  };
}

function mutateCancel(ws: Client, id: string): Promise<void> {
  return new Promise((resolve, reject) => {
    ws.subscribe(
      { query: CANCEL, variables: { id } },
      {
        next: ({ errors }) => (errors?.length ? reject(ChatError.from(errors)) : undefined),
        error: (e) => reject(ChatError.from(e)),
        complete: resolve,
      },
    );
  });
}
