import { type Context, type ListPageArgs, listPage, reads, requireViewer } from "../context.ts";
import { account, visible } from "../engine/access/policy.ts";
import { readInput } from "../engine/store/columns.ts";
import { conversationsById, roundsOf } from "../engine/store/interactions.ts";
import { branchOf } from "../engine/turns/history.ts";
import type { Conversation, Interaction } from "../generated/prisma/client.ts";

/** What an interaction is in its conversation: a user's message, the client's function results, or a server-side tool round. */
export type InteractionKind = "MESSAGE" | "FUNCTION_RESULTS" | "TOOL_ROUND";

export function kindOf(i: Interaction): InteractionKind {
  if (i.turnId) return "TOOL_ROUND";
  return readInput(i.input).some((c) => c.type === "function_result") ? "FUNCTION_RESULTS" : "MESSAGE";
}

/** The interactions of the same conversation under the same parent, oldest first: the alternatives a branch switcher shows ("2 of 3"). */
export async function siblings(ctx: Context, i: Interaction): Promise<Interaction[]> {
  if (!i.conversationId) return [i];
  const rows = await ctx.loaders.conversationInteractions.load(i.conversationId);
  return rows.filter((r) => r.parentId === i.parentId && !!r.turnId === !!i.turnId);
}

export const siblingIndex = async (ctx: Context, i: Interaction) =>
  (await siblings(ctx, i)).findIndex((r) => r.id === i.id);
export const siblingCount = async (ctx: Context, i: Interaction) => (await siblings(ctx, i)).length;

/** The first interaction of the turn `i` belongs to. */
export const turnOf = async (ctx: Context, i: Interaction): Promise<Interaction> =>
  (i.turnId ? await ctx.loaders.interaction.load(i.turnId) : null) ?? i;

/** The later rounds of server-side tool calls this turn caused, in order (empty for a round itself). */
export async function rounds(ctx: Context, i: Interaction): Promise<Interaction[]> {
  if (i.turnId) return [];
  if (!i.conversationId) return roundsOf(reads(ctx), i.id);
  const rows = await ctx.loaders.conversationInteractions.load(i.conversationId);
  return rows.filter((r) => r.turnId === i.id);
}

/** The round the turn ended in (itself when it had no tool rounds): its outputText is the turn's answer. */
export const lastRound = async (ctx: Context, i: Interaction) => (await rounds(ctx, i)).at(-1) ?? i;

/** The active branch, root first: one query for the whole conversation, the path walked in memory. */
async function messages(ctx: Context, conv: Conversation): Promise<Interaction[]> {
  if (!conv.headId) return [];
  return branchOf(await ctx.loaders.conversationInteractions.load(conv.id), conv.headId);
}

/** The active branch, root first, optionally without tool rounds (each folded into its turn's `rounds`). */
async function branch(ctx: Context, conv: Conversation, foldRounds: boolean): Promise<Interaction[]> {
  const all = await messages(ctx, conv);
  return foldRounds ? all.filter((r) => !r.turnId) : all;
}

/** The active branch in pages: `last: 20` is the latest twenty, `before: pageInfo.startCursor` the twenty before. */
export async function branchPage(
  ctx: Context,
  conv: Conversation,
  args: ListPageArgs & { foldRounds?: boolean | null },
) {
  return listPage(await branch(ctx, conv, args.foldRounds ?? true), args);
}

/** `messages(last, before)`: the same branch as a plain list, `before` being a message id. */
export async function messagesSlice(
  ctx: Context,
  conv: Conversation,
  args: { last?: number | null; before?: string | number | null },
): Promise<Interaction[]> {
  const all = await messages(ctx, conv);
  const end = args.before ? all.findIndex((r) => r.id === String(args.before)) : all.length;
  const upTo = end < 0 ? [] : all.slice(0, end);
  return args.last === null || args.last === undefined ? upTo : upTo.slice(Math.max(0, upTo.length - args.last));
}

/** A Node of any type, tagged with its GraphQL type name. */
export type AnyNode = { id: string; __typename: string };

const tag = <T extends { id: string }>(row: T | null, __typename: string): (T & AnyNode) | null =>
  row ? Object.assign(row, { __typename }) : null;

/**
 * Relay's `node(id)`: whatever the id names, if the viewer may read it
 * (access.ts decides), else null, exactly like an id that names nothing.
 */
export async function node(ctx: Context, id: string): Promise<AnyNode | null> {
  const viewer = requireViewer(ctx);
  // Both reads wait for rows behind their stream (in scale-out, a miss waits once): side by side, one wait.
  const [row, [conversation = null]] = await Promise.all([
    ctx.loaders.interaction.load(id),
    conversationsById(reads(ctx), [id]),
  ]);
  const interaction = visible(viewer, row);
  if (interaction) return tag(interaction, "Interaction");
  const [job, file, key, user] = await Promise.all([
    ctx.db.job.findUnique({ where: { id } }),
    ctx.db.file.findUnique({ where: { id } }),
    ctx.db.apiKey.findUnique({ where: { id } }),
    ctx.db.user.findUnique({ where: { id } }),
  ]);
  return (
    tag(visible(viewer, conversation), "Conversation") ??
    tag(visible(viewer, job), "Job") ??
    tag(visible(viewer, file), "File") ??
    tag(visible(viewer, key), "ApiKey") ??
    tag(account(viewer, "read", user), "User")
  );
}
