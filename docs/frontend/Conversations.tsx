import { useConversations } from "@gemini-interactions-graphql/client/react";
import { client } from "./ChatPage.tsx";

/** The sidebar: old conversations, most recent first, 20 at a time (`search` filters by title). */
export function Conversations() {
  const list = useConversations({ client, pageSize: 20 });
  return (
    <aside>
      {list.items.map((c) => (
        <a key={c.id} href={`?c=${c.id}`}>
          {c.title ?? "Untitled"}
        </a>
      ))}
      {list.hasMore && (
        <button type="button" onClick={() => list.more()}>
          More
        </button>
      )}
    </aside>
  );
}
