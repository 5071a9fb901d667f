import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiState } from "./api.ts";
import type { Fault } from "./faults.ts";
import { bad, notFound, readBody, readJson, sendJson } from "./http.ts";
import { isObj } from "./json.ts";
import type { Json, JsonObject } from "./wire.ts";

/** What `GET /_emulator/stats` answers. */
export interface Stats {
  /** Create requests accepted (an interaction was made); faulted and rejected ones are not counted. */
  creates: number;
  /** Every request to the REST surface, faulted ones included. */
  requests: number;
  /** Interactions stored now. */
  interactions: number;
  /** Stored interactions still running. */
  running: number;
  pendingFaults: number;
}

export function stats(state: ApiState): Stats {
  const recs = [...state.store.recs.values()];
  return {
    creates: state.stats.creates,
    requests: state.log.length,
    interactions: recs.length,
    running: recs.filter((r) => !r.done).length,
    pendingFaults: state.faults.pending(),
  };
}

/**
 * The test-control surface, for tests and tools that drive the emulator over
 * HTTP (the in-process API is `emulator.faults` / `.requests` / `.log`):
 *   POST   /_emulator/faults  {faults: Fault[]} | Fault[] | Fault   queue faults
 *   GET    /_emulator/faults                                        queued faults
 *   DELETE /_emulator/faults                                        clear them
 *   POST   /_emulator/reset    clear faults, request log and counters (interactions stay)
 *   GET    /_emulator/requests {requests: create bodies, log: every REST request}
 *   GET    /_emulator/stats    Stats
 *   GET|POST /_emulator/config {deltaDelayMs?, backgroundStepDelayMs?, capacity?, retryAfterSeconds?}
 *            capacity: runs served at once (null: no limit, 0: hold all); see capacity.ts
 *   POST   /_emulator/interactions/:id/expire   later GETs and chaining answer 404
 */
export async function serveControl(state: ApiState, req: IncomingMessage, res: ServerResponse, path: string) {
  const method = req.method ?? "GET";
  if (path === "/_emulator/faults") {
    if (method === "POST") {
      const raw = (await readJson(req)) ?? [];
      const list = Array.isArray(raw) ? raw : isObj(raw) && Array.isArray(raw.faults) ? raw.faults : [raw];
      if (!list.every(isObj)) throw bad("faults must be objects.");
      state.faults.add(list as unknown as Fault[]);
      return sendJson(res, 200, { pending: state.faults.pending() });
    }
    if (method === "GET") return sendJson(res, 200, { faults: state.faults.list() });
    if (method === "DELETE") {
      state.faults.clear();
      return sendJson(res, 200, {});
    }
  }
  if (path === "/_emulator/reset" && method === "POST") {
    state.faults.clear();
    state.requests.length = 0;
    state.log.length = 0;
    state.stats.creates = 0;
    return sendJson(res, 200, {});
  }
  if (path === "/_emulator/requests" && method === "GET")
    return sendJson(res, 200, { requests: state.requests, log: state.log });
  if (path === "/_emulator/stats" && method === "GET") return sendJson(res, 200, stats(state));
  if (path === "/_emulator/config") {
    if (method === "POST") configure(state, await readBody(req));
    if (method === "POST" || method === "GET")
      return sendJson(res, 200, { ...state.pacing, ...state.store.capacity.load });
  }
  const expire = path.match(/^\/_emulator\/interactions\/([^/]+)\/expire$/)?.[1];
  if (expire && method === "POST") {
    const rec = state.store.recs.get(decodeURIComponent(expire));
    if (!rec) throw notFound("unknown interaction");
    rec.expired = true;
    return sendJson(res, 200, {});
  }
  throw notFound(`No route for ${method} ${path}`);
}

const nonNegative = (key: string, v: Json | undefined): number | undefined => {
  if (v === undefined) return undefined;
  if (typeof v !== "number" || v < 0) throw bad(`${key} must be a non-negative number.`);
  return v;
};

/** Applies a `POST /_emulator/config` body, all of it checked before any of it applies. */
function configure(state: ApiState, body: JsonObject): void {
  const deltaDelayMs = nonNegative("deltaDelayMs", body.deltaDelayMs);
  const backgroundStepDelayMs = nonNegative("backgroundStepDelayMs", body.backgroundStepDelayMs);
  const capacity = body.capacity === null ? null : nonNegative("capacity", body.capacity);
  if (typeof capacity === "number" && !Number.isInteger(capacity)) throw bad("capacity must be an integer or null.");
  const retryAfterSeconds = nonNegative("retryAfterSeconds", body.retryAfterSeconds);
  if (deltaDelayMs !== undefined) state.pacing.deltaDelayMs = deltaDelayMs;
  if (backgroundStepDelayMs !== undefined) state.pacing.backgroundStepDelayMs = backgroundStepDelayMs;
  state.store.capacity.set({
    ...(capacity !== undefined ? { capacity } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });
}
