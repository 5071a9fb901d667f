import type { RemoteUsage } from "../gemini/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../infra/db.ts";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import type { EventLog } from "./eventlog.ts";
import { isTerminal, type RunEvent, type Topics } from "./events.ts";
import type { RunFold } from "./fold.ts";
import { outputText } from "./steps.ts";
import { parseStructured } from "./structured.ts";

/** What recording a run needs: where events go and where the row lives. */
export interface RecordDeps {
  db: Db;
  log: EventLog;
  pubsub: PubSub<Topics>;
  logger: Logger;
}

const usageColumns = (u: RemoteUsage | undefined) => ({
  inputTokens: u?.total_input_tokens ?? 0,
  outputTokens: u?.total_output_tokens ?? 0,
  thoughtTokens: u?.total_thought_tokens ?? 0,
  cachedTokens: u?.total_cached_tokens ?? 0,
  totalTokens: u?.total_tokens ?? 0,
});

/** Time to first token and total latency, when this process saw the run start. */
const timing = (fold: RunFold, now: number) =>
  fold.startedAt === undefined
    ? {}
    : {
        latencyMs: now - fold.startedAt,
        ...(fold.firstOutputAt === undefined || !fold.firstOutputSeen
          ? {}
          : { ttftMs: fold.firstOutputAt - fold.startedAt }),
      };

/**
 * Appends to the log (durable at step ends and at the end), then publishes:
 * a subscriber never sees what a replay would not. Appends are pipelined: an
 * event is published once it and every event before it are logged, but the
 * run does not wait for each append (a Redis round trip) before handling the
 * next event; it waits only at step ends and at the end, where events become
 * durable. A failed append fails the next wait.
 */
export function emitter(deps: RecordDeps, id: string, fold: RunFold): (event: RunEvent) => Promise<void> {
  const { log, pubsub } = deps;
  let tail: Promise<void> = Promise.resolve();
  return (event) => {
    fold.lastSeq += 1;
    const seq = fold.lastSeq;
    const logged = { ...event, interactionId: id, seq, ...(fold.lastEventId ? { eid: fold.lastEventId } : {}) };
    const appended = log.append(logged);
    appended.catch(() => undefined); // awaited in order below; this only keeps it from counting as unhandled
    const durable = event.kind === "step_stop" || isTerminal(event);
    tail = tail.then(async () => {
      await appended;
      if (durable) await log.flush(id);
      pubsub.publish("interaction", id, logged);
    });
    if (durable) return tail;
    tail.catch(() => undefined);
    return Promise.resolve();
  };
}

/**
 * Parses a structured-output reply and validates it against the requested
 * schema. An invalid reply keeps its raw text and gets a typed error on the
 * interaction rather than failing the run: the text may still be useful.
 */
function structuredOutput(fold: RunFold, text: string | null) {
  if (fold.failure || fold.status !== "completed" || !fold.schema) return {};
  const parsed = parseStructured(fold.schema, text);
  if ("json" in parsed) return { json: parsed.json as Prisma.InputJsonValue };
  return { error: { code: "STRUCTURED_OUTPUT_INVALID", message: parsed.error } };
}

/**
 * Writes the final row, then logs and publishes the terminal event: a
 * subscriber that re-reads sees the final state. A row already final gets
 * neither (exactly one terminal event per run).
 */
export async function recordEnd(deps: RecordDeps, id: string, fold: RunFold, emit: (e: RunEvent) => Promise<void>) {
  const { db, log, logger } = deps;
  const text = outputText(fold.acc.steps);
  const structured = structuredOutput(fold, text);
  // Only the first end counts: a run another process ended meanwhile (a cancel that took it over) is left as it is.
  const { count } = await db.interaction.updateMany({
    where: { id, completedAt: null },
    data: {
      status: fold.status,
      steps: fold.acc.steps as Prisma.InputJsonValue,
      outputText: text,
      ...structured,
      ...usageColumns(fold.usage),
      ...(fold.failure ? { error: fold.failure } : {}),
      lastEventId: fold.lastEventId,
      ...timing(fold, Date.now()),
      completedAt: new Date(),
    },
  });
  if (!count) {
    log.release(id);
    return;
  }
  if (fold.status === "cancelled") await emit({ kind: "status", status: "cancelled" });
  await emit(fold.failure ? { kind: "error", ...fold.failure } : { kind: "completed", status: fold.status });
  log.release(id);
  // The caller's logger carries the interaction's id (and the request's, when a request started the run).
  if (fold.failure) logger.warn("run failed", { code: fold.failure.code });
}
