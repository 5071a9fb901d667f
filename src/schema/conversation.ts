import { builder } from "../builder.ts";
import { LIST_MAX } from "../context.ts";
import type { Conversation as Row } from "../generated/prisma/client.ts";
import * as conversations from "../resolvers/conversations.ts";
import * as nav from "../resolvers/navigation.ts";
import * as settings from "../resolvers/settings.ts";
import { ContentInput } from "./content.ts";
import { controlInputs, Interaction, RESPONSE_FORMAT, ToolInput } from "./interaction.ts";
import { Node } from "./node.ts";
import { ConversationSettings } from "./settings.ts";

export const Conversation = builder.objectRef<Row>("Conversation");
builder.objectType(Conversation, {
  description: "A tree of interactions: every turn has a parent; the active branch ends at `head`",
  interfaces: [Node],
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title", {
      nullable: true,
      description: "Set from the first message (a heuristic, no model call) until renamed",
    }),
    head: t.field({
      type: Interaction,
      nullable: true,
      description: "End of the active branch",
      resolve: (c, _a, ctx) => conversations.head(ctx, c),
    }),
    messages: t.field({
      type: [Interaction],
      description: `The active branch, root first: its latest \`last\` messages (at most ${LIST_MAX}); \`before\` (a message id) pages back. Paged with pageInfo and tool rounds folded: \`branch\``,
      args: { last: t.arg.int({ defaultValue: LIST_MAX }), before: t.arg.id() },
      resolve: (c, args, ctx) => nav.messagesSlice(ctx, c, args),
    }),
    interactions: t.connection(
      {
        type: Interaction,
        description: "Every interaction, all branches, oldest first",
        resolve: (c, args, ctx) => conversations.interactionsPage(ctx, c, args),
      },
      { name: "InteractionConnection" },
      { name: "InteractionEdge" },
    ),
    settings: t.field({
      type: ConversationSettings,
      description: "Per-turn parameters re-sent upstream on every turn (credentials by header name only)",
      resolve: (c) => settings.settingsOf(c),
    }),
    settingsJson: t.field({
      type: "JSON",
      description: "The same settings as JSON, keyed by the input fields' names (enum values in upstream's spelling)",
      deprecationReason: "Use settings (typed); this JSON stays for one release",
      resolve: (c) => settings.settingsJsonOf(c),
    }),
    createdAt: t.field({ type: "DateTime", resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: "DateTime", resolve: (c) => c.updatedAt }),
  }),
});

builder.objectField(Interaction, "conversation", (t) =>
  t.field({ type: Conversation, nullable: true, resolve: (i, _a, ctx) => conversations.conversationOf(ctx, i) }),
);

export const SendMessageInput = builder.inputType("SendMessageInput", {
  description: "A user turn in a conversation. Parameters given here are kept by the conversation for later turns.",
  fields: (t) => ({
    conversationId: t.id({ description: "Omitted: a new conversation is created" }),
    clientMessageId: t.id({
      description:
        "Your id for this send (e.g. a UUID), unique per user: the same id again (a re-subscribe, a retry) attaches to the turn it started instead of starting another",
    }),
    text: t.string(),
    parts: t.field({ type: [ContentInput] }),
    model: t.string({ description: "Default: the conversation's, then the server's DEFAULT_MODEL" }),
    agent: t.string(),
    systemInstruction: t.string(),
    responseFormat: t.field({ type: "JSON", description: RESPONSE_FORMAT }),
    tools: t.field({ type: [ToolInput] }),
    agentConfig: t.field({ type: "JSON" }),
    background: t.boolean(),
    store: t.boolean({ description: "false: upstream keeps nothing; every turn sends the whole branch" }),
    ...controlInputs(t),
  }),
});

const MessageInput = builder.inputType("MessageInput", {
  fields: (t) => ({ text: t.string(), parts: t.field({ type: [ContentInput] }) }),
});

/** The client's id for a send, as an argument of the blocking mutations. */
export const CLIENT_MESSAGE_ID = {
  description: "Your id for this send, unique per user: a retry with it attaches to the turn it started",
};

export const RegenerateInput = builder.inputType("RegenerateInput", {
  description: "A new answer to a message (a sibling under the same parent)",
  fields: (t) => ({
    interactionId: t.id({ required: true }),
    clientMessageId: t.id({
      description:
        "Your id for this send (e.g. a UUID), unique per user: the same id again (a re-subscribe, a retry) attaches to the turn it started instead of starting another",
    }),
  }),
});

export const EditMessageInput = builder.inputType("EditMessageInput", {
  description: "A changed message (a sibling with new input under the same parent)",
  fields: (t) => ({
    interactionId: t.id({ required: true }),
    input: t.field({ type: MessageInput, required: true }),
    clientMessageId: t.id({
      description:
        "Your id for this send (e.g. a UUID), unique per user: the same id again (a re-subscribe, a retry) attaches to the turn it started instead of starting another",
    }),
  }),
});

builder.queryFields((t) => ({
  conversation: t.field({
    type: Conversation,
    nullable: true,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => conversations.findConversation(ctx, String(id)),
  }),
  conversations: t.connection(
    {
      type: Conversation,
      description: "The viewer's conversations, most recently active first",
      authScopes: { user: true },
      args: { search: t.arg.string({ description: "Matches titles and message text" }) },
      resolve: (_r, args, ctx) => conversations.listConversations(ctx, args),
    },
    { name: "ConversationConnection" },
    { name: "ConversationEdge" },
  ),
}));

builder.mutationFields((t) => ({
  sendMessage: t.field({
    type: Interaction,
    description: "Sends a turn after the conversation's head; answers when the run ends",
    authScopes: { user: true },
    args: { input: t.arg({ type: SendMessageInput, required: true }) },
    resolve: (_r, { input }, ctx) => conversations.sendMessage(ctx, input),
  }),
  regenerate: t.field({
    type: Interaction,
    description: "A new answer to the same message: a sibling under the same parent, made the head",
    authScopes: { user: true },
    args: { interactionId: t.arg.id({ required: true }), clientMessageId: t.arg.id(CLIENT_MESSAGE_ID) },
    resolve: (_r, a, ctx) => conversations.regenerate(ctx, { ...a, interactionId: String(a.interactionId) }),
  }),
  editMessage: t.field({
    type: Interaction,
    description: "Replaces a message: a sibling with the new input under the same parent, made the head",
    authScopes: { user: true },
    args: {
      interactionId: t.arg.id({ required: true }),
      input: t.arg({ type: MessageInput, required: true }),
      clientMessageId: t.arg.id(CLIENT_MESSAGE_ID),
    },
    resolve: (_r, a, ctx) => conversations.editMessage(ctx, { ...a, interactionId: String(a.interactionId) }),
  }),
  setActiveHead: t.field({
    type: Conversation,
    description:
      "Switches the active branch to end at this interaction, or with toLatestLeaf at its newest leaf (Interaction.latestLeaf: the version with its follow-ups)",
    authScopes: { user: true },
    args: {
      conversationId: t.arg.id({ required: true }),
      interactionId: t.arg.id({ required: true }),
      toLatestLeaf: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_r, a, ctx) =>
      conversations.setActiveHead(ctx, a.conversationId, a.interactionId, a.toLatestLeaf === true),
  }),
  renameConversation: t.field({
    type: Conversation,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }), title: t.arg.string({ required: true }) },
    resolve: (_r, { id, title }, ctx) => conversations.renameConversation(ctx, String(id), title),
  }),
  deleteConversation: t.boolean({
    description: "Deletes the conversation and its interactions here; deleteUpstream also deletes them upstream",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }), deleteUpstream: t.arg.boolean({ defaultValue: false }) },
    resolve: (_r, { id, deleteUpstream }, ctx) =>
      conversations.deleteConversation(ctx, String(id), deleteUpstream ?? false),
  }),
}));
