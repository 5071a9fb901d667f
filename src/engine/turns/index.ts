import type { Interaction, Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { AppError, ConflictError } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import { readRequest, readSteps } from "../columns.ts";
import type { FunctionRegistry, FunctionResult } from "../functions/registry.ts";
import type { Jobs } from "../jobs/index.ts";
import type { Admission } from "../quota/admission.ts";
import type { Runs } from "../runs.ts";
import { createBody, textOf, titleFrom } from "./body.ts";
import { checkResults, pendingCalls, roundsBefore, runServerCalls } from "./calls.ts";
import { chain } from "./chain.ts";
import { checkBackground, launch } from "./start.ts";
import type { ClientResult, MessageSpec, Round, TurnSpec } from "./types.ts";

export type { ToolInput, TurnSettings } from "./body.ts";
export { createBody, mergeSettings, textOf, titleFrom } from "./body.ts";
export type { ClientResult, MessageSpec, Round, TurnSpec } from "./types.ts";

export interface TurnDeps {
  db: Db;
  /** The per-user quota gate (see start.ts). */
  admission: Admission;
  runs: Runs;
  jobs: Jobs;
  functions: FunctionRegistry;
  logger: Logger;
  /** Rounds of server-side function calls one turn may run before TOOL_ROUND_LIMIT. */
  maxRounds: number;
  /** The model of a conversation turn that names neither a model nor an agent. */
  defaultModel: string;
}

/**
 * One home for a user turn: start it (chained to its parent upstream, or with
 * the branch rebuilt from the database), run the rounds of server-side
 * function calls it leads to, and settle. Resolvers authorise and validate,
 * then call one of these.
 */
export class Turns {
  constructor(private deps: TurnDeps) {}

  /** Starts one turn; resolves once its row exists and upstream accepted it (or its job is queued). */
  async start(spec: TurnSpec): Promise<Round> {
    const { db } = this.deps;
    checkBackground(spec.body);
    const parent = spec.parent ?? null;
    if (spec.conversation && parent && !parent.completedAt)
      throw new ConflictError("The previous turn is still running; wait for it or cancel it");
    const { body, rebuild } = await chain(db, spec.body, parent, spec.userInput);
    const { input: _sent, ...request } = body;
    const round = await launch(
      this.deps,
      body,
      {
        ownerId: spec.ownerId,
        conversationId: spec.conversation?.id ?? null,
        parentId: parent?.id ?? null,
        model: body.model ?? null,
        agent: body.agent ?? null,
        background: body.background ?? false,
        store: body.store !== false,
        request: request as Prisma.InputJsonValue,
        input: spec.userInput as Prisma.InputJsonValue,
        inputText: spec.inputText ?? null,
      },
      rebuild,
      spec.logger,
    );
    if (spec.conversation) {
      const { id, title } = spec.conversation;
      await db.conversation.update({
        where: { id },
        data: {
          headId: round.id,
          ...(spec.settings ? { settings: spec.settings as Prisma.InputJsonValue } : {}),
          ...(title === null ? { title: titleFrom(spec.inputText ?? null) } : {}),
        },
      });
    }
    return round;
  }

  /**
   * A user message in a conversation (a new one when none is given), after
   * `parentId`, with the conversation's settings; the turn becomes the head.
   */
  async message(spec: MessageSpec): Promise<Round> {
    const { db } = this.deps;
    const conv = spec.conversation ?? (await db.conversation.create({ data: { ownerId: spec.ownerId } }));
    try {
      const parent = spec.parentId ? await db.interaction.findUniqueOrThrow({ where: { id: spec.parentId } }) : null;
      const model = spec.settings.model ?? (spec.settings.agent ? undefined : this.deps.defaultModel);
      return await this.start({
        ownerId: spec.ownerId,
        body: createBody({ ...spec.settings, model }, spec.content, this.deps.functions),
        userInput: spec.content,
        inputText: textOf(spec.content),
        parent,
        conversation: conv,
        settings: spec.settings,
        logger: spec.logger,
      });
    } catch (err) {
      // A conversation made for a message upstream refused would be an empty shell.
      if (!spec.conversation) await db.conversation.delete({ where: { id: conv.id } }).catch(() => undefined);
      throw err;
    }
  }

  /**
   * The next round of a turn: function results as input, chained to the
   * previous round, with the same per-turn parameters (upstream does not
   * carry tools or instructions over). It becomes the conversation's head.
   */
  continueWith(previous: Interaction, results: FunctionResult[], ownerId = previous.ownerId): Promise<Round> {
    const request = readRequest(previous.request);
    return this.start({
      ownerId,
      body: { ...request, input: results },
      userInput: results,
      parent: previous,
      conversation: previous.conversationId ? { id: previous.conversationId } : undefined,
    });
  }

  /**
   * The tool loop. Yields the first round, then after each round that ends
   * in requires_action calling only server functions, runs them and yields
   * the next round. It stops when a round ends otherwise, when the client
   * must answer a call, or, past `maxRounds` rounds, with TOOL_ROUND_LIMIT
   * (also stored on the last round).
   */
  async *rounds(first: Round, roundsSoFar = 0): AsyncGenerator<Round> {
    const { db, functions, maxRounds } = this.deps;
    let round = first;
    let rounds = roundsSoFar;
    yield round;
    while (true) {
      await round.done;
      const row = await db.interaction.findUniqueOrThrow({ where: { id: round.id } });
      if (row.status !== "requires_action") return;
      const calls = pendingCalls(readSteps(row.steps));
      if (!calls.length || !calls.every((c) => functions.has(c.name))) return;
      rounds += 1;
      if (rounds > maxRounds) {
        const message = `The model kept calling functions: stopped after ${maxRounds} rounds`;
        await db.interaction.update({ where: { id: row.id }, data: { error: { code: "TOOL_ROUND_LIMIT", message } } });
        throw new AppError("TOOL_ROUND_LIMIT", message, { interactionId: row.id });
      }
      round = await this.continueWith(row, await runServerCalls(this.deps, row, calls));
      yield round;
    }
  }

  /** Runs the tool loop from a started round to its end; answers with the last round's row. */
  async settle(first: Round | Promise<Round>, roundsSoFar = 0): Promise<Interaction> {
    let last = await first;
    for await (const round of this.rounds(last, roundsSoFar)) last = round;
    await last.done;
    return this.deps.db.interaction.findUniqueOrThrow({ where: { id: last.id } });
  }

  /**
   * The client answers the function calls of a round that ended in
   * REQUIRES_ACTION; calls of server functions it left out are run by the
   * server. The turn then goes on to its end.
   */
  async answer(row: Interaction, results: ClientResult[], ownerId: string): Promise<Interaction> {
    const { calls, fromClient, unanswered } = await checkResults(this.deps.db, this.deps.functions, row, results);
    const fromServer = await runServerCalls(this.deps, row, unanswered);
    const all = [...fromClient, ...fromServer];
    const ordered = calls.map((c) => all.find((r) => r.call_id === c.id) as FunctionResult);
    return this.settle(this.continueWith(row, ordered, ownerId), await roundsBefore(this.deps.db, row));
  }
}
