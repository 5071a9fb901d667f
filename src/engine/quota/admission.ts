import { LRUCache } from "lru-cache";
import type { CreateBody } from "../../gemini/types.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import type { Logger } from "../../infra/logger.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import { isTerminal, type Topics } from "../events/types.ts";
import type { RunOutcome } from "../runs/outcome.ts";
import type { Quotas, Reservation } from "./index.ts";
import { effectiveLimits, parseOverrides, type QuotaLimits } from "./limits.ts";
import { type QuotaView, quotaView } from "./usage.ts";

export interface AdmissionDeps {
  db: Db;
  pubsub: PubSub<Topics>;
  logger: Logger;
  quotas: Quotas;
  defaults: QuotaLimits;
  /** Output tokens reserved for a run that sets no max_output_tokens. */
  outputEstimate: number;
  /** How long a background run's reservation waits for its end before it is settled with the estimate (ms). */
  settleTimeoutMs: number;
  /** How long a user's limits are remembered (0: read per turn). */
  cacheTtlMs: number;
}

/** Characters per token, the usual rough figure for estimating before the model has counted. */
const CHARS_PER_TOKEN = 4;

/**
 * What a run is expected to cost before it runs: its input (text as sent,
 * ~4 characters a token) plus its output budget (max_output_tokens, or the
 * configured estimate). Settled from the real usage afterwards.
 */
export function estimateTokens(body: CreateBody, outputEstimate: number): number {
  const input = Math.ceil(JSON.stringify(body.input ?? "").length / CHARS_PER_TOKEN);
  const max = body.generation_config?.max_output_tokens;
  return input + (typeof max === "number" && max > 0 ? Math.ceil(max) : outputEstimate);
}

/**
 * The quota gate every turn passes before it goes upstream (one call, at the
 * turn's start), and the settlement once the run has ended.
 */
export class Admission {
  /** Users' limits, remembered briefly so a turn's start reads nothing (see forget). */
  private limits?: LRUCache<string, QuotaLimits>;

  constructor(private deps: AdmissionDeps) {
    if (deps.cacheTtlMs > 0) this.limits = new LRUCache({ max: 10_000, ttl: deps.cacheTtlMs });
  }

  /** The user's limits now: config defaults with the admin's overrides on top. */
  async limitsOf(userId: string): Promise<QuotaLimits> {
    const known = this.limits?.get(userId);
    if (known) return known;
    const user = await this.deps.db.user.findUnique({ where: { id: userId }, select: { quota: true } });
    const limits = effectiveLimits(this.deps.defaults, parseOverrides(user?.quota));
    this.limits?.set(userId, limits);
    return limits;
  }

  /** The limits that apply to a user now, read from the row in hand (no query per user in a list). */
  viewOf(user: Pick<User, "quota">): QuotaView {
    return quotaView(this.deps.defaults, user);
  }

  /** A user's limits changed (published by whichever process changed them). */
  forget(userId: string): void {
    this.limits?.delete(userId);
  }

  /** Checks and reserves, or throws QUOTA_EXCEEDED before anything is written or sent upstream. */
  async admit(userId: string, body: CreateBody): Promise<Reservation> {
    return this.deps.quotas.reserve(
      userId,
      await this.limitsOf(userId),
      estimateTokens(body, this.deps.outputEstimate),
    );
  }

  /**
   * Settles a reservation with the interaction's recorded usage once its run
   * has ended: `done` for a run of this process, else (a background job,
   * perhaps on another process) its terminal event on the bus.
   */
  settleAfter(reservation: Reservation, interactionId: string, done?: Promise<RunOutcome>): void {
    const ended = done ?? this.terminalEvent(interactionId);
    void ended
      .catch(() => undefined)
      .then(async (outcome) => {
        // A run of this process that recorded its end knows its usage; else the row tells.
        if (outcome?.kind === "ended" && outcome.final)
          return reservation.settle(outcome.final.usage?.total_tokens ?? 0);
        if (outcome?.kind === "refused") return reservation.settle(0);
        const row = await this.deps.db.interaction.findUnique({
          where: { id: interactionId },
          select: { totalTokens: true, completedAt: true },
        });
        // Not recorded (timed out waiting): keep the estimate, the safe side.
        await reservation.settle(row?.completedAt ? row.totalTokens : reservation.estimate);
      })
      .catch((err: unknown) => this.deps.logger.error("settling a quota reservation failed", { interactionId, err }));
  }

  private async terminalEvent(interactionId: string): Promise<void> {
    const events = this.deps.pubsub.subscribe("interaction", interactionId)[Symbol.asyncIterator]();
    const timer = setTimeout(() => void events.return?.(), this.deps.settleTimeoutMs);
    try {
      // The row may already be final (the job ran before we listened).
      const row = await this.deps.db.interaction.findUnique({
        where: { id: interactionId },
        select: { completedAt: true },
      });
      if (row?.completedAt) return;
      for (;;) {
        const next = await events.next();
        if (next.done || isTerminal(next.value)) return;
      }
    } finally {
      clearTimeout(timer);
      await events.return?.();
    }
  }
}
