import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { JsonObject } from "../../gemini/types.ts";
import type { Interaction, Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { AppError, ConflictError } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import { resolveAgent } from "../agents/index.ts";
import type { EventLog } from "../events/log.ts";
import { endsTurn } from "../events/turn.ts";
import type { Topics } from "../events/types.ts";
import type { FunctionRegistry, FunctionResult } from "../functions/registry.ts";
import type { Jobs } from "../jobs/index.ts";
import type { Admission } from "../quota/admission.ts";
import type { RunOutcome } from "../runs/outcome.ts";
import { BRANCH_BUSY } from "../runs/row-writes.ts";
import type { Runs } from "../runs/runs.ts";
import { readEvent, readRequest, readSettings, readSteps } from "../store/columns.ts";
import { createBody, mergeSettings, type TurnSettings, textOf } from "./body.ts";
import { checkResults, pendingCalls, roundsBefore, runServerCalls } from "./calls.ts";
import { chain } from "./chain.ts";
import { userMessage } from "./history.ts";
import { mark } from "./marks.ts";
import { type Secrets, sealBody, sealSettings } from "./secrets.ts";
import { checkBackground, conversationWrite, launch } from "./start.ts";
import type { ClientResult, MessageSpec, Round, TurnHandle, TurnSpec } from "./types.ts";

export type { ToolInput, TurnSettings } from "./body.ts";
export { createBody, mergeSettings, textOf, titleFrom } from "./body.ts";
export type { ClientResult, MessageSpec, Round, TurnHandle, TurnSpec } from "./types.ts";

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
  /** Where the turn markers (next round, end of turn) go, after each round's own events. */
  log: EventLog;
  pubsub: PubSub<Topics>;
  /** Seals the credentials a turn carries (MCP headers) before anything keeps them. */
  secrets: Secrets;
  /** How long a send attached to a turn another process drives waits for its end (ms; default TURN_END_WAIT_MS). */
  endWaitMs?: number;
  /** How long one server function call may take (ms; default SERVER_CALL_DEADLINE_MS). */
  callDeadlineMs?: number;
}

/** As long as a background job may run by default: a turn's rounds seldom take longer. */
const TURN_END_WAIT_MS = 3_600_000;

/** Who sent a turn and the id their client gave the send (idempotency key). */
export interface SendKey {
  ownerId: string;
  clientMessageId?: string | null;
}

/**
 * One home for a user turn: start it (chained to its parent upstream, or with
 * the branch rebuilt from the database), run the rounds of server-side
 * function calls it leads to, and settle. Resolvers authorise and validate,
 * then call one of these.
 */
export class Turns {
  /** The turns this process drives, by first round, to their last round's id: a retried send waits on the same promise. */
  private driving = new Map<string, Promise<string>>();
  /** Sends with a client message id whose turn this process is starting or driving. */
  private sending = new Map<string, Promise<TurnHandle>>();
  /** The branch points (conversation/parent) this process runs a turn on. */
  private branches = new Set<string>();

  constructor(private deps: TurnDeps) {}

  /**
   * Starts a user turn once per send: a send whose client message id this
   * user already used attaches to that turn (found before starting, or after
   * the INSERT lost the race on the unique (owner, client message id) index).
   * The tool loop then runs to the turn's end here, whether or not anybody
   * follows it, and marks the end in the last round's log.
   */
  begin(key: SendKey, first: () => Promise<Round>, roundsSoFar = 0): Promise<TurnHandle> {
    if (!key.clientMessageId) return this.beginOnce(key, first, roundsSoFar);
    // Two sends with one id at once on this process: the second waits for the first's turn (its row may not be written yet).
    const k = `${key.ownerId}/${key.clientMessageId}`;
    const sending = this.sending.get(k);
    if (sending) return sending.then((turn) => this.handle(turn.id, this.driving.get(turn.id) ?? this.ended(turn.id)));
    const started = this.beginOnce(key, first, roundsSoFar);
    this.sending.set(k, started);
    void started
      .then((turn) => (turn.started ? this.driving.get(turn.id) : undefined))
      .catch(() => undefined)
      .finally(() => this.sending.delete(k));
    return started;
  }

  private async beginOnce(key: SendKey, first: () => Promise<Round>, roundsSoFar: number): Promise<TurnHandle> {
    const existing = await this.attach(key);
    if (existing) return existing;
    let round: Round;
    try {
      round = await first();
    } catch (err) {
      const raced = await this.attach(key);
      if (raced) return raced;
      throw err;
    }
    const started = { id: round.id, background: round.background ?? false };
    return this.handle(round.id, this.track(round.id, this.drive(round, roundsSoFar)), started);
  }

  /** A turn's handle: its last round's row is read only when somebody asks for it (a mutation's answer). */
  private handle(id: string, ended: Promise<string>, started?: TurnHandle["started"]): TurnHandle {
    const { db } = this.deps;
    let settled: Promise<Interaction> | undefined;
    return {
      id,
      attached: !started,
      started,
      get settled() {
        settled ??= ended.then((lastId) => db.interaction.findUniqueOrThrow({ where: { id: lastId } }));
        return settled;
      },
    };
  }

  /**
   * A round this process takes over (from a stopping process, or left
   * running by a dead one), followed by `done`: the rest of its turn (more
   * tool rounds, the end mark) is driven here from now on.
   */
  async adopt(roundId: string, done: Promise<RunOutcome>): Promise<void> {
    const row = await this.deps.db.interaction.findUniqueOrThrow({ where: { id: roundId } });
    const round = { id: roundId, done };
    this.track(row.turnId ?? row.id, this.drive(round, await roundsBefore(this.deps.db, row)));
  }

  private track(turnId: string, settled: Promise<string>): Promise<string> {
    this.driving.set(turnId, settled);
    settled.then(
      () => this.driving.delete(turnId),
      (err: unknown) => {
        this.driving.delete(turnId);
        this.deps.logger.debug("turn ended with an error", { interactionId: turnId, err });
      },
    );
    return settled;
  }

  /** The turn an earlier send with this client message id started, if any. */
  private async attach({ ownerId, clientMessageId }: SendKey): Promise<TurnHandle | null> {
    if (!clientMessageId) return null;
    const row = await this.deps.db.interaction.findUnique({
      where: { ownerId_clientMessageId: { ownerId, clientMessageId } },
      select: { id: true },
    });
    if (!row) return null;
    return this.handle(row.id, this.driving.get(row.id) ?? this.ended(row.id));
  }

  /** Where a finished round hands its turn on: the next round and the marker's seq, if any. */
  async nextRound(roundId: string): Promise<{ next: string; seq: number } | null> {
    const row = await this.deps.db.interactionEvent.findFirst({
      where: { interactionId: roundId, type: "turn_next" },
      select: { seq: true, payload: true },
    });
    const event = row && readEvent(row.payload);
    return event?.kind === "turn_next" && row ? { next: event.next, seq: row.seq } : null;
  }

  /**
   * A turn another process drives: the last round's id once its end is
   * marked. Bounded (endWaitMs): a turn whose driver died unseen would
   * otherwise keep its waiter, and a read every 100 ms, for ever.
   */
  private async ended(turnId: string): Promise<string> {
    const { db, endWaitMs = TURN_END_WAIT_MS } = this.deps;
    for (const until = Date.now() + endWaitMs; Date.now() < until; await sleep(100)) {
      const last = await db.interaction.findFirstOrThrow({
        where: { OR: [{ id: turnId }, { turnId }] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
      const end = await db.interactionEvent.findFirst({
        where: { interactionId: last.id, type: "turn_end" },
        select: { seq: true },
      });
      if (end || (last.completedAt && endsTurn(last.status, last.background))) return last.id;
    }
    throw new AppError("TURN_WAIT_TIMEOUT", `The turn did not end within ${endWaitMs} ms; follow it with turnEvents`, {
      interactionId: turnId,
    });
  }

  /**
   * Runs the tool loop from its first round to the end, marking each
   * hand-over and the end in the log; resolves with the last round's id. A
   * run of this process that recorded its end says how it ended without a
   * read.
   */
  private async drive(first: Round, roundsSoFar: number): Promise<string> {
    let last = first;
    let failure: unknown;
    let outcome: RunOutcome | undefined;
    try {
      for await (const round of this.rounds(first, roundsSoFar)) {
        if (round.id !== first.id) await mark(this.deps, last.id, { kind: "turn_next", next: round.id });
        last = round;
      }
      outcome = await last.done;
      if (outcome.kind === "refused") throw outcome.error;
    } catch (err) {
      failure = err;
    }
    if (outcome?.kind === "refused") throw failure;
    const final = outcome?.kind === "ended" ? outcome.final : undefined;
    const row = final
      ? { status: final.status, background: false, completedAt: true, lastSeq: final.lastSeq }
      : await this.deps.db.interaction.findUniqueOrThrow({
          where: { id: last.id },
          select: { status: true, background: true, completedAt: true },
        });
    // An unfinished round was handed to another process (this one is stopping): that one drives the rest.
    // A round that ends the turn by itself needs no marker (its followers end on its terminal event): one
    // statement less per turn. A failure here, or a round left waiting on the client's function results, is marked.
    if (!row.background && row.completedAt && (failure || !endsTurn(row.status, false))) {
      const why = failure instanceof AppError ? { code: failure.code, message: failure.message } : {};
      await mark(this.deps, last.id, { kind: "turn_end", status: row.status, ...why }, final?.lastSeq);
    }
    if (failure) throw failure;
    return last.id;
  }

  /**
   * Starts one turn; resolves once upstream accepted it (or its job is queued).
   * A branch point this process is running a turn on is refused at once; the
   * database's index refuses one another process runs, when the row is written.
   */
  async start(spec: TurnSpec): Promise<Round> {
    const parent = spec.parent ?? null;
    if (spec.conversation && parent && !parent.completedAt)
      throw new ConflictError("The previous turn is still running; wait for it or cancel it");
    const branch = spec.conversation ? `${spec.conversation.id}/${parent?.id ?? ""}` : undefined;
    if (branch && this.branches.has(branch)) throw new ConflictError(BRANCH_BUSY);
    if (branch) this.branches.add(branch);
    try {
      const round = await this.launch(spec, parent);
      void round.done.finally(() => branch && this.branches.delete(branch));
      return round;
    } catch (err) {
      if (branch) this.branches.delete(branch);
      throw err;
    }
  }

  private async launch(spec: TurnSpec, parent: Interaction | null): Promise<Round> {
    // A custom agent's id becomes its base agent plus its settings; the row records the custom agent.
    const {
      body: resolved,
      customAgentId,
      baseAgent,
    } = await resolveAgent(this.deps.db, spec.ownerId, spec.body, this.deps.secrets);
    const sealed = sealBody(resolved, spec.ownerId, this.deps.secrets);
    checkBackground(sealed, baseAgent);
    const { body, rebuild } = await chain(this.deps.db, sealed, parent, spec.userInput);
    const { input: _sent, ...request } = body;
    return launch(
      this.deps,
      body,
      {
        ownerId: spec.ownerId,
        conversationId: spec.conversation?.id ?? null,
        parentId: parent?.id ?? null,
        model: body.model ?? null,
        // The built-in agent that runs (a custom agent upstream keeps is named by its upstream id).
        agent: baseAgent,
        customAgentId,
        background: body.background ?? false,
        store: body.store !== false,
        request: request as Prisma.InputJsonValue,
        input: spec.userInput as Prisma.InputJsonValue,
        inputText: spec.inputText ?? null,
        clientMessageId: spec.clientMessageId ?? null,
        turnId: spec.turnId ?? null,
      },
      rebuild,
      spec.logger,
      spec.conversation && conversationWrite(spec, spec.conversation),
      // Chained, upstream reads the whole history again: about the parent's own total (its input held the rest).
      body.previous_interaction_id ? (parent?.totalTokens ?? 0) : 0,
      spec.fetchInputs,
    );
  }

  /**
   * Starts a user message once per send (see begin): a new one after the
   * conversation's head, or a sibling of an earlier turn (regenerate, edit).
   * The conversation's saved settings apply; the turn becomes the head.
   */
  message(spec: MessageSpec): Promise<TurnHandle> {
    return this.begin(spec, () => {
      const saved = readSettings(spec.conversation?.settings ?? {});
      if (spec.kind === "new")
        return this.firstRound(
          spec,
          mergeSettings(saved, sealSettings(spec.settings, spec.ownerId, this.deps.secrets)),
          spec.conversation?.headId ?? null,
          spec.content,
        );
      // Checked first, so an edit of a turn that held function results is refused like a regenerate.
      const asked = userMessage(spec.turn);
      return this.firstRound(spec, saved, spec.turn.parentId, spec.kind === "edit" ? spec.content : asked);
    });
  }

  private async firstRound(
    spec: MessageSpec,
    settings: TurnSettings,
    parentId: string | null,
    content: JsonObject[],
  ): Promise<Round> {
    const { db } = this.deps;
    // A new conversation is written with its first turn's row (nothing is left of it if upstream refuses).
    const conversation = spec.conversation ?? { id: randomUUID(), title: null, isNew: true };
    const parent = parentId ? await db.interaction.findUniqueOrThrow({ where: { id: parentId } }) : null;
    const model = settings.model ?? (settings.agent ? undefined : this.deps.defaultModel);
    return this.start({
      ownerId: spec.ownerId,
      body: createBody({ ...settings, model }, content, this.deps.functions),
      userInput: content,
      inputText: textOf(content),
      parent,
      conversation,
      settings,
      logger: spec.logger,
      clientMessageId: spec.clientMessageId,
      fetchInputs: spec.fetchInputs,
    });
  }

  /**
   * The next round of a turn: function results as input, chained to the
   * previous round, with the same per-turn parameters (upstream does not
   * carry tools or instructions over). It becomes the conversation's head.
   */
  continueWith(
    previous: Interaction,
    results: FunctionResult[],
    next: { ownerId?: string; sameTurn: boolean; clientMessageId?: string | null },
  ): Promise<Round> {
    const request = readRequest(previous.request);
    return this.start({
      ownerId: next.ownerId ?? previous.ownerId,
      body: { ...request, input: results },
      userInput: results,
      parent: previous,
      conversation: previous.conversationId ? { id: previous.conversationId } : undefined,
      // A server-side round belongs to the turn that caused it; the client's answers start a turn of their own.
      turnId: next.sameTurn ? (previous.turnId ?? previous.id) : null,
      clientMessageId: next.clientMessageId,
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
      const outcome = await round.done;
      if (outcome.kind === "refused") throw outcome.error;
      // Only a round waiting on function calls needs its row read.
      if (outcome.kind === "ended" && outcome.final && outcome.final.status !== "requires_action") return;
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
      round = await this.continueWith(row, await runServerCalls(this.deps, row, calls), { sameTurn: true });
      yield round;
    }
  }

  /** Starts a turn (once per send key) and answers with its last round's row when the turn ends. */
  settle(key: SendKey, first: () => Promise<Round>): Promise<Interaction> {
    return this.begin(key, first).then((turn) => turn.settled);
  }

  /**
   * The client answers the function calls of a round that ended in
   * REQUIRES_ACTION; calls of server functions it left out are run by the
   * server. The turn then goes on to its end.
   */
  async answer(row: Interaction, results: ClientResult[], key: SendKey): Promise<TurnHandle> {
    const existing = await this.attach(key);
    if (existing) return existing;
    const { calls, fromClient, unanswered } = await checkResults(this.deps.db, this.deps.functions, row, results);
    const fromServer = await runServerCalls(this.deps, row, unanswered);
    const all = [...fromClient, ...fromServer];
    const ordered = calls.map((c) => {
      const result = all.find((r) => r.call_id === c.id);
      // checkResults answers every call (from the client or, for the rest, the server's functions).
      if (!result) throw new Error(`function call ${c.id} has no result`);
      return result;
    });
    const next = { ownerId: key.ownerId, sameTurn: false, clientMessageId: key.clientMessageId };
    return this.begin(key, () => this.continueWith(row, ordered, next), await roundsBefore(this.deps.db, row));
  }
}
