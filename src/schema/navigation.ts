import { builder } from "../builder.ts";
import { LIST_DEFAULT, LIST_MAX } from "../context.ts";
import * as nav from "../resolvers/navigation.ts";
import { Conversation } from "./conversation.ts";
import { Interaction } from "./interaction.ts";
import { Node } from "./node.ts";

// Moving through a conversation: branches ("2 of 3"), tool rounds folded into their turn, pages, and Relay's node(id).

const InteractionKind = builder.enumType("InteractionKind", {
  description: "What an interaction is in its conversation",
  values: {
    MESSAGE: { description: "A user's message (new, regenerated or edited)" },
    FUNCTION_RESULTS: { description: "The client's answers to function calls (a turn of its own)" },
    TOOL_ROUND: { description: "A round of server-side tool calls, part of the turn in `turn`" },
  } as const,
});

builder.objectFields(Interaction, (t) => ({
  kind: t.field({ type: InteractionKind, resolve: (i) => nav.kindOf(i) }),
  siblings: t.field({
    type: [Interaction],
    description: `The alternatives under the same parent (regenerated or edited), oldest first, this one included: the first \`first\` (at most ${LIST_MAX}; siblingCount counts them all)`,
    args: { first: t.arg.int({ defaultValue: LIST_DEFAULT }) },
    resolve: (i, a, ctx) => nav.siblingsList(ctx, i, a.first),
  }),
  siblingIndex: t.int({
    description: "This one's place in `siblings`, from 0 (show siblingIndex + 1 of siblingCount)",
    resolve: (i, _a, ctx) => nav.siblingIndex(ctx, i),
  }),
  siblingCount: t.int({ resolve: (i, _a, ctx) => nav.siblingCount(ctx, i) }),
  turn: t.field({
    type: Interaction,
    description: "The first interaction of the user turn this one belongs to (itself unless it is a TOOL_ROUND)",
    resolve: (i, _a, ctx) => nav.turnOf(ctx, i),
  }),
  rounds: t.field({
    type: [Interaction],
    description: "The rounds of server-side tool calls this turn caused, in order (empty for a round itself)",
    resolve: (i, _a, ctx) => nav.rounds(ctx, i),
  }),
  lastRound: t.field({
    type: Interaction,
    description: "The round this turn ended in (itself without tool rounds): its outputText is the turn's answer",
    resolve: (i, _a, ctx) => nav.lastRound(ctx, i),
  }),
}));

builder.objectField(Conversation, "branch", (t) =>
  t.connection(
    {
      type: Interaction,
      description:
        "The active branch, root first, in pages: `branch(last: 20)` is the latest 20, then `before: pageInfo.startCursor`. Tool rounds are folded into their turn (Interaction.rounds) unless foldRounds is false",
      args: { foldRounds: t.arg.boolean({ defaultValue: true }) },
      resolve: (c, args, ctx) => nav.branchPage(ctx, c, args),
    },
    { name: "BranchConnection" },
    { name: "BranchEdge" },
  ),
);

builder.queryField("node", (t) =>
  t.field({
    type: Node,
    nullable: true,
    description: "Any object by id (Relay): null when it does not exist or the viewer may not read it",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => nav.node(ctx, String(id)),
  }),
);
