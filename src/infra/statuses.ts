/**
 * The status vocabularies, in one module every layer may import: upstream's
 * run statuses (stored on Interaction rows, snake_case), their GraphQL enum,
 * the outcomes a run is counted under, and a job's statuses.
 */

/** InteractionStatus as GraphQL names it: upstream's status upper-cased; anything else is UNKNOWN. */
export const INTERACTION_STATUSES = [
  "QUEUED",
  "IN_PROGRESS",
  "REQUIRES_ACTION",
  "REQUIRES_CONTINUATION",
  "COMPLETED",
  "INCOMPLETE",
  "BUDGET_EXCEEDED",
  "FAILED",
  "CANCELLED",
  "UNKNOWN",
] as const;

/** Upstream statuses after which a run does nothing more by itself. */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set([
  "completed",
  "failed",
  "cancelled",
  "incomplete",
  "requires_action",
  "budget_exceeded",
]);

/** How a run this process followed ended: a terminal status, or let go (detached) or cut off (interrupted). */
export const RUN_OUTCOMES: ReadonlySet<string> = new Set([...TERMINAL_STATUSES, "detached", "interrupted"]);

/** A job's status as stored and as GraphQL's JobStatus names it. */
export const JobStatus = {
  QUEUED: "QUEUED",
  RUNNING: "RUNNING",
  SUCCEEDED: "SUCCEEDED",
  FAILED: "FAILED",
  CANCELLED: "CANCELLED",
} as const;
export type JobStatus = (typeof JobStatus)[keyof typeof JobStatus];

/** One vocabulary for jobs and interactions: a job's status as an InteractionStatus. */
const JOB_STATES = {
  QUEUED: "QUEUED",
  RUNNING: "IN_PROGRESS",
  SUCCEEDED: "COMPLETED",
  FAILED: "FAILED",
  CANCELLED: "CANCELLED",
} as const satisfies Record<JobStatus, string>;
export const jobState = (status: JobStatus) => JOB_STATES[status] ?? "UNKNOWN";

/** The job statuses that show as any of these states (the inverse of jobState). */
export const jobStatusesIn = (states: readonly string[]): JobStatus[] =>
  Object.values(JobStatus).filter((s) => states.includes(JOB_STATES[s]));

const JOB_FINISHED: ReadonlySet<string> = new Set([JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED]);
export const isFinished = (status: string) => JOB_FINISHED.has(status);
