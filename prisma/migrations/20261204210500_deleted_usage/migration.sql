-- Tokens of deleted interactions per owner and UTC day: the quota re-seeded at start counts them, so
-- deleting interactions (a conversation, by hand) gives no quota back.
CREATE TABLE "DeletedUsage" (
    "ownerId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "tokens" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DeletedUsage_pkey" PRIMARY KEY ("ownerId","day")
);

-- A trigger, so every path that deletes interactions is counted (the conversation's cascade, the
-- server's own deletes, an operator's SQL), not only the ones the code remembers. A deleted user's
-- interactions are not counted: nobody is left to charge (their row is gone when the cascade runs).
CREATE FUNCTION "count_deleted_usage"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."totalTokens" > 0 AND EXISTS (SELECT 1 FROM "User" WHERE "id" = OLD."ownerId") THEN
    INSERT INTO "DeletedUsage" ("ownerId", "day", "tokens")
    VALUES (OLD."ownerId", OLD."createdAt"::date, OLD."totalTokens")
    ON CONFLICT ("ownerId", "day") DO UPDATE SET "tokens" = "DeletedUsage"."tokens" + EXCLUDED."tokens";
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "Interaction_count_deleted_usage" AFTER DELETE ON "Interaction"
FOR EACH ROW EXECUTE FUNCTION "count_deleted_usage"();
