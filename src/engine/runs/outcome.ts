import type { ErrorCode } from "../../infra/errors.ts";
import type { RunFold } from "./fold.ts";

/** How a run of this process stopped following its interaction. */
export type RunOutcome =
  /** The row and the log hold the final state; `final` is it, when this run wrote it. */
  | { kind: "ended"; final?: RunFold }
  /** Stopped on request (shutdown); nothing final recorded, so a later follower resumes it. */
  | { kind: "detached" }
  /** Following failed for a transient reason; nothing final recorded, a retry resumes it. */
  | { kind: "interrupted"; error: Error }
  /** The run's row could not be written (another turn took its branch): nothing was kept. */
  | { kind: "refused"; error: Error };

/** Why a live run is stopped from outside: cancel it, give up on it with an error, or just stop following. */
export type StopReason = { kind: "cancel" } | { kind: "detach" } | { kind: "fail"; code: ErrorCode; message: string };

export const asError = (err: unknown) => (err instanceof Error ? err : new Error(String(err)));

/** An abort without one of our reasons (e.g. a plain `abort()`) means cancel. */
export function reasonOf(signal: AbortSignal): StopReason | undefined {
  if (!signal.aborted) return undefined;
  const r = signal.reason as Partial<StopReason> | undefined;
  return r && (r.kind === "detach" || r.kind === "fail" || r.kind === "cancel")
    ? (r as StopReason)
    : { kind: "cancel" };
}
