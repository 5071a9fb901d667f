import { createChatClient } from "@gemini-interactions-graphql/client";
import { useChat } from "@gemini-interactions-graphql/client/react";
import { useState } from "react";

const client = createChatClient({ url: location.origin, apiKey: localStorage.getItem("apiKey") ?? undefined });

/** A whole chat page: streaming, stop, regenerate, versions ("2 / 3"), edit, resume after a reload. */
export function ChatPage() {
  const [id] = useState(() => new URLSearchParams(location.search).get("c"));
  const onConversation = (c: string) => history.replaceState(null, "", `?c=${c}`);
  const chat = useChat({ client, conversationId: id, onConversation });
  const [draft, setDraft] = useState("");
  return (
    <main>
      {chat.messages.map((m) => (
        <div key={m.id} className={m.role}>
          <p>{m.text}</p>
          {m.role === "model" && m.interactionId && chat.status !== "streaming" && (
            <nav>
              {m.versions.ids.map((v, i) => (
                <button type="button" key={v} disabled={i === m.versions.index} onClick={() => chat.switchVersion(v)}>
                  {i + 1} / {m.versions.count}
                </button>
              ))}
              <button type="button" onClick={() => m.interactionId && chat.regenerate(m.interactionId)}>
                Regenerate
              </button>
            </nav>
          )}
        </div>
      ))}
      {chat.error && <p role="alert">{chat.error.message}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setDraft("");
          void chat.send(draft);
        }}
      >
        <input aria-label="Message" value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />
        {chat.status === "streaming" ? (
          <button type="button" onClick={() => chat.stop()}>
            Stop
          </button>
        ) : (
          <button type="submit">Send</button>
        )}
      </form>
    </main>
  );
}
