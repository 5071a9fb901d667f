/** The shapes of what the client's operations select (see operations.ts). */

export type InteractionStatus =
  | "QUEUED"
  | "IN_PROGRESS"
  | "REQUIRES_ACTION"
  | "COMPLETED"
  | "FAILED"
  | "CANCELLED"
  | "INCOMPLETE"
  | "BUDGET_EXCEEDED"
  | (string & {});

export type TurnEndReason = "COMPLETED" | "REQUIRES_ACTION" | "FAILED" | "CANCELLED";

export interface Step {
  type: string;
  /** Set on a client function call (FunctionCallStep). */
  name?: string;
  callId?: string | null;
  arguments?: unknown;
}

export type Delta =
  | { __typename: "TextDelta"; type: string; text: string }
  | { __typename: "ThoughtSummaryDelta"; type: string; text: string }
  | { __typename: "ArgumentsDelta"; type: string; arguments: string }
  | { __typename: "ImageDelta"; type: string; mimeType: string | null; url: string | null }
  | { __typename: "ToolCallDelta" | "ToolResultDelta" | "OtherDelta"; type: string };

/** The last round of a turn, as the TurnEndEvent carries it. */
export interface TurnInteraction {
  id: string;
  status: InteractionStatus;
  outputText: string | null;
  conversation: { id: string } | null;
  steps: Step[];
}

interface EventBase {
  /** Grows through the whole turn: resume after it. */
  cursor: string;
  /** The round (interaction) of the turn this event belongs to. */
  interactionId: string;
}

export type ChatEvent = EventBase &
  (
    | { __typename: "InteractionCreatedEvent"; conversationId: string | null }
    | { __typename: "InteractionStatusEvent"; status: InteractionStatus }
    | { __typename: "StepStartEvent"; index: number; step: Step }
    | { __typename: "StepDeltaEvent"; index: number; delta: Delta }
    | { __typename: "StepStopEvent"; index: number }
    | { __typename: "InteractionCompletedEvent" | "InteractionErrorEvent" }
    | {
        __typename: "TurnEndEvent";
        status: InteractionStatus;
        reason: TurnEndReason;
        error: { code: string; message: string } | null;
        interaction: TurnInteraction;
      }
  );

/** One part of a message (text, an uploaded file by id, a URL...), as the server's ContentInput. */
export type ContentInput = Record<string, unknown>;

/** A new message; every field of the server's SendMessageInput may be given. */
export interface SendInput {
  text?: string;
  parts?: ContentInput[];
  /** Absent: a new conversation (its id comes back in TurnResult.conversationId). */
  conversationId?: string;
  model?: string;
  systemInstruction?: string;
  tools?: Record<string, unknown>[];
  /** The server's GenerationConfigInput (typed, camelCase: `{ thinkingLevel: "HIGH", seed: 7 }`). */
  generationConfig?: Record<string, unknown>;
  /** Made for you when absent; the same id again attaches to the turn it started. */
  clientMessageId?: string;
  [field: string]: unknown;
}

export interface MessageInput {
  text?: string;
  parts?: ContentInput[];
}

export interface FunctionResult {
  callId: string;
  name?: string;
  result: unknown;
  isError?: boolean;
}

/** A client function the model called: answer it with submitFunctionResults. */
export interface FunctionCall {
  name: string;
  callId: string | null;
  arguments: unknown;
}

export interface UploadedFile {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  /** Signed and expiring (MEDIA_URL_TTL_S): query the file again for a fresh one. */
  url: string;
}

/** A typed document (e.g. GraphQL Code Generator's client preset with documentMode "string") or a string. */
export type Document<R, V> = string | { toString(): string; readonly __apiType?: (variables: V) => R };
