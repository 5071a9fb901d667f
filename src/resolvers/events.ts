import type { LoggedEvent } from "../engine/events/types.ts";

export type EventOf<K extends LoggedEvent["kind"]> = Extract<LoggedEvent, { kind: K }>;

const NAMES: Record<LoggedEvent["kind"], string> = {
  created: "InteractionCreatedEvent",
  status: "InteractionStatusEvent",
  step_start: "StepStartEvent",
  step_delta: "StepDeltaEvent",
  step_stop: "StepStopEvent",
  completed: "InteractionCompletedEvent",
  error: "InteractionErrorEvent",
  turn_end: "TurnEndEvent",
  // Never sent to a client (turn streams follow it instead of yielding it).
  turn_next: "TurnEndEvent",
};

export const eventTypeName = (e: LoggedEvent) => NAMES[e.kind];
