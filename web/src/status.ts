/**
 * Job statuses, read as plain strings: the API is moving Job.status to the
 * interaction vocabulary (IN_PROGRESS, COMPLETED) and keeps the older names
 * (RUNNING, SUCCEEDED) deprecated, so the pages accept both.
 */
export const jobLive = (s: string) => s === "QUEUED" || s === "RUNNING" || s === "IN_PROGRESS";
export const jobFailed = (s: string) => s === "FAILED";
/** IN_PROGRESS -> "in progress". */
export const statusText = (s: string) => s.toLowerCase().replace(/_/g, " ");
