-- When the end of a job was handed to users' webhooks (their delivery rows written). A finished job
-- without it is swept at start, so a crash between the job's end and its deliveries loses no event.
ALTER TABLE "Job" ADD COLUMN "endNotifiedAt" TIMESTAMP(3);
-- Jobs that ended before this column existed were notified then (or never will be): not swept.
UPDATE "Job" SET "endNotifiedAt" = "updatedAt" WHERE "status" IN ('SUCCEEDED', 'FAILED', 'CANCELLED');
