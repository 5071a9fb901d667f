import type { Context } from "../context.ts";
import { JobStatus } from "../engine/jobs/index.ts";
import { AGENTS } from "../gemini/agents.ts";
import type { CreateBody, Json, JsonObject } from "../gemini/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { ValidationError } from "../infra/errors.ts";
import { currentTraceParent } from "../infra/tracing.ts";
import { requireViewer } from "./viewer.ts";

export interface Turn {
  body: CreateBody;
  /** The user's side of this turn as stored (Content[], or function_result steps). */
  userInput: JsonObject[];
  inputText?: string | null;
  conversationId?: string | null;
  parentId?: string | null;
  /** The branch's history as an explicit timeline, should upstream have lost the chain. */
  rebuild?: () => Promise<Json>;
}

/** What upstream would refuse about agents and background runs, refused before anything is written. */
function checkBackground(body: CreateBody): void {
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

/**
 * Hands a turn to the engine. A foreground turn's row is written once
 * upstream accepts it; a background turn's row and its job are written at
 * once (the job needs them), and the job creates it upstream.
 */
export async function startTurn(ctx: Context, turn: Turn): Promise<{ id: string; done: Promise<void> }> {
  const viewer = requireViewer(ctx);
  checkBackground(turn.body);
  const { input: _sent, ...request } = turn.body;
  const row = {
    ownerId: viewer.id,
    conversationId: turn.conversationId ?? null,
    parentId: turn.parentId ?? null,
    model: turn.body.model ?? null,
    agent: turn.body.agent ?? null,
    background: turn.body.background ?? false,
    store: turn.body.store !== false,
    request: request as Prisma.InputJsonValue,
    input: turn.userInput as Prisma.InputJsonValue,
    inputText: turn.inputText ?? null,
  };
  if (!turn.body.background)
    return ctx.engine.runs.start(turn.body, row, { rebuild: turn.rebuild, logger: ctx.logger });
  const job = { ownerId: viewer.id, status: JobStatus.QUEUED, traceParent: currentTraceParent() };
  const created = await ctx.db.interaction.create({
    data: { ...row, status: "queued", job: { create: job } },
    select: { id: true, job: { select: { id: true } } },
  });
  const jobId = created.job?.id as string;
  // The rows are the durable queue: should the hand-off fail, the job is picked up at the next start.
  await ctx.engine.jobs
    .submit(jobId)
    .catch((err: unknown) => ctx.logger.error("enqueueing a job failed", { jobId, err }));
  return { id: created.id, done: Promise.resolve() };
}

/** The plain text of a user turn, for titles and search. */
export const textOf = (content: JsonObject[]) =>
  content
    .filter((c) => c.type === "text" && typeof c.text === "string")
    .map((c) => c.text as string)
    .join("\n") || null;
