import { useEffect, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import { ConversationsDocument, type ConversationsQuery } from "../generated/graphql.ts";

type Item = ConversationsQuery["conversations"]["edges"][number]["node"];

interface Props {
  current: string | null;
  /** Bumped by the page when a conversation was created or renamed. */
  version: number;
  onOpen(id: string | null): void;
}

/** The viewer's conversations, most recent first, searchable by title and message text. */
export function Sidebar({ current, version, onOpen }: Props) {
  const [search, setSearch] = useState("");
  const [items, setItems] = useState<Item[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      request(ConversationsDocument, { search: search || null, first: 50 })
        .then((d) => {
          if (!live) return;
          setItems(d.conversations.edges.map((e) => e.node));
          setError(null);
        })
        .catch((err) => live && setError(errorText(err)));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [search, version]);
  return (
    <nav class="sidebar" aria-label="Conversations">
      <button type="button" class="new-chat" onClick={() => onOpen(null)}>
        New chat
      </button>
      <label for="search" class="sr-only">
        Search conversations
      </label>
      <input
        id="search"
        type="search"
        placeholder="Search conversations"
        value={search}
        onInput={(e) => setSearch(e.currentTarget.value)}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ul class="conversations">
        {items.map((c) => (
          <li key={c.id}>
            <a
              href={`/?c=${encodeURIComponent(c.id)}`}
              aria-current={c.id === current ? "page" : undefined}
              onClick={(e) => {
                e.preventDefault();
                onOpen(c.id);
              }}
            >
              {c.title || "Untitled"}
            </a>
          </li>
        ))}
        {!items.length && !error && <li class="muted">{search ? "No match" : "No conversations yet"}</li>}
      </ul>
    </nav>
  );
}
