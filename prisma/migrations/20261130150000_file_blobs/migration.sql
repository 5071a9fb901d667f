-- Content-addressed bytes: one row per distinct content, however many Files point at it.
CREATE TABLE "Blob" (
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "data" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Blob_pkey" PRIMARY KEY ("sha256")
);

-- Secrets the server makes for itself (the media URL signing key), shared by every process.
CREATE TABLE "ServerSecret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ServerSecret_pkey" PRIMARY KEY ("name")
);

ALTER TABLE "File" ADD COLUMN "sha256" TEXT;
ALTER TABLE "File" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'upload';
ALTER TABLE "File" ADD COLUMN "interactionId" TEXT;
ALTER TABLE "File" ALTER COLUMN "data" DROP NOT NULL;

-- Files stored before blobs existed move their bytes into blobs.
INSERT INTO "Blob" ("sha256", "size", "mimeType", "data")
SELECT DISTINCT ON (encode(sha256("data"), 'hex')) encode(sha256("data"), 'hex'), length("data"), "mimeType", "data"
FROM "File" WHERE "data" IS NOT NULL
ON CONFLICT DO NOTHING;
UPDATE "File" SET "sha256" = encode(sha256("data"), 'hex'), "data" = NULL WHERE "data" IS NOT NULL;

CREATE INDEX "File_sha256_idx" ON "File"("sha256");
CREATE INDEX "File_interactionId_idx" ON "File"("interactionId");
ALTER TABLE "File" ADD CONSTRAINT "File_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "Blob"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;
