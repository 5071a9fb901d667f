import type { JsonObject, RemoteEvent, RemoteUsage } from "../../gemini/types.ts";
import type { ErrorCode } from "../../infra/errors.ts";
import { StepAccumulator } from "../events/step-assembler.ts";
import type { LoggedEvent, RunEvent } from "../events/types.ts";
import { sumUsage } from "./usage.ts";

/**
 * The state of one run, folded from upstream events. Pure: it says which
 * RunEvents to emit and keeps what the row needs at the end; the caller does
 * the I/O. Seeded from the log, it continues a run another process started.
 */
export class RunFold {
  readonly acc = new StepAccumulator();
  remoteId: string | undefined;
  lastEventId: string | undefined;
  status = "in_progress";
  usage: RemoteUsage | undefined;
  /** The sandbox upstream ran an agent in (reusable by a later request). */
  environmentId: string | undefined;
  failure: { code: string; message: string } | undefined;
  finished = false;
  private announced = false;
  private offset = 0; // automatic-continuation hops restart step indexes at 0

  /** The last seq in the log, so the next event's seq needs no query. */
  lastSeq = 0;

  /**
   * When the upstream request was sent and when the first output delta came
   * (epoch ms), for the admin latency figures. Unset when this process did
   * not see the start (a run picked up after another process).
   */
  startedAt: number | undefined;
  firstOutputAt: number | undefined;
  /** False when another process may have seen the first output before this one took the run up. */
  firstOutputSeen = true;

  /**
   * @param logged the interaction's log so far (a run picked up after another process)
   * @param schema the structured-output schema the request asked for, validated at the end
   */
  constructor(
    remoteId?: string,
    logged: LoggedEvent[] = [],
    readonly schema?: JsonObject,
  ) {
    this.remoteId = remoteId;
    for (const e of logged) {
      this.lastSeq = e.seq;
      if (e.eid) this.lastEventId = e.eid;
      if (e.kind === "created") this.announced = true;
      else if (e.kind === "status") this.status = e.status;
      else if (e.kind === "step_start") this.acc.start(e.index, e.step);
      else if (e.kind === "step_delta") this.acc.delta(e.index, e.delta);
      else if (e.kind === "step_stop") this.acc.stop(e.index);
    }
  }

  /** Folds one upstream event; returns what to emit, and whether upstream named a new interaction id. */
  apply(ev: RemoteEvent): { emit: RunEvent[]; newRemoteId?: string } {
    if (ev.event_id) this.lastEventId = ev.event_id;
    const emit: RunEvent[] = [];
    let newRemoteId: string | undefined;
    if (ev.interaction?.environment_id) this.environmentId = ev.interaction.environment_id;
    switch (ev.event_type) {
      case "interaction.created": {
        this.environmentId = ev.interaction?.environment_id ?? this.environmentId;
        const rid = ev.interaction?.id;
        if (rid && rid !== this.remoteId) {
          if (this.remoteId) this.offset = this.acc.steps.length;
          this.remoteId = rid;
          newRemoteId = rid;
        }
        if (!this.announced) {
          this.announced = true;
          emit.push({ kind: "created" });
        }
        break;
      }
      case "interaction.status_update":
        if (ev.status && ev.status !== this.status && ev.status !== "requires_continuation") {
          this.status = ev.status;
          emit.push({ kind: "status", status: ev.status });
        }
        break;
      case "step.start":
        if (ev.step && typeof ev.index === "number") {
          const index = ev.index + this.offset;
          this.acc.start(index, ev.step);
          emit.push({ kind: "step_start", index, step: ev.step });
        }
        break;
      case "step.delta":
        if (ev.delta && typeof ev.index === "number") {
          const index = ev.index + this.offset;
          this.acc.delta(index, ev.delta);
          emit.push({ kind: "step_delta", index, delta: ev.delta });
        }
        break;
      case "step.stop":
        if (typeof ev.index === "number") {
          const index = ev.index + this.offset;
          this.acc.stop(index);
          emit.push({ kind: "step_stop", index, ...(ev.usage ? { usage: ev.usage } : {}) });
        }
        break;
      case "interaction.completed": {
        const s = ev.interaction?.status ?? "completed";
        this.environmentId = ev.interaction?.environment_id ?? this.environmentId;
        if (ev.interaction?.usage) this.usage = sumUsage(this.usage, ev.interaction.usage);
        if (s !== "requires_continuation" && s !== "in_progress") {
          this.status = s;
          this.finished = true;
        }
        break;
      }
      case "error":
        this.fail(failureCode(ev.error?.code), ev.error?.message ?? "Upstream reported an error");
        this.finished = true;
        break;
    }
    return { emit, newRemoteId };
  }

  fail(code: string, message: string): void {
    this.failure = { code, message };
    this.status = "failed";
  }
}

/** Upstream's run error code as recorded: a safety block gets the server's typed code, others stay as upstream said. */
function failureCode(code: string | undefined): string {
  if (code === undefined) return "UPSTREAM_ERROR" satisfies ErrorCode;
  return code.toLowerCase() === "safety" ? ("SAFETY_BLOCKED" satisfies ErrorCode) : code;
}
