import type { Context } from "../context.ts";
import { branchOf, branchTimeline } from "../engine/history.ts";
import type { JsonObject } from "../gemini/types.ts";
import type { Conversation, Interaction, Prisma } from "../generated/prisma/client.ts";
import { ConflictError, NotFoundError, ValidationError } from "../infra/errors.ts";
import { cancelInteraction } from "./interactions.ts";
import { keyset, type PageArgs, page } from "./paging.ts";
import { startTurn, textOf } from "./start-turn.ts";
import { untilSettled } from "./tools.ts";
import { checkTurn, createBody, type TurnInput, userContent } from "./turns.ts";
import { requireViewer } from "./viewer.ts";

export interface SendMessageInput extends TurnInput {
  conversationId?: string | null;
}
export interface MessageInput {
  text?: string | null;
  parts?: TurnInput["parts"];
}

/** Per-turn parameters upstream needs on every turn; the conversation keeps them and re-sends them. */
type Settings = Omit<TurnInput, "text" | "parts">;
const SETTING_KEYS = [
  "model",
  "agent",
  "systemInstruction",
  "generationConfig",
  "responseFormat",
  "tools",
  "agentConfig",
  "environment",
  "store",
  // Kept like the rest: an agent conversation runs every turn in the background; `background: false` switches back.
  "background",
] as const;

function mergeSettings(saved: unknown, input: TurnInput): Settings {
  const out: Settings = { ...((saved ?? {}) as Settings) };
  for (const key of SETTING_KEYS) {
    const value = input[key];
    if (value !== undefined && value !== null) (out as Record<string, unknown>)[key] = value;
  }
  // A turn that names a model drops a saved agent, and the reverse.
  if (input.model) delete out.agent;
  if (input.agent) delete out.model;
  return out;
}

/** A heuristic title: the first line of the first message, cut at a word boundary. No model call. */
export function titleFrom(text: string | null): string | null {
  const line = text?.trim().split("\n")[0]?.trim();
  if (!line) return null;
  if (line.length <= 60) return line;
  const cut = line.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 30 ? cut.lastIndexOf(" ") : 60)}…`;
}

export async function findConversation(ctx: Context, id: string): Promise<Conversation | null> {
  const viewer = requireViewer(ctx);
  const row = await ctx.db.conversation.findUnique({ where: { id } });
  return row && (row.ownerId === viewer.id || viewer.role === "ADMIN") ? row : null;
}

async function ownConversation(ctx: Context, id: string): Promise<Conversation> {
  const row = await findConversation(ctx, id);
  if (!row) throw new NotFoundError("Conversation", id);
  return row;
}

async function ownTurn(ctx: Context, interactionId: string): Promise<Interaction & { conversationId: string }> {
  const viewer = requireViewer(ctx);
  const row = await ctx.db.interaction.findUnique({ where: { id: interactionId } });
  if (!row || (row.ownerId !== viewer.id && viewer.role !== "ADMIN"))
    throw new NotFoundError("Interaction", interactionId);
  if (!row.conversationId) throw new ValidationError("This interaction is not part of a conversation", "interactionId");
  return row as Interaction & { conversationId: string };
}

/**
 * Runs one turn of a conversation under `parentId`, chained upstream to the
 * parent's interaction (or, for store:false, with the whole branch as an
 * explicit timeline), and makes it the head.
 */
async function beginTurn(
  ctx: Context,
  conv: Conversation,
  settings: Settings,
  parentId: string | null,
  content: JsonObject[],
): Promise<{ id: string; done: Promise<void> }> {
  const parent = parentId ? await ctx.db.interaction.findUniqueOrThrow({ where: { id: parentId } }) : null;
  if (parent && !parent.completedAt)
    throw new ConflictError("The previous turn is still running; wait for it or cancel it");
  const turnSettings = {
    ...settings,
    model: settings.model ?? (settings.agent ? undefined : ctx.config.DEFAULT_MODEL),
  };
  const body = createBody(turnSettings, content, ctx.engine.functions);
  const rebuild = parent
    ? async () => [...(await branchTimeline(ctx.db, parent.id)), { type: "user_input", content }]
    : undefined;
  const chainable = parent?.remoteId && parent.store && parent.status !== "failed" && settings.store !== false;
  if (chainable) body.previous_interaction_id = parent.remoteId as string;
  else if (rebuild) body.input = await rebuild();
  const inputText = textOf(content);
  const { id, done } = await startTurn(ctx, {
    body,
    userInput: content,
    inputText,
    conversationId: conv.id,
    parentId,
    rebuild,
  });
  await ctx.db.conversation.update({
    where: { id: conv.id },
    data: { headId: id, settings: settings as Prisma.InputJsonValue, title: conv.title ?? titleFrom(inputText) },
  });
  return { id, done };
}

/** Sends a message in a conversation (created when no id is given), after the active head; answers when the run ends. */
export const sendMessage = (ctx: Context, input: SendMessageInput) => untilSettled(ctx, startMessage(ctx, input));

/** Starts a message; resolves as soon as upstream accepted it and the row exists. */
export async function startMessage(
  ctx: Context,
  input: SendMessageInput,
): Promise<{ id: string; done: Promise<void> }> {
  const viewer = requireViewer(ctx);
  checkTurn(input, { requireModelOrAgent: false });
  const existing = input.conversationId ? await ownConversation(ctx, input.conversationId) : null;
  const content = await userContent(ctx, input);
  const settings = mergeSettings(existing?.settings, input);
  const conv = existing ?? (await ctx.db.conversation.create({ data: { ownerId: viewer.id } }));
  try {
    return await beginTurn(ctx, conv, settings, conv.headId, content);
  } catch (err) {
    // A conversation made for a message upstream refused would be an empty shell.
    if (!existing) await ctx.db.conversation.delete({ where: { id: conv.id } }).catch(() => undefined);
    throw err;
  }
}

/** The user side of a turn, if it was a user message (not function results). */
function userMessage(row: Interaction): JsonObject[] {
  const input = Array.isArray(row.input) ? (row.input as JsonObject[]) : [];
  if (!input.length || input.some((c) => typeof c.type !== "string" || c.type.includes("_"))) {
    throw new ValidationError(
      "Only user messages can be edited or regenerated; this turn holds function results",
      "interactionId",
    );
  }
  return input;
}

/** A new answer to the same message: a sibling under the same parent. */
export async function regenerate(ctx: Context, interactionId: string): Promise<Interaction> {
  const turn = await ownTurn(ctx, interactionId);
  const content = userMessage(turn);
  const conv = await ownConversation(ctx, turn.conversationId);
  return untilSettled(ctx, beginTurn(ctx, conv, mergeSettings(conv.settings, {}), turn.parentId, content));
}

/** The message changed: a sibling with the new input under the same parent. The old branch stays. */
export async function editMessage(ctx: Context, interactionId: string, input: MessageInput): Promise<Interaction> {
  const turn = await ownTurn(ctx, interactionId);
  userMessage(turn);
  checkTurn(input, { requireModelOrAgent: false });
  const conv = await ownConversation(ctx, turn.conversationId);
  return untilSettled(
    ctx,
    beginTurn(ctx, conv, mergeSettings(conv.settings, {}), turn.parentId, await userContent(ctx, input)),
  );
}

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
