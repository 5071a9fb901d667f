import type { JsonObject } from "../../gemini/types.ts";
import { isObj } from "../../gemini/types.ts";
import { AppError } from "../../infra/errors.ts";
import type { Listening, Receiver } from "../../infra/pubsub.ts";
import type { LoggedEvent } from "./types.ts";

/**
 * Live events a subscriber has not taken yet from which its waiting text and thought deltas are
 * merged: a subscriber that keeps up gets every delta as it comes.
 */
export const COALESCE_BEHIND = 64;

/**
 * Readers are woken once the turn of the event loop that published events ends, not per event: a
 * reader woken per event would take each one before the next is published (both run as microtasks
 * of the same burst), so a burst of a fast stream went out one execution and one frame per delta,
 * and a reader never found COALESCE_BEHIND waiting to merge.
 */
let ending = false;
const due = new Set<LiveQueue>();
function endTurn(): void {
  ending = false;
  for (const q of due) q.wakeNow();
  due.clear();
}

type Delta = JsonObject & { type: string };
/** A merged delta names the first event it carries, so it is told apart from that event alone. */
export type Merged = LoggedEvent & { fromSeq?: number };

/** The text a delta carries when it is nothing but text (other fields would be lost in a merge). */
function textOf(d: Delta): string | null {
  const keys = Object.keys(d);
  if (d.type === "text") return keys.length === 2 && typeof d.text === "string" ? d.text : null;
  if (d.type !== "thought_summary" || keys.length !== 2 || !isObj(d.content)) return null;
  const c = d.content;
  return Object.keys(c).length === 2 && c.type === "text" && typeof c.text === "string" ? c.text : null;
}

const withText = (d: Delta, text: string): Delta =>
  d.type === "text" ? { type: "text", text } : { type: d.type, content: { type: "text", text } };

/**
 * One interaction's live events off the bus, held for a reader: at most `limit` it has not taken
 * yet, then SLOW_CONSUMER (it can resume with its last cursor). The bus hands each event straight
 * to `receive` (no per-subscriber Repeater or pump in between); listening starts at once (the caller
 * reads the log after that, so nothing is missed) and ends with `close`.
 */
export class LiveQueue implements Receiver<LoggedEvent> {
  private items: LoggedEvent[] = [];
  private head = 0;
  private wake: (() => void) | undefined;
  private end: { error: Error } | undefined;
  private readonly listening: Listening;

  constructor(
    listen: (queue: LiveQueue) => Listening,
    private limit: number,
  ) {
    this.listening = listen(this);
  }

  receive(e: LoggedEvent): void {
    if (this.end) return;
    if (this.items.length - this.head >= this.limit) {
      const hint = "subscribe again with the last cursor as `after`";
      this.stop(new AppError("SLOW_CONSUMER", `The client fell more than ${this.limit} events behind; ${hint}`));
      return;
    }
    this.items.push(e);
    if (!this.wake) return;
    due.add(this);
    if (!ending) {
      ending = true;
      setImmediate(endTurn);
    }
  }

  /** Called by endTurn only. */
  wakeNow(): void {
    this.wake?.();
  }

  private stop(error: Error): void {
    this.end ??= { error };
    this.listening.stop();
    this.wake?.();
  }

  /** The next live event (what waited behind it merged into it, for a reader that is behind); null once closed. */
  async next(): Promise<Merged | null> {
    while (this.head >= this.items.length) {
      if (this.end) {
        if (this.end.error.message === CLOSED) return null;
        throw this.end.error;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
    const behind = this.items.length - this.head;
    const first = this.take();
    return behind >= COALESCE_BEHIND ? this.coalesce(first) : first;
  }

  private take(): LoggedEvent {
    const e = this.items[this.head++];
    if (!e) throw new Error("take() past the queue's end");
    // Compact now and then rather than shift() per event.
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return e;
  }

  /** `first` and the text deltas of its step waiting right behind it, as one event whose cursor is the last. */
  private coalesce(first: LoggedEvent): Merged {
    if (first.kind !== "step_delta") return first;
    const start = textOf(first.delta);
    if (start === null) return first;
    let text = start;
    let last: LoggedEvent = first;
    for (let next = this.items[this.head]; next; next = this.items[this.head]) {
      if (next.kind !== "step_delta" || next.index !== first.index || next.seq !== last.seq + 1) break;
      const piece = next.delta.type === first.delta.type ? textOf(next.delta) : null;
      if (piece === null) break;
      text += piece;
      last = this.take();
    }
    if (last === first) return first;
    return { ...first, delta: withText(first.delta, text), seq: last.seq, eid: last.eid, fromSeq: first.seq };
  }

  /** Stops listening: a reader waiting in `next` gets null. */
  close(): void {
    this.stop(new Error(CLOSED));
    this.items = [];
    this.head = 0;
  }
}

const CLOSED = "live queue closed";
