import { tierOf } from "./capacity.ts";
import { stepEvents } from "./events.ts";
import { sleep } from "./http.ts";
import type { Reply } from "./model.ts";
import type { Rec, Store } from "./store.ts";
import type { JsonObject } from "./wire.ts";

/** A reply, plus how its run goes wrong or pauses (from faults and request options). */
export interface Plan extends Reply {
  /** Set when `status` is `requires_continuation`. */
  continuationToken?: string;
  /** The run fails after this many steps, ending `failed` with an `error` event. */
  failure?: { afterSteps: number; code: string; message: string };
  /** Starts `queued` (flex/deferred tiers) and waits one step delay for capacity. */
  queued?: boolean;
}

export interface Pacing {
  /** Pause before each delta (ms). */
  deltaDelayMs: number;
  /** Pause before each step of background runs and agents (ms). */
  backgroundStepDelayMs: number;
}

/**
 * Plays a planned reply into the interaction's event log over time, as the
 * model would produce it. Readers (create streams, GET streams, polling) all
 * see the same log. Stops quietly once the run is cancelled or deleted.
 */
export async function play(store: Store, rec: Rec, plan: Plan, pacing: Pacing): Promise<void> {
  const signal = rec.abort.signal;
  rec.status = plan.queued || store.capacity.busy() ? "queued" : "in_progress";
  store.append(rec, { event_type: "interaction.created", interaction: store.head(rec) });
  if (plan.queued) await sleep(pacing.backgroundStepDelayMs, signal);
  if (signal.aborted) return;
  // Under load the run waits here, `queued`, until the capacity serves its tier's turn.
  await store.capacity.acquire(rec.id, tierOf(rec.request.service_tier), signal);
  if (signal.aborted) return;
  rec.status = "in_progress";
  store.append(rec, { event_type: "interaction.status_update", interaction_id: rec.id, status: "in_progress" });
  for (const [index, step] of plan.steps.entries()) {
    if (plan.failure && index >= plan.failure.afterSteps) return fail(store, rec, plan.failure);
    if (rec.background) await sleep(pacing.backgroundStepDelayMs, signal);
    if (signal.aborted) return;
    rec.openStep = index;
    for (const ev of stepEvents(index, step)) {
      if (ev.event_type === "step.delta") await sleep(pacing.deltaDelayMs, signal);
      if (signal.aborted) return;
      store.append(rec, ev);
    }
    rec.steps.push(step);
    rec.openStep = undefined;
    store.append(rec, { event_type: "step.stop", index });
  }
  if (plan.failure) return fail(store, rec, plan.failure);
  rec.status = plan.status;
  rec.usage = plan.usage;
  rec.continuationToken = plan.continuationToken;
  store.append(rec, {
    event_type: "interaction.completed",
    interaction: { ...store.head(rec), usage: plan.usage as JsonObject },
  });
  store.finish(rec);
}

function fail(store: Store, rec: Rec, failure: NonNullable<Plan["failure"]>): void {
  rec.status = "failed";
  rec.errors = [{ code: failure.code, message: failure.message }];
  store.append(rec, { event_type: "error", error: { code: failure.code, message: failure.message } });
  store.finish(rec);
}

/** Stops a running interaction: its open step is closed, then it ends `cancelled`. */
export function cancelRun(store: Store, rec: Rec): void {
  rec.abort.abort();
  if (rec.openStep !== undefined) store.append(rec, { event_type: "step.stop", index: rec.openStep });
  rec.openStep = undefined;
  rec.status = "cancelled";
  store.append(rec, { event_type: "interaction.status_update", interaction_id: rec.id, status: "cancelled" });
  store.append(rec, { event_type: "interaction.completed", interaction: store.head(rec) });
  store.finish(rec);
}
