-- Custom agents (a built-in agent plus settings, resolved by this server), and what each run used:
-- the custom agent; runs are looked up by their upstream sandbox (environment_id, added with usage by modality).
CREATE TABLE "Agent" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "baseAgent" TEXT NOT NULL,
    "description" TEXT,
    "systemInstruction" TEXT,
    "tools" JSONB,
    "agentConfig" JSONB,
    "baseEnvironment" JSONB,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Agent_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Agent_ownerId_idx" ON "Agent"("ownerId");
CREATE INDEX "Agent_shared_idx" ON "Agent"("shared");
ALTER TABLE "Agent" ADD CONSTRAINT "Agent_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Interaction" ADD COLUMN "customAgentId" TEXT;
CREATE INDEX "Interaction_environmentId_idx" ON "Interaction"("environmentId");
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_customAgentId_fkey" FOREIGN KEY ("customAgentId") REFERENCES "Agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
