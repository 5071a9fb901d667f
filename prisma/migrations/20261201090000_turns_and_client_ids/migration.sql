-- Idempotent sends: one turn per (user, client message id). The INSERT of a
-- second send with the same id fails here, and the engine attaches it to the
-- existing turn instead of starting another (no check-then-act race).
ALTER TABLE "Interaction" ADD COLUMN "clientMessageId" TEXT;
-- The rounds of server-side tool calls a user turn causes point at its first round.
ALTER TABLE "Interaction" ADD COLUMN "turnId" TEXT;

CREATE UNIQUE INDEX "Interaction_ownerId_clientMessageId_key" ON "Interaction"("ownerId", "clientMessageId");
CREATE INDEX "Interaction_turnId_idx" ON "Interaction"("turnId");
