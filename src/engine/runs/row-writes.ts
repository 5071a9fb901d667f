import { Prisma } from "../../generated/prisma/client.ts";
import { ConflictError } from "../../infra/errors.ts";
import type { RunFold } from "./fold.ts";

/** A value for a jsonb column that may be a bare string or number (structured output). */
export class Jsonb {
  constructor(readonly value: unknown) {}
}

/**
 * A row written by raw SQL as one clause of a combined statement (see
 * persistEvents): a Date becomes a timestamp, an object or array a jsonb
 * value, anything else a parameter of the column's own type.
 */
function value(v: unknown): Prisma.Sql {
  if (v instanceof Jsonb) return Prisma.sql`${JSON.stringify(v.value)}::jsonb`;
  if (v instanceof Date) return Prisma.sql`${v.toISOString()}::timestamp(3)`;
  if (v !== null && typeof v === "object") return Prisma.sql`${JSON.stringify(v)}::jsonb`;
  return Prisma.sql`${v}`;
}

const columns = (row: Record<string, unknown>) => Object.entries(row).filter(([, v]) => v !== undefined);

export function insertSql(table: string, row: Record<string, unknown>): Prisma.Sql {
  const cols = columns(row);
  return Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(cols.map(([k]) => `"${k}"`).join(", "))})
    VALUES (${Prisma.join(cols.map(([, v]) => value(v)))})`;
}

export function updateSql(table: string, id: string, set: Record<string, unknown>, where?: Prisma.Sql): Prisma.Sql {
  const cols = columns(set).map(([k, v]) => Prisma.sql`${Prisma.raw(`"${k}"`)} = ${value(v)}`);
  return Prisma.sql`UPDATE ${Prisma.raw(`"${table}"`)} SET ${Prisma.join(cols)} WHERE "id" = ${id}${where ?? Prisma.empty}`;
}

/** What the row of a foreground run holds when it is first written (its own columns, minus what the run fills in). */
export type OpeningRow = Omit<
  Prisma.InteractionUncheckedCreateInput,
  "status" | "remoteId" | "steps" | "lastEventId"
> & {
  id: string;
  createdAt: Date;
};

/** The conversation's part of a turn's first write: a new conversation, or its new head and settings. */
export type ConversationWrite =
  | { create: { id: string; ownerId: string; title: string | null; settings?: Prisma.InputJsonValue } }
  | { update: { id: string; title?: string | null; settings?: Prisma.InputJsonValue } };

/** A run this process starts: its row, its conversation's change, and the lease it is written with. */
export interface Opening {
  row: OpeningRow;
  conversation?: ConversationWrite;
  lease: () => { leaseOwner: string; leaseUntil: Date };
}

/**
 * The database row of a run, as its durable writes see it. A run this
 * process starts is written behind its stream: nothing is written before
 * upstream answers and the first events are out. Its first durable write (a
 * step's end, the run's end, or a set delay after the request, whichever
 * comes first) inserts the row, the conversation's new head and the events
 * so far in one statement; later ones update the steps with the events. A
 * process that dies before the first write leaves nothing behind (the
 * upstream interaction it started is not followed).
 */
export class RunRow {
  private opening: Opening | undefined;
  /** The owner, when known without a read (a run started here). */
  readonly ownerId: string | undefined;
  /** The conversation the row belongs to (null: none), when known without a read. */
  readonly conversationId: string | null | undefined;
  /** The rows a read may name this one by (its conversation, parent and turn): see Recorder.touches. */
  readonly namedBy: readonly string[];
  /** Why the first write was refused (another turn took the branch, say): the run stops with it. */
  refusal: Error | undefined;

  constructor(
    readonly id: string,
    private fold: RunFold,
    opening?: Opening,
  ) {
    this.opening = opening;
    this.ownerId = opening?.row.ownerId;
    this.conversationId = opening ? (opening.row.conversationId ?? null) : undefined;
    const { conversationId, parentId, turnId } = opening?.row ?? {};
    this.namedBy = [conversationId, parentId, turnId].filter((k): k is string => !!k);
  }

  get written(): boolean {
    return !this.opening;
  }

  /** The first write created the conversation too (so undoing the row undoes both). */
  get createdConversation(): boolean {
    return !!this.firstWrite && "create" in this.firstWrite;
  }
  private firstWrite: ConversationWrite | undefined;

  /** The row's part of the next durable write: the row itself, at first, then its steps so far. */
  writes(): Prisma.Sql[] {
    const { fold } = this;
    const state = { steps: fold.acc.steps, lastEventId: fold.lastEventId ?? null, remoteId: fold.remoteId ?? null };
    const opening = this.opening;
    if (!opening) return [updateSql("Interaction", this.id, { ...state, updatedAt: new Date() })];
    const { conversation, row } = opening;
    const now = new Date();
    const interaction = insertSql("Interaction", {
      ...row,
      ...state,
      ...opening.lease(),
      status: fold.status,
      updatedAt: now,
    });
    if (!conversation) return [interaction];
    const head = { headId: row.id, updatedAt: now };
    if ("create" in conversation)
      return [insertSql("Conversation", { ...conversation.create, ...head, createdAt: row.createdAt }), interaction];
    const { id, ...changes } = conversation.update;
    return [updateSql("Conversation", id, { ...changes, ...head }), interaction];
  }

  /** The durable write that carried `writes()` went through. */
  wrote(): void {
    if (this.opening) this.firstWrite = this.opening.conversation;
    this.opening = undefined;
  }

  refuse(err: unknown): Error {
    this.refusal = isUniqueViolation(err) ? new ConflictError(BRANCH_BUSY) : (err as Error);
    return this.refusal;
  }
}

/**
 * The database allows one unfinished turn per branch point of a conversation
 * (a partial unique index, migration 20261130100000): a second sender racing
 * from the same head fails its INSERT, and gets this.
 */
export const BRANCH_BUSY =
  "Another turn is already running on this branch of the conversation; wait for it to finish or cancel it";

/** Prisma's "record to update/delete does not exist" (P2025): a row not there yet, or not any more. */
export const isRowGone = (err: unknown): boolean =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2025";

export function isUniqueViolation(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    if (err.code === "P2002") return true;
    const meta = JSON.stringify(err.meta ?? {});
    return err.code === "P2010" && (meta.includes("23505") || /unique/i.test(meta));
  }
  return err instanceof Error && /23505|unique constraint/i.test(err.message);
}
