import { builder } from "../builder.ts";
import type { LoggedEvent } from "../engine/events/types.ts";
import * as turns from "../resolvers/controls.ts";
import { type EventOf, eventTypeName } from "../resolvers/events.ts";
import * as interactions from "../resolvers/interactions.ts";
import * as streams from "../resolvers/streams.ts";
import { EditMessageInput, RegenerateInput, SendMessageInput } from "./conversation.ts";
import { Interaction, InteractionError, InteractionStatus, Usage } from "./interaction.ts";
import { Step } from "./steps.ts";
import { SubmitFunctionResultsInput } from "./tools.ts";

type Delta = EventOf<"step_delta">["delta"];

/** What every delta has: select `type` once for all of them. */
const StepDelta = builder.interfaceRef<Delta>("StepDelta").implement({
  description: "More of a step, as it streams",
  fields: (t) => ({
    type: t.string({ description: "The upstream delta type (text, thought_summary, ...)", resolve: (d) => d.type }),
  }),
  resolveType: (d) => streams.deltaTypeName(d),
});

builder.objectRef<Delta>("TextDelta").implement({
  description:
    "More of a step's text. For a subscriber that is behind, it may carry several upstream deltas (the event's cursor is the last one's)",
  interfaces: [StepDelta],
  fields: (t) => ({ text: t.string({ resolve: (d) => String(d.text ?? "") }) }),
});
builder.objectRef<Delta>("ThoughtSummaryDelta").implement({
  interfaces: [StepDelta],
  fields: (t) => ({
    text: t.string({
      description: "More of the summary (empty for a part that is not text)",
      resolve: (d) => streams.summaryText(d) ?? "",
    }),
  }),
});
builder.objectRef<Delta>("ArgumentsDelta").implement({
  description: "A fragment of a function call's JSON arguments; concatenate them all, then parse",
  interfaces: [StepDelta],
  fields: (t) => ({ arguments: t.string({ resolve: (d) => String(d.arguments ?? "") }) }),
});
builder.objectRef<Delta>("ImageDelta").implement({
  interfaces: [StepDelta],
  fields: (t) => ({
    mimeType: t.string({ nullable: true, resolve: (d) => (typeof d.mime_type === "string" ? d.mime_type : null) }),
    url: t.string({
      nullable: true,
      description: "An absolute, signed, expiring URL of the stored image (works in <img> without headers)",
      resolve: (d, _a, ctx) => streams.deltaUrl(d, ctx.media),
    }),
  }),
});
builder.objectRef<Delta>("ToolCallDelta").implement({
  description: "The call of a built-in or MCP tool (google_search_call, code_execution_call, ...)",
  interfaces: [StepDelta],
  fields: (t) => ({
    callArguments: t.field({
      type: "JSON",
      nullable: true,
      description: "The call's arguments, parsed (ArgumentsDelta.arguments is a text fragment)",
      resolve: (d) => d.arguments ?? null,
    }),
    data: t.field({ type: "JSON", description: "The whole delta", resolve: (d) => d }),
  }),
});
builder.objectRef<Delta>("ToolResultDelta").implement({
  description: "The result of a built-in or MCP tool call (google_search_result, code_execution_result, ...)",
  interfaces: [StepDelta],
  fields: (t) => ({
    result: t.field({ type: "JSON", nullable: true, resolve: (d) => d.result ?? null }),
    isError: t.boolean({ resolve: (d) => d.is_error === true }),
    data: t.field({ type: "JSON", description: "The whole delta", resolve: (d) => d }),
  }),
});
builder.objectRef<Delta>("OtherDelta").implement({
  description: "Any other delta (thought signature, audio, annotations...), kept whole",
  interfaces: [StepDelta],
  fields: (t) => ({ data: t.field({ type: "JSON", resolve: (d) => d }) }),
});

/** What every event has: `{ cursor interactionId }` is selected once for all of them. */
export const InteractionEvent = builder.interfaceRef<streams.TurnEvent>("InteractionEvent").implement({
  description:
    "One event of a run. In chat and turnEvents the cursor counts through the whole turn (every round), and the last event is a TurnEndEvent",
  fields: (t) => ({
    cursor: t.string({
      description: "Pass as `after` to the subscription that sent it, to resume after this event",
      resolve: (e) => String(e.turnSeq ?? e.seq),
    }),
    interactionId: t.id({
      description: "The round (interaction) this event belongs to",
      resolve: (e) => e.interactionId,
    }),
  }),
  resolveType: (e) => eventTypeName(e),
});

const base = <K extends LoggedEvent["kind"]>(name: string, description: string) =>
  builder.objectRef<EventOf<K> & { turnSeq?: number }>(name).implement({ description, interfaces: [InteractionEvent] });

const Created = base<"created">("InteractionCreatedEvent", "The run started");
builder.objectField(Created, "interaction", (t) =>
  t.field({ type: Interaction, resolve: (e, _a, ctx) => interactions.interactionAt(ctx, e) }),
);
builder.objectField(Created, "conversationId", (t) =>
  t.id({
    nullable: true,
    description:
      "The conversation of the turn (null for a one-off interaction). Unlike `interaction`, it needs no read of the interaction's row, which a run started here writes behind its first events",
    resolve: (e, _a, ctx) => interactions.conversationIdOf(ctx, e),
  }),
);
const Status = base<"status">("InteractionStatusEvent", "The status changed");
builder.objectField(Status, "status", (t) =>
  t.field({ type: InteractionStatus, resolve: (e) => interactions.toStatus(e.status) }),
);
const StepStart = base<"step_start">("StepStartEvent", "A step began; it may already carry content");
builder.objectFields(StepStart, (t) => ({
  index: t.int({ resolve: (e) => e.index }),
  step: t.field({ type: Step, resolve: (e) => streams.stepOf(e) }),
}));
const StepDeltaEvent = base<"step_delta">("StepDeltaEvent", "More of a step");
builder.objectFields(StepDeltaEvent, (t) => ({
  index: t.int({ resolve: (e) => e.index }),
  delta: t.field({ type: StepDelta, resolve: (e) => e.delta }),
}));
const StepStop = base<"step_stop">("StepStopEvent", "A step is complete");
builder.objectFields(StepStop, (t) => ({
  index: t.int({ resolve: (e) => e.index }),
  usage: t.field({ type: Usage, nullable: true, resolve: (e) => turns.stepUsageOf(e.usage) }),
  usageJson: t.field({
    type: "JSON",
    nullable: true,
    description: "upstream's usage object (snake_case)",
    deprecationReason: "Use usage (typed); this JSON stays for one release",
    resolve: (e) => e.usage ?? null,
  }),
}));
const Completed = base<"completed">(
  "InteractionCompletedEvent",
  "The run ended (completed, requires action, cancelled...): the last event",
);
builder.objectField(Completed, "interaction", (t) =>
  t.field({ type: Interaction, resolve: (e, _a, ctx) => interactions.interactionAt(ctx, e) }),
);
const ErrorEvent = base<"error">("InteractionErrorEvent", "The run failed: the last event");
builder.objectFields(ErrorEvent, (t) => ({
  code: t.string({ resolve: (e) => e.code }),
  message: t.string({ resolve: (e) => e.message }),
}));

const TurnEndReason = builder.enumType("TurnEndReason", {
  description: "Why a user turn is over",
  values: {
    COMPLETED: { description: "The model answered (also INCOMPLETE or BUDGET_EXCEEDED: see status)" },
    REQUIRES_ACTION: { description: "The model called a client function: answer with functionResults" },
    FAILED: { description: "A round failed, or the turn hit a limit (see error)" },
    CANCELLED: { description: "cancelInteraction stopped it" },
  } as const,
});
const TurnEnd = base<"turn_end">(
  "TurnEndEvent",
  "The user's turn is over (every round of server-side tool calls included): the last event of chat and turnEvents",
);
builder.objectFields(TurnEnd, (t) => ({
  status: t.field({
    type: InteractionStatus,
    description: "The last round's status",
    resolve: (e) => interactions.toStatus(e.status),
  }),
  reason: t.field({ type: TurnEndReason, resolve: (e) => streams.turnEndReason(e) }),
  error: t.field({
    type: InteractionError,
    nullable: true,
    resolve: (e, _a, ctx) => streams.turnEndError(ctx, e),
  }),
  interaction: t.field({
    type: Interaction,
    description: "The last round",
    resolve: (e, _a, ctx) => interactions.interactionAt(ctx, e),
  }),
}));

builder.subscriptionField("chat", (t) =>
  t.field({
    type: InteractionEvent,
    description:
      "Starts a turn of any kind (give exactly one of input, regenerate, edit, functionResults) and streams it from its first event to a TurnEndEvent. A repeat with the same clientMessageId attaches to the turn it started; `after` skips events the client has",
    // It writes like sendMessage: a read-only key may not.
    authScopes: { write: true },
    args: {
      input: t.arg({ type: SendMessageInput, description: "A new message (as sendMessage)" }),
      regenerate: t.arg({ type: RegenerateInput, description: "A new answer to a message (as regenerate)" }),
      edit: t.arg({ type: EditMessageInput, description: "A changed message (as editMessage)" }),
      functionResults: t.arg({
        type: SubmitFunctionResultsInput,
        description: "Answers to client function calls (as submitFunctionResults)",
      }),
      after: t.arg.string({ description: "A turn cursor: only the events after it" }),
    },
    subscribe: (_r, args, ctx) => streams.chat(ctx, args),
    resolve: (e: streams.TurnEvent) => e,
  }),
);

builder.subscriptionField("turnEvents", (t) =>
  t.field({
    type: InteractionEvent,
    description:
      "Follows the whole user turn that interaction `id` belongs to (every round), after a turn cursor; ends after its TurnEndEvent",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }), after: t.arg.string() },
    subscribe: (_r, { id, after }, ctx) => streams.turnEvents(ctx, String(id), after),
    resolve: (e: streams.TurnEvent) => e,
  }),
);

builder.subscriptionField("interactionEvents", (t) =>
  t.field({
    type: InteractionEvent,
    description:
      "One interaction's (one round's) events after `after`, then live; ends after its terminal event. For a whole turn use turnEvents",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }), after: t.arg.string() },
    subscribe: (_r, { id, after }, ctx) => streams.interactionEvents(ctx, String(id), after),
    resolve: (e: streams.TurnEvent) => e,
  }),
);
