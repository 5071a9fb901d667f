import { useRef, useState } from "preact/hooks";
import type { ChatModelsQuery } from "../generated/graphql.ts";

type Model = ChatModelsQuery["models"][number];

interface Props {
  models: Model[];
  model: string;
  disabled: boolean;
  onModel(id: string): void;
  onSend(text: string, files: File[]): void;
}

/** The message box: text (Enter sends, Shift+Enter breaks the line), a model or agent, images to attach. */
export function Composer({ models, model, disabled, onModel, onSend }: Props) {
  const [text, setText] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const send = () => {
    if (disabled || (!text.trim() && !files.length)) return;
    onSend(text.trim(), files);
    setText("");
    setFiles([]);
    if (fileInput.current) fileInput.current.value = "";
  };
  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label for="message" class="sr-only">
        Message
      </label>
      <textarea
        id="message"
        placeholder="Send a message"
        rows={2}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            send();
          }
        }}
      />
      <div class="row">
        <label class="inline">
          <span class="sr-only">Model or agent</span>
          <select value={model} onChange={(e) => onModel(e.currentTarget.value)}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.kind === "AGENT" ? `Agent: ${m.id}` : m.id}
                {m.backgroundOnly ? " (background)" : ""}
              </option>
            ))}
          </select>
        </label>
        <label class="attach button secondary">
          Attach image
          <input
            ref={fileInput}
            type="file"
            accept="image/*"
            multiple
            class="sr-only"
            onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
          />
        </label>
        {files.length > 0 && (
          <span class="muted" aria-live="polite">
            {files.map((f) => f.name).join(", ")}
          </span>
        )}
        <button type="submit" disabled={disabled || (!text.trim() && !files.length)}>
          Send
        </button>
      </div>
    </form>
  );
}
