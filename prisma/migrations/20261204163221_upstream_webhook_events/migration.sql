-- Events upstream pushes to POST /webhooks/gemini, by webhook-id: the primary key makes a replay
-- (or the same event reaching two processes) a no-op.
-- CreateTable
CREATE TABLE "UpstreamWebhookEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "remoteId" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UpstreamWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UpstreamWebhookEvent_remoteId_idx" ON "UpstreamWebhookEvent"("remoteId");

