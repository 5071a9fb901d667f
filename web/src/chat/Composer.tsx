import { useEffect, useRef, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import {
  ChatFunctionsDocument,
  type ChatModelsQuery,
  type HarmCategory,
  type SafetySettingInput,
  type SafetyThreshold,
  type ServiceTier,
  type ToolInput,
} from "../generated/graphql.ts";

type Model = ChatModelsQuery["models"][number];

/** Turn options beyond the text: built-in tools, a JSON schema for structured output, tier and safety filter. */
export interface TurnOptions {
  tools: ToolInput[];
  responseFormat?: unknown;
  serviceTier?: ServiceTier;
  /** One threshold for every text harm category. */
  safetyThreshold?: SafetyThreshold;
}

const TIERS: [ServiceTier, string][] = [
  ["FLEX", "Flex (cheaper, may wait)"],
  ["STANDARD", "Standard"],
  ["PRIORITY", "Priority (faster under load)"],
];
const THRESHOLDS: [SafetyThreshold, string][] = [
  ["BLOCK_LOW_AND_ABOVE", "Strict (block low and above)"],
  ["BLOCK_MEDIUM_AND_ABOVE", "Block medium and above"],
  ["BLOCK_ONLY_HIGH", "Block only high"],
  ["BLOCK_NONE", "Block none"],
];
const TEXT_HARMS: HarmCategory[] = ["HARASSMENT", "HATE_SPEECH", "SEXUALLY_EXPLICIT", "DANGEROUS_CONTENT"];
/** The chosen safety filter as upstream's settings: the same threshold for each text harm. */
export const safetyFor = (threshold: SafetyThreshold): SafetySettingInput[] =>
  TEXT_HARMS.map((category) => ({ category, threshold }));

/** A labelled select over `list`, with "Default" (undefined: the server's default) first. */
function Choice<T extends string>(p: {
  label: string;
  list: [T, string][];
  value: T | undefined;
  onChange(v: T | undefined): void;
}) {
  return (
    <label class="inline">
      {p.label}{" "}
      <select
        value={p.value ?? ""}
        onChange={(e) => {
          const value = e.currentTarget.value;
          p.onChange(p.list.find(([v]) => v === value)?.[0]);
        }}
      >
        <option value="">Default</option>
        {p.list.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

interface Tool {
  key: string;
  label: string;
  input: ToolInput;
  description?: string;
}

const TOOLS: Tool[] = [
  { key: "googleSearch", label: "Web search", input: { googleSearch: {} } },
  { key: "codeExecution", label: "Code execution", input: { codeExecution: {} } },
  { key: "urlContext", label: "Read URLs", input: { urlContext: {} } },
];

interface Props {
  models: Model[];
  model: string;
  disabled: boolean;
  onModel(id: string): void;
  onSend(text: string, files: File[], options: TurnOptions): void;
}

/** The message box: text (Enter sends, Shift+Enter breaks the line), a model or agent, images to attach. */
export function Composer({ models, model, disabled, onModel, onSend }: Props) {
  const [text, setText] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [tools, setTools] = useState<Set<string>>(new Set());
  const [schema, setSchema] = useState("");
  const [schemaError, setSchemaError] = useState<string | null>(null);
  const [serviceTier, setServiceTier] = useState<ServiceTier | undefined>();
  const [safetyThreshold, setSafetyThreshold] = useState<SafetyThreshold | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  // The functions this server runs itself, offered beside the built-in tools (none when the list fails).
  const [functions, setFunctions] = useState<Tool[]>([]);
  useEffect(() => {
    request(ChatFunctionsDocument)
      .then((d) =>
        setFunctions(
          d.serverFunctions.map((f) => ({
            key: `fn:${f.name}`,
            label: `Function ${f.name}`,
            description: f.description,
            input: { serverFunction: f.name },
          })),
        ),
      )
      .catch(() => setFunctions([]));
  }, []);
  const offered = [...TOOLS, ...functions];
  const send = () => {
    if (disabled || (!text.trim() && !files.length)) return;
    let responseFormat: unknown;
    if (schema.trim()) {
      try {
        responseFormat = JSON.parse(schema);
      } catch {
        setSchemaError("The JSON schema is not valid JSON.");
        return;
      }
    }
    setSchemaError(null);
    onSend(text.trim(), files, {
      tools: offered.filter((t) => tools.has(t.key)).map((t) => t.input),
      responseFormat,
      serviceTier,
      safetyThreshold,
    });
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
      <details class="options">
        <summary>
          Tools and output
          {tools.size || schema || serviceTier || safetyThreshold
            ? ` (${tools.size + [schema, serviceTier, safetyThreshold].filter(Boolean).length} on)`
            : ""}
        </summary>
        <fieldset>
          <legend>Tools the model may use</legend>
          {offered.map((t) => (
            <label key={t.key} class="inline" title={t.description}>
              <input
                type="checkbox"
                checked={tools.has(t.key)}
                onChange={(e) => {
                  const next = new Set(tools);
                  if (e.currentTarget.checked) next.add(t.key);
                  else next.delete(t.key);
                  setTools(next);
                }}
              />{" "}
              {t.label}
            </label>
          ))}
        </fieldset>
        <label for="schema">Structured output: a JSON schema for the answer (optional)</label>
        <textarea
          id="schema"
          rows={3}
          placeholder='{"type":"object","properties":{"title":{"type":"string"}},"required":["title"]}'
          value={schema}
          onInput={(e) => setSchema(e.currentTarget.value)}
          aria-invalid={schemaError ? true : undefined}
          aria-describedby={schemaError ? "schema-error" : undefined}
        />
        {schemaError && (
          <p id="schema-error" class="error" role="alert">
            {schemaError}
          </p>
        )}
        <div class="row">
          <Choice label="Service tier" list={TIERS} value={serviceTier} onChange={(v) => setServiceTier(v)} />
          <Choice
            label="Safety filter"
            list={THRESHOLDS}
            value={safetyThreshold}
            onChange={(v) => setSafetyThreshold(v)}
          />
        </div>
      </details>
    </form>
  );
}
