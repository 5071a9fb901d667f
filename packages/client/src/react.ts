// React hooks over the client kit (react >= 18; preact/compat works too). The logic is the framework-free
// chat store; this file only ties its lifetime and updates to a component.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { type AdminView, loadAdminView } from "./admin.ts";
import { type ChatState, type ChatStore, createChatStore, type TurnStorage } from "./chat-store.ts";
import type { ChatClient } from "./client.ts";
import { type ConversationListState, createConversationList } from "./conversations.ts";
import { ChatError } from "./errors.ts";
import type { Document, FunctionCall } from "./types.ts";

export type { AdminKey, AdminRun, AdminUser, AdminView } from "./admin.ts";
export type { ChatMessage, ChatSend, ChatState, ChatStatus, TurnStorage } from "./chat-store.ts";
export type { ConversationItem, ConversationListState } from "./conversations.ts";

export interface UseChatOptions {
  client: ChatClient;
  /** Absent or null: a new conversation, created by the first send (`onConversation` gives its id). */
  conversationId?: string | null;
  /** Where a running turn is kept for a reload to resume it (default sessionStorage). */
  storage?: TurnStorage | null;
  onConversation?: (id: string) => void;
  /** Answers a client function the model called (declared in `send({ tools })`); its return is the result. */
  onToolCall?: (call: FunctionCall) => unknown;
}

export type UseChat = ChatState & Omit<ChatStore, "getState" | "subscribe" | "dispose">;

const IDLE: ChatState = {
  conversationId: null,
  messages: [],
  streaming: null,
  status: "loading",
  error: null,
  functionCalls: [],
  attachments: [],
};
const noop = () => () => undefined;
const idle = () => IDLE;

/**
 * One chat view: the messages of the active branch with the streaming answer last, its status and
 * error, and what the user can do (send, stop, regenerate, edit, switchVersion, submitFunctionResults).
 * A turn that was running when the page reloaded resumes on mount, shown once.
 */
export function useChat(opts: UseChatOptions): UseChat {
  const { client, conversationId = null, storage } = opts;
  const onConversation = useRef(opts.onConversation);
  onConversation.current = opts.onConversation;
  const onToolCall = useRef(opts.onToolCall);
  onToolCall.current = opts.onToolCall;
  const answers = Boolean(opts.onToolCall);
  const [store, setStore] = useState<ChatStore | null>(null);
  useEffect(() => {
    const s = createChatStore({
      client,
      conversationId,
      ...(storage !== undefined ? { storage } : {}),
      onConversation: (id) => onConversation.current?.(id),
      ...(answers ? { onToolCall: (call: FunctionCall) => onToolCall.current?.(call) } : {}),
    });
    setStore(s);
    return () => s.dispose();
  }, [client, conversationId, storage, answers]);
  const state = useSyncExternalStore(store?.subscribe ?? noop, store?.getState ?? idle, store?.getState ?? idle);
  const act = <A extends unknown[]>(f: (s: ChatStore) => (...a: A) => Promise<void>) => {
    return (...a: A) => (store ? f(store)(...a) : Promise.resolve());
  };
  return {
    ...state,
    send: act((s) => s.send),
    attach: act((s) => s.attach),
    stop: act((s) => s.stop),
    regenerate: act((s) => s.regenerate),
    edit: act((s) => s.edit),
    switchVersion: act((s) => s.switchVersion),
    submitFunctionResults: act((s) => s.submitFunctionResults),
  };
}

const LOADING: ConversationListState = { items: [], hasMore: false, status: "loading", error: null };
const loadingList = () => LOADING;

/** A sidebar: the viewer's conversations, most recent first, with `more()` for the next page and a search. */
export function useConversations(opts: { client: ChatClient; search?: string | null; pageSize?: number }) {
  const { client, search = null, pageSize } = opts;
  const [list, setList] = useState<ReturnType<typeof createConversationList> | null>(null);
  useEffect(() => setList(createConversationList(client, { search, pageSize })), [client, search, pageSize]);
  const state = useSyncExternalStore(
    list?.subscribe ?? noop,
    list?.getState ?? loadingList,
    list?.getState ?? loadingList,
  );
  return {
    ...state,
    more: () => list?.more() ?? Promise.resolve(),
    refresh: () => list?.refresh() ?? Promise.resolve(),
  };
}

export interface QueryState<R> {
  /** The last data that came back (kept while a refresh fails); null until the first answer. */
  data: R | null;
  error: ChatError | null;
}

/**
 * One query over the kit's socket, run on mount and again every `refreshMs` (a dashboard). Takes a
 * string or a typed document from codegen.
 */
export function useQuery<R, V extends Record<string, unknown> = Record<string, unknown>>(
  client: ChatClient,
  query: Document<R, V>,
  variables?: V,
  opts: { refreshMs?: number } = {},
): QueryState<R> {
  const vars = JSON.stringify(variables ?? {}); // a new object of the same variables is the same query
  const text = String(query);
  const load = useCallback(() => client.query<R>(text, JSON.parse(vars)), [client, text, vars]);
  return usePolled(load, opts.refreshMs);
}

/** An admin dashboard (an admin key): users with their usage, every user's keys, queued jobs, live runs. */
export function useAdmin(opts: { client: ChatClient; refreshMs?: number; first?: number }): QueryState<AdminView> {
  const { client, first } = opts;
  const load = useCallback(() => loadAdminView(client, first), [client, first]);
  return usePolled(load, opts.refreshMs);
}

/** `load()` on mount and every `refreshMs`; the last data stays while a refresh fails. */
function usePolled<R>(load: () => Promise<R>, refreshMs?: number): QueryState<R> {
  const [state, setState] = useState<QueryState<R>>({ data: null, error: null });
  useEffect(() => {
    let live = true;
    const run = () =>
      load().then(
        (data) => live && setState({ data, error: null }),
        (e: unknown) => live && setState((s) => ({ data: s.data, error: ChatError.from(e) })),
      );
    void run();
    const timer = refreshMs ? setInterval(run, refreshMs) : undefined;
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [load, refreshMs]);
  return state;
}
