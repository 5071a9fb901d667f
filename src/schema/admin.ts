import { builder } from "../builder.ts";
import * as runs from "../resolvers/runs.ts";
import * as users from "../resolvers/users.ts";
import { Conversation } from "./conversation.ts";
import { Interaction } from "./interaction.ts";
import { Job } from "./job.ts";
import { User } from "./user.ts";

// Who owns an object, for admin dashboards. Anyone who can read the object is its owner or an admin,
// so the field answers the owner to both (to the owner it is themself: nothing new is learnt).
const description = "Who owns it (visible to admins, and to the owner themself)";

builder.objectField(Interaction, "owner", (t) =>
  t.field({ type: User, nullable: true, description, resolve: (o, _a, ctx) => users.ownerOf(ctx, o) }),
);
builder.objectField(Conversation, "owner", (t) =>
  t.field({ type: User, nullable: true, description, resolve: (o, _a, ctx) => users.ownerOf(ctx, o) }),
);
builder.objectField(Job, "owner", (t) =>
  t.field({ type: User, nullable: true, description, resolve: (o, _a, ctx) => users.ownerOf(ctx, o) }),
);

builder.queryField("activeRuns", (t) =>
  t.connection(
    {
      type: Interaction,
      description:
        "Interactions in progress or queued, newest first: the viewer's own; admins everyone's (or userId's)",
      authScopes: { user: true },
      args: { userId: t.arg.id({ description: "Only this user's (for a non-admin: only their own can match)" }) },
      resolve: (_r, args, ctx) =>
        runs.activeRuns(ctx, {
          ...args,
          userId: args.userId === null || args.userId === undefined ? null : String(args.userId),
        }),
    },
    { name: "ActiveRunConnection" },
    { name: "ActiveRunEdge" },
  ),
);
