import type { CreateBody, JsonObject } from "../../gemini/types.ts";
import type { Conversation, Interaction } from "../../generated/prisma/client.ts";
import type { Logger } from "../../infra/logger.ts";
import type { RunOutcome } from "../runs/outcome.ts";
import type { TurnSettings } from "./body.ts";

/** One started interaction of a turn; `done` settles when its run here has ended ("detached" for a job's). */
export interface Round {
  id: string;
  done: Promise<RunOutcome>;
  background?: boolean;
}

/** A user turn that was started (or an earlier send with the same client message id found). */
export interface TurnHandle {
  /** The turn's first round: `turnEvents(id)` follows the whole turn. */
  id: string;
  /** True when the send found a turn an earlier send with the same client message id started. */
  attached: boolean;
  /** The first round, when this send started it (its row may not be written yet). */
  started?: { id: string; background: boolean };
  /** The last round's row, once the turn has ended. */
  settled: Promise<Interaction>;
}

/** Everything the engine needs to start one turn. */
export interface TurnSpec {
  ownerId: string;
  /** The upstream create body without chaining (the engine chains it to `parent`). */
  body: CreateBody;
  /** The user's side of this turn as stored: Content[], or function_result steps. */
  userInput: JsonObject[];
  inputText?: string | null;
  /** The turn this one follows (its upstream chain and its place in the tree). */
  parent?: Interaction | null;
  /** The conversation the turn belongs to; it becomes the conversation's head. */
  conversation?: Pick<Conversation, "id"> & { title?: string | null; isNew?: boolean };
  /** Saved on the conversation with the new head (its per-turn settings). */
  settings?: TurnSettings;
  /** The request's logger, so the run's log lines carry the request id. */
  logger?: Logger;
  /** The client's id for this send (unique per user): a retry attaches instead of starting again. */
  clientMessageId?: string | null;
  /** The first round of the turn this round continues (server-side tool rounds only). */
  turnId?: string | null;
  /** Fetches the turn's `uri` parts; run once the turn is admitted, before anything is written. */
  fetchInputs?: () => Promise<void>;
}

/** A function result the client sends for a call of a round that ended in requires_action. */
export interface ClientResult {
  callId: string;
  name?: string | null;
  result?: unknown;
  isError?: boolean | null;
  /** Computer use: the page the action left the device on. */
  url?: string | null;
  /** Computer use: the screenshot after the action, as stored content (a file reference). */
  screenshot?: JsonObject | null;
  /** For a call whose safety decision requires confirmation: whether the person confirmed it. */
  confirmed?: boolean | null;
}

/**
 * A user message in a conversation, as the resolver authorised it: a new
 * message after the head (of a new conversation when none is given), a
 * regenerated answer to `turn`'s message, or `turn`'s message edited. The
 * last two are siblings of `turn` under its parent; the old branch stays.
 */
export type MessageSpec = {
  ownerId: string;
  /** The client's id for this send (unique per user): a repeat attaches to the turn it started. */
  clientMessageId?: string | null;
  /** The request's logger, so the run's log lines carry the request id. */
  logger?: Logger;
  /** Fetches the message's `uri` parts once the turn is admitted (see TurnSpec). */
  fetchInputs?: () => Promise<void>;
} & (
  | {
      kind: "new";
      conversation: Conversation | null;
      /** This turn's settings, laid over the conversation's saved ones (and saved with the turn). */
      settings: TurnSettings;
      content: JsonObject[];
    }
  | { kind: "regenerate"; conversation: Conversation; turn: Interaction }
  | { kind: "edit"; conversation: Conversation; turn: Interaction; content: JsonObject[] }
);
