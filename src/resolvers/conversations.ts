import { type Context, keyset, type PageArgs, page, requireViewer } from "../context.ts";
import { assertCan, visible } from "../engine/access/policy.ts";
import { RUN_NOT_STOPPED } from "../engine/runs/runs.ts";
import { branchOf } from "../engine/turns/history.ts";
import type { TurnHandle } from "../engine/turns/index.ts";
import {
  checkClientMessageId,
  checkTurn,
  fromGraphQL,
  type TurnArgs,
  type TurnInput,
  userContent,
} from "../engine/turns/input.ts";
import type { Conversation, Interaction, Prisma } from "../generated/prisma/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "../infra/errors.ts";

export { titleFrom } from "../engine/turns/index.ts";

/** sendMessage's input as GraphQL names it (see GraphQLTurn in engine/turns/input.ts). */
export interface SendMessageInput extends TurnArgs {
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

/** A turn the viewer may change, with its conversation (regenerate and edit add a sibling to it). */
async function ownTurn(
  ctx: Context,
  interactionId: string,
): Promise<{ turn: Interaction; conversation: Conversation }> {
  const turn = assertCan(
    requireViewer(ctx),
    "write",
    await ctx.engine.runs.interaction(interactionId),
    "Interaction",
    interactionId,
  );
  if (!turn.conversationId)
    throw new ValidationError("This interaction is not part of a conversation", "interactionId");
  return { turn, conversation: await ownConversation(ctx, turn.conversationId) };
}

/** Sends a message in a conversation (created when no id is given), after the active head; answers when the turn settles. */
export const sendMessage = async (ctx: Context, input: SendMessageInput) => (await startMessage(ctx, input)).settled;

/** The viewer and the client's id of this send: a repeat of the id attaches to the turn it started. */
function sendKey(ctx: Context, clientMessageId: string | null | undefined) {
  return {
    ownerId: requireViewer(ctx).id,
    clientMessageId: checkClientMessageId(clientMessageId),
    logger: ctx.logger,
  };
}

/** Starts a message; resolves as soon as upstream accepted it and the row exists (or finds the turn its id started). */
export async function startMessage(ctx: Context, args: SendMessageInput): Promise<TurnHandle> {
  const input = fromGraphQL(args);
  const key = sendKey(ctx, input.clientMessageId);
  checkTurn(input, { requireModelOrAgent: false, limits: ctx.config });
  const conversation = input.conversationId ? await ownConversation(ctx, input.conversationId) : null;
  const { content, fetchInputs } = await userContent(ctx, input);
  return ctx.engine.turns.message({ ...key, kind: "new", conversation, settings: input, content, fetchInputs });
}

/** A new answer to the same message: a sibling under the same parent. */
export async function startRegenerate(ctx: Context, input: RegenerateInput): Promise<TurnHandle> {
  const key = sendKey(ctx, input.clientMessageId);
  const { turn, conversation } = await ownTurn(ctx, String(input.interactionId));
  return ctx.engine.turns.message({ ...key, kind: "regenerate", conversation, turn });
}

/** The message changed: a sibling with the new input under the same parent. The old branch stays. */
export async function startEdit(ctx: Context, input: EditMessageInput): Promise<TurnHandle> {
  const key = sendKey(ctx, input.clientMessageId);
  checkTurn(input.input, { requireModelOrAgent: false, limits: ctx.config });
  const { turn, conversation } = await ownTurn(ctx, String(input.interactionId));
  const { content, fetchInputs } = await userContent(ctx, input.input);
  return ctx.engine.turns.message({ ...key, kind: "edit", conversation, turn, content, fetchInputs });
}

export const regenerate = async (ctx: Context, input: RegenerateInput) => (await startRegenerate(ctx, input)).settled;
export const editMessage = async (ctx: Context, input: EditMessageInput) => (await startEdit(ctx, input)).settled;

/**
 * Switches the active branch: `messages` then ends at this interaction, or with `toLatestLeaf` at its
 * newest leaf (the version with its follow-ups, as a chat's "2 / 3" switch wants it).
 */
export async function setActiveHead(
  ctx: Context,
  conversationId: string,
  interactionId: string,
  toLatestLeaf = false,
): Promise<Conversation> {
  const conv = await ownConversation(ctx, conversationId);
  // A turn just started (here, or on another process) is found before its row is written.
  const turn = await ctx.engine.runs.interaction(interactionId);
  if (turn?.conversationId !== conv.id) throw new NotFoundError("Interaction", interactionId);
  const head = toLatestLeaf ? await latestLeafOf(ctx, turn) : turn;
  return ctx.db.conversation.update({ where: { id: conv.id }, data: { headId: head.id } });
}

/**
 * The newest leaf under an interaction (itself when nothing follows it): where its version of the
 * conversation last went. Walks the conversation's rows in memory (one query), else child by child.
 */
export async function latestLeafOf(ctx: Context, i: Interaction): Promise<Interaction> {
  const rows = i.conversationId ? await ctx.loaders.conversationInteractions.load(i.conversationId) : null;
  const kids = new Map<string, Interaction[]>();
  for (const r of rows ?? []) if (r.parentId) kids.set(r.parentId, [...(kids.get(r.parentId) ?? []), r]);
  const childrenOfRow = async (r: Interaction) => (rows ? (kids.get(r.id) ?? []) : ctx.loaders.childrenOf.load(r.id));
  let newest: Interaction | null = null;
  for (let level = [i]; level.length; ) {
    const next = await Promise.all(level.map(childrenOfRow));
    level.forEach((r, k) => {
      if (!next[k]?.length && (!newest || later(r, newest))) newest = r;
    });
    level = next.flat();
  }
  return newest ?? i;
}

const later = (a: Interaction, b: Interaction) =>
  a.createdAt > b.createdAt || (a.createdAt.getTime() === b.createdAt.getTime() && a.id > b.id);

export async function renameConversation(ctx: Context, id: string, title: string): Promise<Conversation> {
  const conv = await ownConversation(ctx, id);
  const trimmed = title.trim();
  if (!trimmed || trimmed.length > 200) throw new ValidationError("title must be 1 to 200 characters", "title");
  return ctx.db.conversation.update({ where: { id: conv.id }, data: { title: trimmed } });
}

/** Removes our rows (running turns are cancelled first); optionally the upstream interactions too. */
export async function deleteConversation(ctx: Context, id: string, deleteUpstream: boolean): Promise<boolean> {
  const conv = await ownConversation(ctx, id);
  // Turns started on other processes whose rows are not written yet are found too: they must stop.
  const turns = await ctx.engine.runs.inConversation(conv.id, { everywhere: true });
  // Through engine.cancel: a background turn's job must stop too, or it would recreate rows we delete.
  const ended = await Promise.all(turns.filter((t) => !t.completedAt).map((t) => ctx.engine.cancel(t.id)));
  if (ended.some((t) => t && !t.completedAt)) throw new ConflictError(RUN_NOT_STOPPED);
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
  return page(args, (take, afterId) => ctx.engine.runs.inConversation(conv.id, { page: keyset(take, afterId) }));
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
