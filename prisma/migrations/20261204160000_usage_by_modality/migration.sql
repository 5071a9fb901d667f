-- Usage as today's Interactions API reports it: tool-use tokens, grounding tool
-- calls and the breakdowns by modality; and the sandbox an agent ran in.
ALTER TABLE "Interaction" ADD COLUMN "toolUseTokens" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Interaction" ADD COLUMN "groundingToolCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Interaction" ADD COLUMN "usageByModality" JSONB;
ALTER TABLE "Interaction" ADD COLUMN "environmentId" TEXT;
