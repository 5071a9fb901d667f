-- The W3C traceparent of the request that queued a job, so the job's trace links back to it (null when tracing is off).
ALTER TABLE "Job" ADD COLUMN "traceParent" TEXT;
