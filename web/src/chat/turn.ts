import type {
  ChatEventFieldsFragment,
  ContentFieldsFragment,
  InteractionStatus,
  StepFieldsFragment,
  TurnFieldsFragment,
} from "../generated/graphql.ts";

/** A step as shown: what the server recorded, plus what streamed in since it started. */
export interface StepView {
  step: StepFieldsFragment;
  /** Text deltas of a model output step, in order. */
  text: string;
  /** Thought summary deltas. */
  thought: string;
  /** Function call arguments as they stream (JSON text). */
  args: string;
  images: { url: string; mimeType: string | null }[];
}

/** One turn (a user message and what the model did with it) as the page shows it. */
export interface TurnView {
  id: string;
  status: InteractionStatus;
  input: ContentFieldsFragment[];
  /** The function results this turn sends back (a tool round), shown in place of a user message. */
  results: StepView[];
  steps: StepView[];
  error: { code: string; message: string } | null;
  json: unknown;
  model: string | null;
  agent: string | null;
  parentId: string | null;
  job: TurnFieldsFragment["job"];
  /** The last event applied: pass as `after` to resume without gap or duplicate. */
  cursor: string | null;
}

export const isRunning = (s: InteractionStatus) => s === "IN_PROGRESS" || s === "QUEUED";

const textOf = (content: readonly ContentFieldsFragment[]) =>
  content.map((c) => (c.__typename === "TextContent" ? c.text : "")).join("");

function stepView(step: StepFieldsFragment): StepView {
  // Text already inside the step (a StepStart may carry content) is kept in `step`; deltas add to `text`.
  return { step, text: "", thought: "", args: "", images: [] };
}

/** The settled turn, from the server's record (a page load, or the completed event). */
export function fromRecord(t: TurnFieldsFragment, cursor: string | null = null): TurnView {
  return {
    id: t.id,
    status: t.status,
    input: t.input,
    results: t.inputSteps.filter((s) => s.__typename === "FunctionResultStep").map(stepView),
    steps: t.steps.map(stepView),
    error: t.error ?? null,
    json: t.json,
    model: t.model,
    agent: t.agent,
    parentId: t.parent?.id ?? null,
    job: t.job,
    cursor,
  };
}

/** A turn that has only just been asked for: nothing is known but what the user sent. */
export function pending(id: string, input: ContentFieldsFragment[], parentId: string | null): TurnView {
  return {
    id,
    status: "QUEUED",
    input,
    results: [],
    steps: [],
    error: null,
    json: null,
    model: null,
    agent: null,
    parentId,
    job: null,
    cursor: null,
  };
}

/**
 * Applies one event. Pure, so replaying a log from its start rebuilds the
 * same turn: after a reload the page replays from the beginning and shows
 * every token exactly once.
 */
export function applyEvent(turn: TurnView, e: ChatEventFieldsFragment): TurnView {
  const next: TurnView = { ...turn, cursor: e.cursor };
  switch (e.__typename) {
    case "InteractionCreatedEvent":
      return { ...next, status: "IN_PROGRESS" };
    case "InteractionStatusEvent":
      return { ...next, status: e.status };
    case "StepStartEvent": {
      const steps = [...turn.steps];
      steps[e.index] = stepView(e.step);
      return { ...next, steps };
    }
    case "StepDeltaEvent": {
      const steps = [...turn.steps];
      const current = steps[e.index] ?? stepView({ __typename: "ModelOutputStep", content: [] });
      const d = e.delta;
      const s = { ...current };
      if (d.__typename === "TextDelta") s.text += d.text;
      else if (d.__typename === "ThoughtSummaryDelta") s.thought += d.summary ?? "";
      else if (d.__typename === "ArgumentsDelta") s.args += d.arguments;
      else if (d.__typename === "ImageDelta" && d.url) s.images = [...s.images, { url: d.url, mimeType: d.mimeType }];
      steps[e.index] = s;
      return { ...next, steps };
    }
    case "StepStopEvent":
      return next;
    case "InteractionCompletedEvent":
      return fromRecord(e.interaction, e.cursor);
    case "InteractionErrorEvent":
      return { ...next, status: "FAILED", error: { code: e.code, message: e.message } };
    case "TurnEndEvent":
      return { ...next, status: e.status };
  }
}

/** The text a model output step shows: what it started with, then every delta. */
export const outputText = (v: StepView) =>
  v.step.__typename === "ModelOutputStep" ? textOf(v.step.content) + v.text : v.text;

export const inputText = (t: TurnView) => textOf(t.input);
