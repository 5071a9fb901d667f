import { createChatClient } from "@gemini-interactions-graphql/client";
import { useChat } from "@gemini-interactions-graphql/client/react";
import DOMPurify from "dompurify";
import { marked } from "marked";
import { useState } from "react";

export const client = createChatClient({ url: location.origin, apiKey: localStorage.getItem("apiKey") ?? undefined });
// Markdown as chat users expect it; DOMPurify keeps raw HTML in a reply from running (no onerror, no script).
function Markdown({ text }: { text: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML is sanitized by DOMPurify on this line
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(text, { async: false })) }} />;
}
// A function the browser runs for the model: declared with each send, answered by onToolCall.
const city = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
const weather = { function: { name: "get_weather", description: "The weather in a city", parameters: city } };

/** A whole chat page: streaming, stop, regenerate, versions ("2 / 3"), images, a client tool, resume after a reload. */
export function ChatPage() {
  const [id] = useState(() => new URLSearchParams(location.search).get("c"));
  const onConversation = (c: string) => history.replaceState(null, "", `?c=${c}`);
  const onToolCall = () => ({ tempC: 21, sky: "clear" });
  const chat = useChat({ client, conversationId: id, onConversation, onToolCall });
  const [draft, setDraft] = useState("");
  return (
    <main>
      {chat.messages.map((m) => (
        <div key={m.id} className={m.role}>
          <Markdown text={m.text} />
          {m.images.map((src) => (
            <img key={src} src={src} alt="" width={160} />
          ))}
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
          void chat.send({ text: draft, tools: [weather] });
        }}
      >
        <textarea aria-label="Message" value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />
        <input type="file" accept="image/*" aria-label="Attach" onChange={(e) => chat.attach(e.currentTarget.files)} />
        {chat.attachments.map((f) => f.name).join(", ")}
        <button type="submit" disabled={chat.status === "streaming"}>
          Send
        </button>
        <button type="button" disabled={chat.status !== "streaming"} onClick={() => chat.stop()}>
          Stop
        </button>
      </form>
    </main>
  );
}
