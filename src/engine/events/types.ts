import type { JsonObject, RemoteStep, RemoteUsage } from "../../gemini/types.ts";

/** What a run tells its subscribers, in order. Our own shape, independent of the upstream wire format. */
export type RunEvent =
  | { kind: "created" }
  | { kind: "status"; status: string }
  | { kind: "step_start"; index: number; step: RemoteStep }
  | { kind: "step_delta"; index: number; delta: JsonObject & { type: string } }
  | { kind: "step_stop"; index: number; usage?: RemoteUsage }
  | { kind: "completed"; status: string }
  | { kind: "error"; code: string; message: string }
  /** After a round's terminal event: the turn goes on in the next round (never shown to clients). */
  | { kind: "turn_next"; next: string }
  /** After the last round's terminal event: the user's turn is over, and why. */
  | { kind: "turn_end"; status: string; code?: string; message?: string };

/**
 * A RunEvent with its place in the interaction's log. `seq` starts at 1; the
 * cursor is its string form. `eid` is the upstream event id it came from, so a
 * run picked up after a crash resumes upstream right after the last logged event.
 */
export type LoggedEvent = RunEvent & { interactionId: string; seq: number; eid?: string };

/** An event of a turn stream: `turnSeq` is its place in the whole turn (the cursor turn streams hand out). */
export type TurnEvent = LoggedEvent & { turnSeq?: number };

export const isTerminal = (e: RunEvent) => e.kind === "completed" || e.kind === "error";

/** Turn markers follow a round's terminal event in its log; a per-interaction stream never shows them. */
export const isTurnMark = (e: RunEvent) => e.kind === "turn_next" || e.kind === "turn_end";

/** Topics of the pub/sub bus. */
export type Topics = {
  /** Every event of one interaction's run. */
  interaction: [interactionId: string, event: LoggedEvent];
  /** A stopping process let go of this run: another one should follow it (scale-out). */
  handoff: [interactionId: string];
  /** Asks whichever process owns a run to stop it. */
  cancel: [interactionId: string];
  /** Asks whichever process runs these (interactions, or their conversations) to write their rows now. */
  write: [ids: string[]];
  /** The owner's answer to `write`: it runs these ids (`done: false`, at once), then has written their rows (`done: true`). */
  written: [answer: { ids: string[]; done: boolean }];
  /** A job changed (status, attempts...), per owner; `v` tags this one update, so its subscribers share one read. */
  job: [ownerId: string, job: { id: string; status: string; v?: string }];
  /**
   * A credential changed: it stopped working (key revoked, user disabled or
   * demoted), and every process ends the streams (WebSocket, SSE) it holds for it; or it
   * gained rights (`widened`: promoted, enabled). Caches drop it either way.
   */
  revoked: [change: Revocation];
  /** Upstream pushed (a webhook) that this remote interaction ended: whichever process waits on it GETs it now. */
  pushed: [remoteId: string];
};

/** A credential that changed: one key, or every key of a user (`reason`: why, for the ended streams' message). */
export type Revocation = { keyId?: string; userId?: string; widened?: true; reason?: "role" | "disabled" };

/**
 * What names one delivered event for every subscriber that gets it: the same identity is the same
 * payload (a log is append-only; a turn cursor and a merged range are part of it). Null for
 * anything else (a job update), which is then executed per subscriber.
 */
export function eventIdentity(v: unknown): string | null {
  if (typeof v !== "object" || v === null || !("interactionId" in v) || !("seq" in v)) return null;
  const turnSeq = "turnSeq" in v ? v.turnSeq : undefined;
  const fromSeq = "fromSeq" in v ? v.fromSeq : undefined;
  return `${String(v.interactionId)}:${String(v.seq)}:${String(turnSeq ?? "")}:${String(fromSeq ?? "")}`;
}
