-- At most one unfinished turn per branch point of a conversation: two senders
-- racing from the same head both try to INSERT a child of it, and the second
-- INSERT fails here (the turn engine answers CONFLICT) instead of both running.
-- A finished turn does not count, so regenerate and edit still add siblings
-- under the same parent once the branch is idle. Root turns (no parent) share
-- the '' branch point. Prisma's schema language cannot express a partial
-- index, so it lives only here (see the comment on Interaction in schema.prisma).
CREATE UNIQUE INDEX "Interaction_one_running_turn_per_branch"
  ON "Interaction" ("conversationId", COALESCE("parentId", ''))
  WHERE "completedAt" IS NULL AND "conversationId" IS NOT NULL;
