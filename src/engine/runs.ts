import type { Upstream } from "../gemini/client.ts";
import type { CreateBody, RemoteEvent, RemoteUsage } from "../gemini/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../infra/db.ts";
import { AppError, UpstreamError } from "../infra/errors.ts";
import type { Logger } from "../infra/logger.ts";
import type { PubSub } from "../infra/pubsub.ts";
import type { EventLog } from "./eventlog.ts";
import { isTerminal, type RunEvent, type Topics } from "./events.ts";
import { outputText, StepAccumulator } from "./steps.ts";

export interface RunDeps {
  db: Db;
  upstream: Upstream;
  log: EventLog;
  pubsub: PubSub<Topics>;
  logger: Logger;
}

/** How often a cut upstream stream is resumed before the run fails. */
const MAX_RESUMES = 5;

const usageColumns = (u: RemoteUsage | undefined) => ({
  inputTokens: u?.total_input_tokens ?? 0,
  outputTokens: u?.total_output_tokens ?? 0,
  thoughtTokens: u?.total_thought_tokens ?? 0,
  cachedTokens: u?.total_cached_tokens ?? 0,
  totalTokens: u?.total_tokens ?? 0,
});

/**
 * Owns the runs of this process: one upstream stream per interaction, each
 * event logged, then published, then folded into the row. The DB row is the
 * truth once a run ends; the event log is what subscribers replay.
 */
export class Runs {
  private live = new Map<string, { abort: AbortController; done: Promise<void> }>();

  constructor(private deps: RunDeps) {}

  /**
   * Opens the upstream stream first and inserts the row only once upstream has
   * accepted the request: a refused request leaves nothing behind.
   */
  async start(
    body: CreateBody,
    row: Omit<Prisma.InteractionUncheckedCreateInput, "status">,
  ): Promise<{ id: string; done: Promise<void> }> {
    const abort = new AbortController();
    const stream = await this.deps.upstream.stream(body, { signal: abort.signal });
    const created = await this.deps.db.interaction.create({
      data: { ...row, status: "in_progress", previousRemoteId: body.previous_interaction_id ?? null },
      select: { id: true },
    });
    const done = this.consume(created.id, stream, abort).finally(() => this.live.delete(created.id));
    this.live.set(created.id, { abort, done });
    return { id: created.id, done };
  }

  /** Whether this process runs the interaction. */
  isLive(id: string): boolean {
    return this.live.has(id);
  }

  /** Stops a run of this process; the run records the cancellation. */
  async cancel(id: string): Promise<boolean> {
    const run = this.live.get(id);
    if (!run) return false;
    run.abort.abort();
    await run.done;
    return true;
  }

  /** Waits for every live run to end (used at shutdown and in tests). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.live.values()].map((r) => r.done));
  }

  private async consume(id: string, first: AsyncIterable<RemoteEvent>, abort: AbortController): Promise<void> {
    const { db, upstream, log, pubsub, logger } = this.deps;
    let seq = await log.lastSeq(id);
    const emit = async (event: RunEvent) => {
      seq += 1;
      const logged = { ...event, interactionId: id, seq };
      await log.append(logged);
      if (event.kind === "step_stop" || isTerminal(event)) await log.flush(id);
      pubsub.publish("interaction", id, logged);
    };
    const acc = new StepAccumulator();
    let remoteId: string | undefined;
    let lastEventId: string | undefined;
    let status = "in_progress";
    let usage: RemoteUsage | undefined;
    let failure: { code: string; message: string } | undefined;
    let finished = false;
    let announced = false;
    let offset = 0; // step index shift for automatic-continuation hops, which restart at 0

    const onEvent = async (ev: RemoteEvent) => {
      if (ev.event_id) lastEventId = ev.event_id;
      switch (ev.event_type) {
        case "interaction.created": {
          const rid = ev.interaction?.id;
          if (rid && rid !== remoteId) {
            if (remoteId) offset = acc.steps.length;
            remoteId = rid;
            await db.interaction.update({ where: { id }, data: { remoteId: rid } });
          }
          if (!announced) {
            announced = true;
            await emit({ kind: "created" });
          }
          break;
        }
        case "interaction.status_update":
          if (ev.status && ev.status !== status) {
            status = ev.status;
            await emit({ kind: "status", status });
          }
          break;
        case "step.start":
          if (ev.step && typeof ev.index === "number") {
            acc.start(ev.index + offset, ev.step);
            await emit({ kind: "step_start", index: ev.index + offset, step: ev.step });
          }
          break;
        case "step.delta":
          if (ev.delta && typeof ev.index === "number") {
            acc.delta(ev.index + offset, ev.delta);
            await emit({ kind: "step_delta", index: ev.index + offset, delta: ev.delta });
          }
          break;
        case "step.stop":
          if (typeof ev.index === "number") {
            acc.stop(ev.index + offset);
            await emit({ kind: "step_stop", index: ev.index + offset, ...(ev.usage ? { usage: ev.usage } : {}) });
            await db.interaction.update({
              where: { id },
              data: { steps: acc.steps as Prisma.InputJsonValue, lastEventId },
            });
          }
          break;
        case "interaction.completed": {
          const s = ev.interaction?.status ?? "completed";
          if (ev.interaction?.usage) usage = ev.interaction.usage;
          if (s !== "requires_continuation" && s !== "in_progress") {
            status = s;
            finished = true;
          }
          break;
        }
        case "error":
          failure = {
            code: ev.error?.code ?? "upstream_error",
            message: ev.error?.message ?? "Upstream reported an error",
          };
          status = "failed";
          finished = true;
          break;
      }
    };

    let stream = first;
    for (let resumes = 0; !finished; resumes++) {
      try {
        for await (const ev of stream) {
          await onEvent(ev);
          if (finished) break;
        }
      } catch (err) {
        if (abort.signal.aborted) break;
        const retryable = !(err instanceof UpstreamError) || err.retryable;
        if (!retryable || !remoteId || resumes >= MAX_RESUMES) {
          failure =
            err instanceof AppError
              ? { code: err.code, message: err.message }
              : { code: "UPSTREAM_CONNECTION", message: String((err as Error).message ?? err) };
          status = "failed";
          break;
        }
      }
      if (finished || abort.signal.aborted) break;
      // The stream ended or broke before a terminal event: pick up after the last event seen.
      if (!remoteId || resumes >= MAX_RESUMES) {
        failure ??= {
          code: "UPSTREAM_STREAM_CUT",
          message: "The upstream stream ended before the interaction finished",
        };
        status = "failed";
        break;
      }
      logger.warn("upstream stream cut; resuming", { interactionId: id, remoteId, lastEventId });
      try {
        stream = await upstream.follow(remoteId, lastEventId, { signal: abort.signal });
      } catch (err) {
        failure =
          err instanceof AppError
            ? { code: err.code, message: err.message }
            : { code: "UPSTREAM_CONNECTION", message: String(err) };
        status = "failed";
        break;
      }
    }
    if (abort.signal.aborted && !finished) {
      status = "cancelled";
      failure = undefined;
    }

    const text = outputText(acc.steps);
    await db.interaction.update({
      where: { id },
      data: {
        status,
        steps: acc.steps as Prisma.InputJsonValue,
        outputText: text,
        ...usageColumns(usage),
        error: failure ?? undefined,
        lastEventId,
        completedAt: new Date(),
      },
    });
    if (status === "cancelled") await emit({ kind: "status", status });
    await emit(failure ? { kind: "error", ...failure } : { kind: "completed", status });
    log.release(id);
    if (failure) logger.warn("run failed", { interactionId: id, code: failure.code });
  }
}
