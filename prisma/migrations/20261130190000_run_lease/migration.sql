-- Run ownership: the process following an interaction renews a lease; once it lapses another process takes the run over.
ALTER TABLE "Interaction" ADD COLUMN "leaseOwner" TEXT;
ALTER TABLE "Interaction" ADD COLUMN "leaseUntil" TIMESTAMP(3);
-- The sweep looks only at unfinished rows.
CREATE INDEX "Interaction_completedAt_leaseUntil_idx" ON "Interaction"("completedAt", "leaseUntil");
