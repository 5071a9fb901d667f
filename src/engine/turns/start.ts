import { AGENTS } from "../../gemini/agents.ts";
import type { CreateBody, Json } from "../../gemini/types.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { ConflictError, ValidationError } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import { currentTraceParent } from "../../infra/tracing.ts";
import type { Jobs } from "../jobs/index.ts";
import { JobStatus } from "../jobs/types.ts";
import type { Admission } from "../quota/admission.ts";
import type { Runs } from "../runs.ts";
import type { Round } from "./types.ts";

export interface StartDeps {
  db: Db;
  runs: Runs;
  jobs: Jobs;
  logger: Logger;
  /** The per-user quota gate every turn passes before it goes upstream. */
  admission: Admission;
}

/** What upstream would refuse about agents and background runs, refused before anything is written. */
export function checkBackground(body: CreateBody): void {
  if (body.agent) {
    const agent = AGENTS[body.agent];
    if (!agent) {
      const offered = Object.keys(AGENTS).join(", ");
      throw new ValidationError(`Unknown agent "${body.agent}"; this server offers ${offered}`, "agent");
    }
    if (agent.backgroundOnly && !body.background)
      throw new ValidationError(`Agent ${body.agent} runs only in the background: set background: true`, "background");
  }
  if (body.background && body.store === false)
    throw new ValidationError("A background interaction needs store: upstream must keep it while it runs", "store");
}

/** The interaction row of a turn, before its status. */
export type TurnRow = Omit<Prisma.InteractionUncheckedCreateInput, "status">;

/**
 * The database allows one unfinished turn per branch point of a conversation
 * (a partial unique index, migration 20261130100000): a second sender racing
 * from the same head fails its INSERT, and gets this.
 */
export const BRANCH_BUSY =
  "Another turn is already running on this branch of the conversation; wait for it to finish or cancel it";

function asConflict(err: unknown): unknown {
  if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")
    return new ConflictError(BRANCH_BUSY);
  return err;
}

/**
 * Hands a chained turn to its runner. A foreground turn's row is inserted
 * first (the INSERT is what claims the branch), then upstream is asked, and
 * the row is removed again if upstream refuses; a background turn's row and
 * its job are written at once, and the job creates it upstream.
 */
export async function launch(
  deps: StartDeps,
  body: CreateBody,
  row: TurnRow,
  rebuild: (() => Promise<Json>) | undefined,
  /** The request's logger (request id, viewer), so the run's lines carry them. */
  logger?: Logger,
): Promise<Round> {
  // The one quota gate: QUOTA_EXCEEDED here, before anything is written or sent upstream.
  const reservation = await deps.admission.admit(row.ownerId, body);
  try {
    const round = await hand(deps, body, row, rebuild, logger);
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
  body: CreateBody,
  row: TurnRow,
  rebuild: (() => Promise<Json>) | undefined,
  logger: Logger | undefined,
): Promise<Round> {
  try {
    if (!body.background) return await deps.runs.start(body, row, { rebuild, logger });
    // The job's own trace links back to this request's.
    const job = { ownerId: row.ownerId, status: JobStatus.QUEUED, traceParent: currentTraceParent() };
    const created = await deps.db.interaction.create({
      data: { ...row, status: "queued", job: { create: job } },
      select: { id: true, job: { select: { id: true } } },
    });
    const jobId = created.job?.id as string;
    // The rows are the durable queue: should the hand-off fail, the job is picked up at the next start.
    await deps.jobs.submit(jobId).catch((err: unknown) => deps.logger.error("enqueueing a job failed", { jobId, err }));
    return { id: created.id, done: Promise.resolve() };
  } catch (err) {
    throw asConflict(err);
  }
}
