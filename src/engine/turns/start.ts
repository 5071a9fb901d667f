import { randomUUID } from "node:crypto";
import { AGENTS } from "../../gemini/agents.ts";
import type { CreateBody, Json } from "../../gemini/types.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { ConflictError, ValidationError } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import { currentTraceParent } from "../../infra/tracing.ts";
import type { Jobs } from "../jobs/index.ts";
import { JobStatus } from "../jobs/types.ts";
import type { Admission } from "../quota/admission.ts";
import { BRANCH_BUSY, type ConversationWrite, isUniqueViolation, type OpeningRow } from "../runs/row-writes.ts";
import type { Runs } from "../runs/runs.ts";
import { titleFrom } from "./body.ts";
import type { Round, TurnSpec } from "./types.ts";

export interface StartDeps {
  db: Db;
  runs: Runs;
  jobs: Jobs;
  logger: Logger;
  /** The per-user quota gate every turn passes before it goes upstream. */
  admission: Admission;
}

/** What upstream would refuse about agents and background runs, refused before anything is written. */
export function checkBackground(body: CreateBody, baseAgent: string | null | undefined = body.agent): void {
  if (baseAgent) {
    const agent = AGENTS[baseAgent];
    if (!agent) {
      const offered = Object.keys(AGENTS).join(", ");
      throw new ValidationError(`Unknown agent "${baseAgent}"; use a custom agent's id or one of ${offered}`, "agent");
    }
    if (agent.backgroundOnly && !body.background)
      throw new ValidationError(`Agent ${baseAgent} runs only in the background: set background: true`, "background");
  }
  if (body.background && body.store === false)
    throw new ValidationError("A background interaction needs store: upstream must keep it while it runs", "store");
}

/** The interaction row of a turn, before what its run fills in. */
export type TurnRow = Omit<OpeningRow, "id" | "createdAt" | "previousRemoteId">;

function asConflict(err: unknown): unknown {
  return isUniqueViolation(err) ? new ConflictError(BRANCH_BUSY) : err;
}

/**
 * Hands a chained turn to its runner. A foreground turn goes upstream first
 * and its row (with the conversation's new head) is written behind its
 * stream (see row-writes.ts); a background turn's rows and its job are
 * written at once, and the job creates it upstream.
 */
export async function launch(
  deps: StartDeps,
  body: CreateBody,
  row: TurnRow,
  rebuild: (() => Promise<Json>) | undefined,
  /** The request's logger (request id, viewer), so the run's lines carry them. */
  logger?: Logger,
  conversation?: ConversationWrite,
  /** Tokens upstream adds from the chained history (the parent's whole count), for the estimate. */
  historyTokens = 0,
  /** Fetches of the turn's `uri` parts: only an admitted turn makes the server fetch anything. */
  fetchInputs?: () => Promise<void>,
): Promise<Round> {
  // The run's id is known before it starts: the quota holds its place in the in-flight set by it.
  const id = randomUUID();
  // The one quota gate: QUOTA_EXCEEDED here, before anything is fetched, written or sent upstream.
  const reservation = await deps.admission.admit(row.ownerId, body, { runId: id, historyTokens });
  try {
    await fetchInputs?.();
    const round = await hand(deps, id, body, row, rebuild, logger, conversation);
    // Settled from the recorded usage once the run ends (a background job's, wherever it runs).
    deps.admission.settleAfter(reservation, round.id, body.background ? undefined : round.done);
    return round;
  } catch (err) {
    await reservation.settle(0);
    throw err;
  }
}

async function hand(
  deps: StartDeps,
  id: string,
  body: CreateBody,
  row: TurnRow,
  rebuild: (() => Promise<Json>) | undefined,
  logger: Logger | undefined,
  conversation: ConversationWrite | undefined,
): Promise<Round> {
  try {
    if (!body.background) return await deps.runs.start(body, row, { id, rebuild, logger, conversation });
    // The job's own trace links back to this request's.
    const job = { ownerId: row.ownerId, status: JobStatus.QUEUED, traceParent: currentTraceParent() };
    const { db } = deps;
    const data = { ...row, id, status: "queued", previousRemoteId: body.previous_interaction_id, job: { create: job } };
    const created = conversation
      ? await db.$transaction(async (tx) => {
          const { id: conversationId, ...changes } =
            "create" in conversation ? conversation.create : conversation.update;
          if ("create" in conversation) await tx.conversation.create({ data: { ...conversation.create, headId: id } });
          else await tx.conversation.update({ where: { id: conversationId }, data: { ...changes, headId: id } });
          return tx.interaction.create({ data, select: { id: true, job: { select: { id: true } } } });
        })
      : await db.interaction.create({ data, select: { id: true, job: { select: { id: true } } } });
    const jobId = created.job?.id as string;
    // The rows are the durable queue: should the hand-off fail, the job is picked up at the next start.
    await deps.jobs.submit(jobId).catch((err: unknown) => deps.logger.error("enqueueing a job failed", { jobId, err }));
    return { id: created.id, done: Promise.resolve({ kind: "detached" }), background: true };
  } catch (err) {
    throw asConflict(err);
  }
}

/** The conversation's part of a turn's first write: created with it, or given its new head, settings and title. */
export function conversationWrite(
  spec: TurnSpec,
  conversation: NonNullable<TurnSpec["conversation"]>,
): ConversationWrite {
  const { id, title, isNew } = conversation;
  const settings = spec.settings as Prisma.InputJsonValue | undefined;
  const named = title === null ? { title: titleFrom(spec.inputText ?? null) } : {};
  if (isNew) return { create: { id, ownerId: spec.ownerId, title: named.title ?? null, settings } };
  return { update: { id, settings, ...named } };
}
