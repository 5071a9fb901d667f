import { LRUCache } from "lru-cache";
import type { CreateBody } from "../../gemini/types.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import type { Logger } from "../../infra/logger.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import { isTerminal, type Topics } from "../events/types.ts";
import type { RunOutcome } from "../runs/outcome.ts";
import type { Quotas, Reservation, StoredUsage } from "./index.ts";
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
  /** How long a background run's reservation listens for its end on the bus; after that the sweep settles it (ms). */
  settleTimeoutMs: number;
  /** How long a user's limits are remembered (0: read per turn). */
  cacheTtlMs: number;
}

/** Characters per token, the usual rough figure for estimating before the model has counted. */
const CHARS_PER_TOKEN = 4;

/**
 * Stored bytes per token of a file by its kind, rough and on the generous
 * side (upstream counts ~258 tokens a PDF page or image tile, ~32 a second
 * of audio, ~263 a second of video): a 20 MB PDF reserves ~200k tokens, not
 * the ~1k of its reference. An image reserves at least one tile.
 */
const BYTES_PER_TOKEN: [prefix: string, bytes: number][] = [
  ["text/", 4],
  ["application/json", 4],
  ["application/pdf", 100],
  ["audio/", 500],
  ["video/", 500],
  ["image/", 2000],
];
const IMAGE_MIN_TOKENS = 258;

/** What a stored file adds to a request's input, in tokens. */
export function fileTokens(file: { size: number; mimeType: string }): number {
  const per = BYTES_PER_TOKEN.find(([prefix]) => file.mimeType.startsWith(prefix))?.[1] ?? 100;
  const tokens = Math.ceil(file.size / per);
  return file.mimeType.startsWith("image/") ? Math.max(IMAGE_MIN_TOKENS, tokens) : tokens;
}

/** Every `file_id` a request's input refers to (content parts, nested in steps too). */
export function fileIdsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) fileIdsOf(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "file_id" && typeof v === "string") out.push(v);
      else fileIdsOf(v, out);
    }
  }
  return out;
}

/**
 * What a run is expected to cost before it runs: its input (text as sent,
 * ~4 characters a token, plus `extra`: its files and the chained history
 * upstream adds) plus its output budget (max_output_tokens, or the
 * configured estimate). Settled from the real usage afterwards.
 */
export function estimateTokens(body: CreateBody, outputEstimate: number, extra = 0): number {
  const input = Math.ceil(JSON.stringify(body.input ?? "").length / CHARS_PER_TOKEN) + extra;
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

  /**
   * Checks and reserves for the run `runId` (the interaction's id), or throws
   * QUOTA_EXCEEDED before anything is written or sent upstream. A run
   * admitted again (a re-attempt that creates a new upstream interaction)
   * keeps its slot and reserves the new attempt's tokens.
   */
  async admit(userId: string, body: CreateBody, opts: { runId: string; historyTokens?: number }): Promise<Reservation> {
    const ids = [...new Set(fileIdsOf(body.input))];
    const files = ids.length
      ? await this.deps.db.file.findMany({ where: { id: { in: ids } }, select: { size: true, mimeType: true } })
      : [];
    const extra = files.reduce((sum, f) => sum + fileTokens(f), 0) + (opts.historyTokens ?? 0);
    return this.deps.quotas.reserve(
      userId,
      await this.limitsOf(userId),
      estimateTokens(body, this.deps.outputEstimate, extra),
      { runId: opts.runId },
    );
  }

  /**
   * Settles a reservation with the interaction's recorded usage once its run
   * has ended: `done` for a run of this process, else (a background job,
   * perhaps on another process) its terminal event on the bus. A run that
   * has not ended by then (handed over, taken over, longer than the wait)
   * stays in flight: whoever records its end, or the sweep, settles it.
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
        await this.settleEnded([interactionId]);
      })
      .catch((err: unknown) => this.deps.logger.error("settling a quota reservation failed", { interactionId, err }));
  }

  /**
   * Releases the runs among `ids` whose interaction has recorded its end,
   * with their real usage; answers how many this call released. A run whose
   * row does not exist (`gone`: it never wrote one, or it was deleted) is
   * released at its estimate.
   */
  async settleEnded(ids: string[], { gone = false } = {}): Promise<number> {
    const rows = await this.deps.db.interaction.findMany({
      where: { id: { in: ids } },
      select: { id: true, totalTokens: true, completedAt: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    let released = 0;
    for (const id of ids) {
      const row = byId.get(id);
      if (row?.completedAt) released += Number(await this.deps.quotas.release(id, row.totalTokens));
      else if (!row && gone) released += Number(await this.deps.quotas.release(id));
    }
    return released;
  }

  /**
   * The periodic check of the runs in flight for longer than `graceMs`:
   * those whose interaction ended (on a process that died, or after a long
   * run outlived every wait) leave the set with their real usage, and those
   * that never wrote a row leave it at their estimate. Answers how many left.
   */
  async sweep(graceMs: number): Promise<number> {
    const ids = await this.deps.quotas.admittedBefore(new Date(Date.now() - graceMs));
    return ids.length ? this.settleEnded(ids, { gone: true }) : 0;
  }

  /**
   * Embedded mode, before serving: today's and this month's usage as stored
   * (the counters of the previous process died with it), deleted
   * interactions' included (DeletedUsage: deleting gives no quota back), the
   * requests of the last minute, and the runs it left unfinished back in the
   * in-flight set. Six queries, at start only.
   */
  async restore(now = new Date()): Promise<void> {
    if (this.deps.quotas.shared) return;
    const { db } = this.deps;
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const minuteAgo = new Date(now.getTime() - 60_000);
    // Sums per owner: of the interactions stored, and of those deleted (the trigger's DeletedUsage rows).
    const sums = async (from: Date) => {
      const [kept, gone] = await Promise.all([
        db.interaction.groupBy({
          by: ["ownerId"],
          where: { createdAt: { gte: from }, completedAt: { not: null } },
          _sum: { totalTokens: true },
        }),
        db.deletedUsage.groupBy({ by: ["ownerId"], where: { day: { gte: from } }, _sum: { tokens: true } }),
      ]);
      const by = new Map<string, number>();
      for (const r of kept) by.set(r.ownerId, (by.get(r.ownerId) ?? 0) + (r._sum.totalTokens ?? 0));
      for (const r of gone) by.set(r.ownerId, (by.get(r.ownerId) ?? 0) + (r._sum.tokens ?? 0));
      return by;
    };
    const [today, thisMonth, recent, unfinished] = await Promise.all([
      sums(day),
      sums(month),
      db.interaction.groupBy({
        by: ["ownerId"],
        where: { createdAt: { gte: minuteAgo, lte: now } },
        _count: { _all: true },
        _min: { createdAt: true },
      }),
      db.interaction.findMany({
        where: { completedAt: null },
        select: { id: true, ownerId: true, createdAt: true },
      }),
    ]);
    const usage: StoredUsage[] = [...thisMonth].map(([userId, tokens]) => ({
      userId,
      today: today.get(userId) ?? 0,
      month: tokens,
    }));
    await this.deps.quotas.seed({
      usage,
      recent: recent.map((r) => ({ userId: r.ownerId, requests: r._count._all, since: r._min.createdAt ?? now })),
      unfinished: unfinished.map((r) => ({ runId: r.id, userId: r.ownerId, at: r.createdAt })),
      now,
    });
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
