import type { Context } from "../context.ts";
import type { CreateBody, Json, JsonObject } from "../gemini/types.ts";
import type { Prisma } from "../generated/prisma/client.ts";
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

/** Hands a turn to the engine; the row is written once upstream accepts it. */
export async function startTurn(ctx: Context, turn: Turn): Promise<{ id: string; done: Promise<void> }> {
  const viewer = requireViewer(ctx);
  const { input: _sent, ...request } = turn.body;
  return ctx.engine.runs.start(
    turn.body,
    {
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
    },
    { rebuild: turn.rebuild },
  );
}

/** The plain text of a user turn, for titles and search. */
export const textOf = (content: JsonObject[]) =>
  content
    .filter((c) => c.type === "text" && typeof c.text === "string")
    .map((c) => c.text as string)
    .join("\n") || null;
