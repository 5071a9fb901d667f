import type { Json, JsonObject, RemoteStep, RemoteUsage } from "../gemini/types.ts";
import type { PendingEvent } from "./events.ts";

export interface StoredEvent extends JsonObject {
  event_type: string;
  event_id: string;
}

/** One emulated upstream interaction and its event log. */
export interface Rec {
  id: string;
  model?: string;
  agent?: string;
  status: string;
  created: string;
  updated: string;
  request: JsonObject;
  /** The user-side steps of this turn (echoed first on GET). */
  inputSteps: RemoteStep[];
  /** User texts of the whole chain up to and including this turn. */
  userTexts: string[];
  steps: RemoteStep[];
  usage?: RemoteUsage;
  errors?: { code: string; message: string }[];
  previousId?: string;
  background: boolean;
  stored: boolean;
  /** Gone upstream: GET and chaining answer 404. */
  expired: boolean;
  events: StoredEvent[];
  done: boolean;
  waiters: Set<() => void>;
  abort: AbortController;
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");

export class Store {
  readonly recs = new Map<string, Rec>();
  private counter = 0;

  create(
    init: Pick<
      Rec,
      "model" | "agent" | "request" | "inputSteps" | "userTexts" | "previousId" | "background" | "stored"
    >,
  ): Rec {
    this.counter += 1;
    const id = `v1_${this.counter.toString(36).padStart(6, "0")}${Math.random().toString(36).slice(2, 10)}`;
    const t = now();
    const rec: Rec = {
      ...init,
      id,
      status: "in_progress",
      created: t,
      updated: t,
      steps: [],
      expired: false,
      events: [],
      done: false,
      waiters: new Set(),
      abort: new AbortController(),
    };
    if (rec.stored) this.recs.set(id, rec);
    return rec;
  }

  /** A stored, unexpired interaction, or undefined. */
  find(id: string): Rec | undefined {
    const rec = this.recs.get(id);
    return rec && !rec.expired ? rec : undefined;
  }

  append(rec: Rec, event: PendingEvent): StoredEvent {
    const stored = { ...event, event_id: `e${rec.events.length + 1}` } as StoredEvent;
    rec.events.push(stored);
    rec.updated = now();
    this.wake(rec);
    return stored;
  }

  finish(rec: Rec): void {
    rec.done = true;
    this.wake(rec);
  }

  private wake(rec: Rec): void {
    for (const w of rec.waiters) w();
    rec.waiters.clear();
  }

  /** Events after `afterEventId` (all when absent), then live ones until the run ends. */
  async *tail(rec: Rec, afterEventId?: string, signal?: AbortSignal): AsyncGenerator<StoredEvent> {
    let i = afterEventId ? rec.events.findIndex((e) => e.event_id === afterEventId) + 1 : 0;
    while (!signal?.aborted) {
      while (i < rec.events.length) yield rec.events[i++] as StoredEvent;
      if (rec.done) return;
      await new Promise<void>((resolve) => {
        rec.waiters.add(resolve);
        signal?.addEventListener("abort", () => resolve(), { once: true });
      });
    }
  }

  /** The resource as upstream returns it. GET includes the user's input steps first. */
  view(rec: Rec, opts: { withInput: boolean }): JsonObject {
    const body: JsonObject = {
      id: rec.id,
      object: "interaction",
      status: rec.status,
      created: rec.created,
      updated: rec.updated,
      steps: opts.withInput ? [...rec.inputSteps, ...rec.steps] : rec.steps,
    };
    if (rec.model) body.model = rec.model;
    if (rec.agent) body.agent = rec.agent;
    if (rec.usage) body.usage = rec.usage as Json;
    if (rec.previousId) body.previous_interaction_id = rec.previousId;
    if (rec.errors) body.errors = rec.errors;
    return body;
  }
}
