import type { JsonObject, RemoteStep, RemoteUsage } from "../gemini/types.ts";

/** What a run tells its subscribers, in order. Our own shape, independent of the upstream wire format. */
export type RunEvent =
  | { kind: "created" }
  | { kind: "status"; status: string }
  | { kind: "step_start"; index: number; step: RemoteStep }
  | { kind: "step_delta"; index: number; delta: JsonObject & { type: string } }
  | { kind: "step_stop"; index: number; usage?: RemoteUsage }
  | { kind: "completed"; status: string }
  | { kind: "error"; code: string; message: string };

/** A RunEvent with its place in the interaction's log. `seq` starts at 1; the cursor is its string form. */
export type LoggedEvent = RunEvent & { interactionId: string; seq: number };

export const isTerminal = (e: RunEvent) => e.kind === "completed" || e.kind === "error";

/** Topics of the pub/sub bus: one channel per interaction, one per job owner. */
export type Topics = {
  interaction: [interactionId: string, event: LoggedEvent];
  job: [ownerId: string, job: { id: string; status: string }];
};
