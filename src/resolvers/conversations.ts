import { type Context, keyset, type PageArgs, page, requireViewer } from "../context.ts";
import { assertCan, visible } from "../engine/access/policy.ts";
import { readInput, readSettings } from "../engine/store/columns.ts";
import { branchOf } from "../engine/turns/history.ts";
import { mergeSettings, type TurnHandle, type TurnSettings } from "../engine/turns/index.ts";
import type { JsonObject } from "../gemini/types.ts";
import type { Conversation, Interaction, Prisma } from "../generated/prisma/client.ts";
import { NotFoundError, ValidationError } from "../infra/errors.ts";
import { cancelInteraction, readInteraction } from "./interactions.ts";
import { checkClientMessageId, checkTurn, type TurnInput, userContent } from "./turns.ts";

export { titleFrom } from "../engine/turns/index.ts";

export interface SendMessageInput extends TurnInput {
  conversationId?: string | null;
}
export interface MessageInput {
  text?: string | null;
  parts?: TurnInput["parts"];
}
/** What regenerate and edit name: the turn to answer anew, and the client's id for this send. */
export interface RegenerateInput {
  interactionId: string | number;
  clientMessageId?: string | null;
}
export interface EditMessageInput extends RegenerateInput {
  input: MessageInput;
}

/** A conversation's saved per-turn settings. */
const savedSettings = (conv: Conversation | null): TurnSettings => (conv ? readSettings(conv.settings) : {});

export async function findConversation(ctx: Context, id: string): Promise<Conversation | null> {
  return visible(requireViewer(ctx), await ctx.loaders.conversation.load(id));
}

async function ownConversation(ctx: Context, id: string): Promise<Conversation> {
  // Read afresh (not through the request's loader, which the answer reads after the change).
  const [row] = await ctx.engine.runs.readWritten([id], (ids) =>
    ctx.db.conversation.findMany({ where: { id: { in: ids } } }),
  );
  return assertCan(requireViewer(ctx), "write", row ?? null, "Conversation", id);
}

async function ownTurn(ctx: Context, interactionId: string): Promise<Interaction & { conversationId: string }> {
  const row = assertCan(
    requireViewer(ctx),
    "write",
    await readInteraction(ctx, interactionId),
    "Interaction",
    interactionId,
  );
  if (!row.conversationId) throw new ValidationError("This interaction is not part of a conversation", "interactionId");
  return row as Interaction & { conversationId: string };
}

/** Sends a message in a conversation (created when no id is given), after the active head; answers when the turn settles. */
export const sendMessage = async (ctx: Context, input: SendMessageInput) => (await startMessage(ctx, input)).settled;

/** The viewer and the client's id of this send: a repeat of the id attaches to the turn it started. */
function sendKey(ctx: Context, clientMessageId: string | null | undefined) {
  return { ownerId: requireViewer(ctx).id, clientMessageId: checkClientMessageId(clientMessageId) };
}

/** Starts a message; resolves as soon as upstream accepted it and the row exists (or finds the turn its id started). */
export async function startMessage(ctx: Context, input: SendMessageInput): Promise<TurnHandle> {
  const key = sendKey(ctx, input.clientMessageId);
  checkTurn(input, { requireModelOrAgent: false, limits: ctx.config });
  return ctx.engine.turns.begin(key, async () => {
    const conversation = input.conversationId ? await ownConversation(ctx, input.conversationId) : null;
    const content = await userContent(ctx, input);
    const settings = mergeSettings(savedSettings(conversation), input);
    const parentId = conversation?.headId ?? null;
    return ctx.engine.turns.message({ ...key, conversation, settings, parentId, content, logger: ctx.logger });
  });
}

/** The user side of a turn, if it was a user message (not function results). */
function userMessage(row: Interaction): JsonObject[] {
  const input = readInput(row.input);
  if (!input.length || input.some((c) => typeof c.type !== "string" || c.type.includes("_"))) {
    throw new ValidationError(
      "Only user messages can be edited or regenerated; this turn holds function results",
      "interactionId",
    );
  }
  return input;
}

/** A new answer to the same message: a sibling under the same parent. */
export async function startRegenerate(ctx: Context, input: RegenerateInput): Promise<TurnHandle> {
  const key = sendKey(ctx, input.clientMessageId);
  return ctx.engine.turns.begin(key, async () => {
    const turn = await ownTurn(ctx, String(input.interactionId));
    const content = userMessage(turn);
    const conversation = await ownConversation(ctx, turn.conversationId);
    const settings = savedSettings(conversation);
    const { parentId } = turn;
    return ctx.engine.turns.message({ ...key, conversation, settings, parentId, content, logger: ctx.logger });
  });
}

/** The message changed: a sibling with the new input under the same parent. The old branch stays. */
export async function startEdit(ctx: Context, input: EditMessageInput): Promise<TurnHandle> {
  const key = sendKey(ctx, input.clientMessageId);
  checkTurn(input.input, { requireModelOrAgent: false, limits: ctx.config });
  return ctx.engine.turns.begin(key, async () => {
    const turn = await ownTurn(ctx, String(input.interactionId));
    userMessage(turn);
    const conversation = await ownConversation(ctx, turn.conversationId);
    const content = await userContent(ctx, input.input);
    const settings = savedSettings(conversation);
    const { parentId } = turn;
    return ctx.engine.turns.message({ ...key, conversation, settings, parentId, content, logger: ctx.logger });
  });
}

export const regenerate = async (ctx: Context, input: RegenerateInput) => (await startRegenerate(ctx, input)).settled;
export const editMessage = async (ctx: Context, input: EditMessageInput) => (await startEdit(ctx, input)).settled;

/** Switches the active branch: `messages` then ends at this interaction. */
export async function setActiveHead(
  ctx: Context,
  conversationId: string,
  interactionId: string,
): Promise<Conversation> {
  const conv = await ownConversation(ctx, conversationId);
  const turn = await ctx.db.interaction.findUnique({ where: { id: interactionId }, select: { conversationId: true } });
  if (turn?.conversationId !== conv.id) throw new NotFoundError("Interaction", interactionId);
  return ctx.db.conversation.update({ where: { id: conv.id }, data: { headId: interactionId } });
}

export async function renameConversation(ctx: Context, id: string, title: string): Promise<Conversation> {
  const conv = await ownConversation(ctx, id);
  const trimmed = title.trim();
  if (!trimmed || trimmed.length > 200) throw new ValidationError("title must be 1 to 200 characters", "title");
  return ctx.db.conversation.update({ where: { id: conv.id }, data: { title: trimmed } });
}

/** Removes our rows (running turns are cancelled first); optionally the upstream interactions too. */
export async function deleteConversation(ctx: Context, id: string, deleteUpstream: boolean): Promise<boolean> {
  const conv = await ownConversation(ctx, id);
  const turns = await ctx.db.interaction.findMany({
    where: { conversationId: conv.id },
    select: { id: true, remoteId: true, completedAt: true },
  });
  // Through cancelInteraction: a background turn's job must stop too, or it would recreate rows we delete.
  for (const t of turns) if (!t.completedAt) await cancelInteraction(ctx, t.id);
  if (deleteUpstream) await ctx.engine.deleteRemote(turns.flatMap((t) => (t.remoteId ? [t.remoteId] : [])));
  await ctx.db.conversation.delete({ where: { id: conv.id } });
  return true;
}

/** The active branch, root first: one query for the whole conversation, the path walked in memory. */
export async function messages(ctx: Context, conv: Conversation): Promise<Interaction[]> {
  if (!conv.headId) return [];
  const rows = await ctx.loaders.conversationInteractions.load(conv.id);
  return branchOf(rows, conv.headId);
}

export const head = (ctx: Context, conv: Conversation) =>
  conv.headId ? ctx.loaders.interaction.load(conv.headId) : null;

/** Every interaction of the conversation, all branches, oldest first. */
export function interactionsPage(ctx: Context, conv: Conversation, args: PageArgs) {
  return page(args, (take, afterId) =>
    ctx.db.interaction.findMany({
      where: { conversationId: conv.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...keyset(take, afterId),
    }),
  );
}

/** The viewer's conversations by last activity; `search` matches titles and message text. */
export function listConversations(ctx: Context, args: PageArgs & { search?: string | null }) {
  const viewer = requireViewer(ctx);
  const q = args.search?.trim();
  const where: Prisma.ConversationWhereInput = {
    ownerId: viewer.id,
    ...(q
      ? {
          OR: [
            { title: { contains: q, mode: "insensitive" } },
            {
              interactions: {
                some: {
                  OR: [
                    { inputText: { contains: q, mode: "insensitive" } },
                    { outputText: { contains: q, mode: "insensitive" } },
                  ],
                },
              },
            },
          ],
        }
      : {}),
  };
  return page(args, (take, afterId) =>
    ctx.db.conversation.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], ...keyset(take, afterId) }),
  );
}

export const conversationOf = (ctx: Context, i: Interaction) =>
  i.conversationId ? ctx.loaders.conversation.load(i.conversationId) : null;
