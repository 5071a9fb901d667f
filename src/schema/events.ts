import { builder } from "../builder.ts";
import type { LoggedEvent } from "../engine/events.ts";
import { type EventOf, eventTypeName } from "../resolvers/events.ts";
import * as interactions from "../resolvers/interactions.ts";
import * as streams from "../resolvers/streams.ts";
import { SendMessageInput } from "./conversation.ts";
import { Interaction, InteractionStatus } from "./interaction.ts";
import { Step } from "./steps.ts";

type Delta = EventOf<"step_delta">["delta"];

const TextDelta = builder.objectRef<Delta>("TextDelta").implement({
  fields: (t) => ({ text: t.string({ resolve: (d) => String(d.text ?? "") }) }),
});
const ThoughtSummaryDelta = builder.objectRef<Delta>("ThoughtSummaryDelta").implement({
  fields: (t) => ({ text: t.string({ nullable: true, resolve: (d) => streams.summaryText(d) }) }),
});
const ArgumentsDelta = builder.objectRef<Delta>("ArgumentsDelta").implement({
  description: "A fragment of a function call's JSON arguments; concatenate them all, then parse",
  fields: (t) => ({ arguments: t.string({ resolve: (d) => String(d.arguments ?? "") }) }),
});
const ImageDelta = builder.objectRef<Delta>("ImageDelta").implement({
  fields: (t) => ({
    mimeType: t.string({ nullable: true, resolve: (d) => (typeof d.mime_type === "string" ? d.mime_type : null) }),
    url: t.string({
      nullable: true,
      description: "An absolute, signed, expiring URL of the stored image (works in <img> without headers)",
      resolve: (d, _a, ctx) => streams.deltaUrl(d, ctx.media),
    }),
  }),
});
const ToolCallDelta = builder.objectRef<Delta>("ToolCallDelta").implement({
  description: "The call of a built-in or MCP tool (google_search_call, code_execution_call, ...)",
  fields: (t) => ({
    type: t.string({ description: "The upstream delta type, e.g. google_search_call", resolve: (d) => d.type }),
    arguments: t.field({ type: "JSON", nullable: true, resolve: (d) => d.arguments ?? null }),
    data: t.field({ type: "JSON", description: "The whole delta", resolve: (d) => d }),
  }),
});
const ToolResultDelta = builder.objectRef<Delta>("ToolResultDelta").implement({
  description: "The result of a built-in or MCP tool call (google_search_result, code_execution_result, ...)",
  fields: (t) => ({
    type: t.string({ description: "The upstream delta type, e.g. google_search_result", resolve: (d) => d.type }),
    result: t.field({ type: "JSON", nullable: true, resolve: (d) => d.result ?? null }),
    isError: t.boolean({ resolve: (d) => d.is_error === true }),
    data: t.field({ type: "JSON", description: "The whole delta", resolve: (d) => d }),
  }),
});
const OtherDelta = builder.objectRef<Delta>("OtherDelta").implement({
  description: "Any other delta (thought signature, audio, annotations...), kept whole",
  fields: (t) => ({ type: t.string({ resolve: (d) => d.type }), data: t.field({ type: "JSON", resolve: (d) => d }) }),
});
const StepDelta = builder.unionType("StepDelta", {
  types: [TextDelta, ThoughtSummaryDelta, ArgumentsDelta, ImageDelta, ToolCallDelta, ToolResultDelta, OtherDelta],
  resolveType: (d) => streams.deltaTypeName(d),
});

const base = <K extends LoggedEvent["kind"]>(name: string, description: string) =>
  builder.objectRef<EventOf<K>>(name).implement({
    description,
    fields: (t) => ({
      cursor: t.string({ description: "Pass as `after` to resume after this event", resolve: (e) => String(e.seq) }),
      interactionId: t.id({ resolve: (e) => e.interactionId }),
    }),
  });

const Created = base<"created">("InteractionCreatedEvent", "The run started");
builder.objectField(Created, "interaction", (t) =>
  t.field({ type: Interaction, resolve: (e, _a, ctx) => interactions.interactionAt(ctx, e) }),
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
  usage: t.field({ type: "JSON", nullable: true, resolve: (e) => e.usage ?? null }),
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

export const InteractionEvent = builder.unionType("InteractionEvent", {
  types: [Created, Status, StepStart, StepDeltaEvent, StepStop, Completed, ErrorEvent],
  resolveType: (e) => eventTypeName(e),
});

builder.subscriptionField("chat", (t) =>
  t.field({
    type: InteractionEvent,
    description: "Sends a message (as sendMessage) and streams its run in one operation",
    // It writes like sendMessage: a read-only key may not.
    authScopes: { write: true },
    args: { input: t.arg({ type: SendMessageInput, required: true }) },
    subscribe: (_r, { input }, ctx) => streams.chat(ctx, input),
    resolve: (e: LoggedEvent) => e,
  }),
);

builder.subscriptionField("interactionEvents", (t) =>
  t.field({
    type: InteractionEvent,
    description: "Replays the events after `after`, then follows live; ends after the terminal event",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }), after: t.arg.string() },
    subscribe: (_r, { id, after }, ctx) => streams.interactionEvents(ctx, String(id), after),
    resolve: (e: LoggedEvent) => e,
  }),
);
