-- A custom agent kept upstream (the agents resource): the id runs name as their agent. Null: this server
-- resolves the agent into its base agent plus settings (an upstream without the resource).
ALTER TABLE "Agent" ADD COLUMN "remoteId" TEXT;
