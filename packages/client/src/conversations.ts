import type { ChatClient } from "./client.ts";
import { ChatError } from "./errors.ts";

/** One conversation of a sidebar. */
export interface ConversationItem {
  id: string;
  title: string | null;
  updatedAt: string;
}

export interface ConversationListState {
  /** Most recently active first; grows with `more()`. */
  items: ConversationItem[];
  hasMore: boolean;
  status: "loading" | "ready" | "error";
  error: ChatError | null;
}

export interface ConversationList {
  getState(): ConversationListState;
  subscribe(listener: () => void): () => void;
  /** The next page after the last item. */
  more(): Promise<void>;
  /** The first page again (after a send, a rename or a delete). */
  refresh(): Promise<void>;
}

const LIST = `query ChatConversations($first: Int, $after: String, $search: String) {
  conversations(first: $first, after: $after, search: $search) {
    edges { node { id title updatedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Page = {
  conversations: {
    edges: { node: ConversationItem }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

/** A sidebar's conversation list, paged (`pageSize` at a time) and optionally searched (titles and message text). */
export function createConversationList(
  client: ChatClient,
  opts: { search?: string | null; pageSize?: number } = {},
): ConversationList {
  const listeners = new Set<() => void>();
  let state: ConversationListState = { items: [], hasMore: false, status: "loading", error: null };
  let cursor: string | null = null;
  const set = (patch: Partial<ConversationListState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const load = async (from: string | null) => {
    try {
      const vars = { first: opts.pageSize ?? 20, after: from, search: opts.search || null };
      const { conversations } = await client.query<Page>(LIST, vars);
      cursor = conversations.pageInfo.endCursor;
      const items = conversations.edges.map((e) => e.node);
      set({ items: from ? [...state.items, ...items] : items, hasMore: conversations.pageInfo.hasNextPage });
      set({ status: "ready", error: null });
    } catch (e) {
      set({ status: "error", error: ChatError.from(e) });
    }
  };
  void load(null);
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    more: () => (state.hasMore ? load(cursor) : Promise.resolve()),
    refresh: () => load(null),
  };
}
