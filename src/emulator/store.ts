import { AgentResources } from "./agent-resources.ts";
import { Capacity } from "./capacity.ts";
import { Sandboxes } from "./environments.ts";
import type { PendingEvent } from "./events.ts";
import type { Reply } from "./model.ts";
import type { Json, JsonObject, WireStep, WireUsage } from "./wire.ts";

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
  /** The create body minus `input` and `stream` (its config is echoed on GET). */
  request: JsonObject;
  /** The create body's `input` as sent (returned with `include_input=true`). */
  input?: Json;
  /** The user-side steps of this turn (echoed first on GET). */
  inputSteps: WireStep[];
  /** User texts of the whole chain up to and including this turn. */
  userTexts: string[];
  steps: WireStep[];
  usage?: WireUsage;
  errors?: { code: string; message: string }[];
  previousId?: string;
  background: boolean;
  stored: boolean;
  /** Gone upstream: GET and chaining answer 404. */
  expired: boolean;
  continuationToken?: string;
  environmentId?: string;
  /** Index of the step being streamed right now, so a cancel can close it. */
  openStep?: number;
  events: StoredEvent[];
  done: boolean;
  /** When the run ended (ms since the epoch): retention counts from here. */
  endedAt?: number;
  waiters: Set<() => void>;
  abort: AbortController;
}

/** The rest of an answer a `continuation_token` resumes, and the hop that issued it. */
export interface Continuation {
  ownerId: string;
  hops: Reply[];
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");

/** Request config upstream echoes on the resource. */
const ECHOED = [
  "system_instruction",
  "tools",
  "generation_config",
  "response_format",
  "safety_settings",
  "service_tier",
  "labels",
  "webhook_config",
  "agent_config",
];

/**
 * How much the emulator remembers: finished interactions beyond `maxInteractions` (oldest
 * first) or older than `maxAgeMs` are forgotten (GET answers 404, as upstream does after its
 * retention); the request logs keep the last `maxInteractions` entries.
 */
export interface Retention {
  maxInteractions: number;
  maxAgeMs: number;
}

/** Tests look back at what they sent: generous. The server's built-in emulator passes its config. */
export const DEFAULT_RETENTION: Retention = { maxInteractions: 10_000, maxAgeMs: 24 * 3_600_000 };

export class Store {
  constructor(readonly retention: Retention = DEFAULT_RETENTION) {}
  readonly recs = new Map<string, Rec>();
  readonly continuations = new Map<string, Continuation>();
  readonly environments = new Sandboxes();
  /** Custom agents made through the `agents` resource. */
  readonly agents = new AgentResources();
  /** How many runs upstream serves at once, and who waits (service tiers). */
  readonly capacity = new Capacity();
  /** Runs not yet ended, stored or not, so closing the emulator can stop them all. */
  readonly live = new Set<Rec>();
  /** Told of every run's end (webhook deliveries listen here). */
  readonly onFinish = new Set<(rec: Rec) => void>();
  private counter = 0;
  private calls = 0;

  /** Unique step ids for calls of every kind. */
  nextCallId = (): string => {
    this.calls += 1;
    return `call_${this.calls}`;
  };

  newId(prefix: string): string {
    this.counter += 1;
    return `${prefix}_${this.counter.toString(36).padStart(6, "0")}${Math.random().toString(36).slice(2, 10)}`;
  }

  create(
    init: Pick<
      Rec,
      "model" | "agent" | "request" | "input" | "inputSteps" | "userTexts" | "previousId" | "background" | "stored"
    >,
  ): Rec {
    const t = now();
    const rec: Rec = {
      ...init,
      id: this.newId("v1"),
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
    if (rec.stored) this.recs.set(rec.id, rec);
    this.live.add(rec);
    return rec;
  }

  /** A stored, unexpired interaction, or undefined. */
  find(id: string): Rec | undefined {
    const rec = this.recs.get(id);
    return rec && !rec.expired ? rec : undefined;
  }

  append(rec: Rec, event: PendingEvent): StoredEvent {
    const { event_type, ...rest } = event;
    const stored: StoredEvent = { event_type, event_id: `evt_${rec.events.length + 1}`, ...rest };
    rec.events.push(stored);
    rec.updated = now();
    this.wake(rec);
    return stored;
  }

  finish(rec: Rec): void {
    this.live.delete(rec);
    this.capacity.release(rec.id);
    rec.done = true;
    rec.endedAt = Date.now();
    rec.updated = now();
    this.wake(rec);
    for (const listener of this.onFinish) listener(rec);
    this.sweep();
  }

  /** Forgets finished interactions over the count or past their age, with their continuations. */
  sweep(at = Date.now()): void {
    const { maxInteractions, maxAgeMs } = this.retention;
    let excess = this.recs.size - maxInteractions;
    const forgotten = new Set<string>();
    // Insertion order is creation order: the oldest come first, and a young one ends the scan.
    for (const rec of this.recs.values()) {
      const old = rec.endedAt !== undefined && rec.endedAt <= at - maxAgeMs;
      if (excess <= 0 && !old && rec.done) break;
      if (!rec.done || (excess <= 0 && !old)) continue;
      this.recs.delete(rec.id);
      forgotten.add(rec.id);
      excess -= 1;
    }
    if (!forgotten.size) return;
    for (const [token, c] of this.continuations) if (forgotten.has(c.ownerId)) this.continuations.delete(token);
  }

  private wake(rec: Rec): void {
    for (const w of rec.waiters) w();
    rec.waiters.clear();
  }

  /** Events after `afterEventId` (all when absent), then live ones until the run ends. */
  async *tail(rec: Rec, afterEventId?: string, signal?: AbortSignal): AsyncGenerator<StoredEvent> {
    let i = afterEventId ? rec.events.findIndex((e) => e.event_id === afterEventId) + 1 : 0;
    while (!signal?.aborted) {
      for (let ev = rec.events[i]; ev; ev = rec.events[++i]) yield ev;
      if (rec.done) return;
      // One abort listener per wait, removed when the wait ends: a long stream waits many times.
      await new Promise<void>((resolve) => {
        const done = () => {
          signal?.removeEventListener("abort", done);
          rec.waiters.delete(done);
          resolve();
        };
        rec.waiters.add(done);
        signal?.addEventListener("abort", done, { once: true });
      });
    }
  }

  /** Waits until the run has ended. */
  async settled(rec: Rec): Promise<void> {
    while (!rec.done) await new Promise<void>((resolve) => rec.waiters.add(resolve));
  }

  /** The head of the resource, as `interaction.created` / `interaction.completed` carry it. */
  head(rec: Rec): JsonObject {
    const body: JsonObject = { id: rec.id, object: "interaction", status: rec.status };
    if (rec.model) body.model = rec.model;
    if (rec.agent) body.agent = rec.agent;
    body.created = rec.created;
    body.updated = rec.updated;
    if (typeof rec.request.service_tier === "string") body.service_tier = rec.request.service_tier;
    if (rec.environmentId) body.environment_id = rec.environmentId;
    if (rec.continuationToken && rec.status === "requires_continuation")
      body.continuation_token = rec.continuationToken;
    return body;
  }

  /**
   * The resource as upstream returns it. On create only the steps this call
   * produced (none for a background create); on GET the user's input first.
   */
  view(rec: Rec, opts: { on: "create" | "get" | "cancel"; includeInput?: boolean }): JsonObject {
    const body = this.head(rec);
    if (!(opts.on === "create" && rec.background)) {
      body.steps = opts.on === "get" ? [...rec.inputSteps, ...rec.steps] : rec.steps;
    }
    if (rec.usage) body.usage = rec.usage as JsonObject;
    if (rec.previousId) body.previous_interaction_id = rec.previousId;
    if (rec.errors) body.errors = rec.errors;
    for (const key of ECHOED) if (rec.request[key] !== undefined) body[key] = rec.request[key] as Json;
    if (opts.includeInput && rec.input !== undefined) body.input = rec.input;
    return body;
  }
}
