-- A rotated-out signing secret keeps signing (beside the new one) until previousSecretExpiresAt.
ALTER TABLE "Webhook" ADD COLUMN "previousSecret" TEXT;
ALTER TABLE "Webhook" ADD COLUMN "previousSecretExpiresAt" TIMESTAMP(3);
