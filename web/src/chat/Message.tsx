import { useState } from "preact/hooks";
import { statusText } from "../status.ts";
import { ContentView, StepBlock } from "./Steps.tsx";
import { inputText, isRunning, type TurnView } from "./turn.ts";

export interface Branch {
  index: number;
  count: number;
  prev?: string;
  next?: string;
}

interface Props {
  turn: TurnView;
  branch: Branch;
  /** The newest turn of the branch: only there does a function call still wait for its results. */
  last: boolean;
  busy: boolean;
  onStop(): void;
  onRegenerate(): void;
  onEdit(text: string): void;
  onSwitch(siblingId: string): void;
}

const statusLabel: Partial<Record<TurnView["status"], string>> = {
  QUEUED: "Queued…",
  IN_PROGRESS: "Answering…",
  CANCELLED: "Stopped",
  FAILED: "Failed",
  INCOMPLETE: "Incomplete",
  BUDGET_EXCEEDED: "Budget exceeded",
};

/** One turn: the user's message (editable), then the model's steps, with stop / regenerate / branches. */
export function Message({ turn, branch, last, busy, onStop, onRegenerate, onEdit, onSwitch }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const running = isRunning(turn.status);
  const label =
    turn.status === "REQUIRES_ACTION"
      ? last
        ? "Waiting for function results"
        : "Called a function: its result is below"
      : statusLabel[turn.status];
  return (
    <article class="turn" data-turn={turn.id} aria-busy={running}>
      <div class="user-msg">
        <h3 class="sr-only">{turn.results.length ? "Function results" : "You said"}</h3>
        {turn.results.length ? (
          turn.results.map((s, i) => <StepBlock key={i} view={s} />)
        ) : editing === null ? (
          <ContentView content={turn.input} />
        ) : (
          <form
            class="edit"
            onSubmit={(e) => {
              e.preventDefault();
              if (editing.trim()) onEdit(editing.trim());
              setEditing(null);
            }}
          >
            <label for={`edit-${turn.id}`} class="sr-only">
              Edit your message
            </label>
            <textarea
              id={`edit-${turn.id}`}
              value={editing}
              rows={3}
              onInput={(e) => setEditing(e.currentTarget.value)}
              // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this message
              autoFocus
            />
            <div class="row">
              <button type="submit">Save and send</button>
              <button type="button" class="secondary" onClick={() => setEditing(null)}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </div>
      <div class="model-msg">
        <h3 class="sr-only">Answer</h3>
        {turn.steps.map((s, i) => (
          <StepBlock key={i} view={s} />
        ))}
        {turn.json !== null && turn.json !== undefined && (
          <details class="tool" open>
            <summary>Structured output</summary>
            <pre>{JSON.stringify(turn.json, null, 2)}</pre>
          </details>
        )}
        {turn.job && (
          <p class="job" role="status">
            Background job: <strong>{statusText(turn.job.status)}</strong>
            {turn.job.attempts > 1 ? ` (attempt ${turn.job.attempts})` : ""}
            {turn.job.lastError ? ` — ${turn.job.lastError}` : ""}
          </p>
        )}
        {turn.error && (
          <p class="error" role="alert">
            {turn.error.code}: {turn.error.message}
          </p>
        )}
        {label && <p class={`status status-${turn.status.toLowerCase()}`}>{label}</p>}
      </div>
      <div class="actions">
        {running ? (
          <button type="button" onClick={onStop} disabled={turn.id.startsWith("pending")}>
            Stop
          </button>
        ) : (
          <>
            {!turn.results.length && (
              <button type="button" class="secondary" disabled={busy} onClick={() => setEditing(inputText(turn))}>
                Edit
              </button>
            )}
            <button type="button" class="secondary" disabled={busy} onClick={onRegenerate}>
              Regenerate
            </button>
          </>
        )}
        {branch.count > 1 && (
          <nav class="branches" aria-label="Versions of this message">
            <button
              type="button"
              class="secondary"
              aria-label="Previous version"
              disabled={busy || !branch.prev}
              onClick={() => branch.prev && onSwitch(branch.prev)}
            >
              ‹
            </button>
            <span class="branch-pos" aria-live="polite">
              {branch.index} / {branch.count}
            </span>
            <button
              type="button"
              class="secondary"
              aria-label="Next version"
              disabled={busy || !branch.next}
              onClick={() => branch.next && onSwitch(branch.next)}
            >
              ›
            </button>
          </nav>
        )}
      </div>
    </article>
  );
}
