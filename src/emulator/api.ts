import type { IncomingMessage, ServerResponse } from "node:http";
import { prepareCreate } from "./create.ts";
import type { Fault, Faults, RequestOp } from "./faults.ts";
import { bad, HttpError, notFound, readBody, sendJson, sleep, statusText } from "./http.ts";
import { cancelRun, type Pacing, play } from "./runner.ts";
import { closed, disconnectSignal, writeSse } from "./sse.ts";
import type { Rec, Store } from "./store.ts";
import type { JsonObject } from "./wire.ts";

/** One HTTP request to the REST surface, as the emulator saw and answered it. */
export interface LogEntry {
  method: string;
  path: string;
  op: RequestOp;
  streaming: boolean;
  /** The status answered (0 while unanswered, or when the connection was dropped). */
  readonly status: number;
  /** The fault applied to this request, if any. */
  fault?: Fault;
  interactionId?: string;
}

export interface ApiState {
  store: Store;
  faults: Faults;
  requests: JsonObject[];
  log: LogEntry[];
  stats: { creates: number };
  pacing: Pacing;
}

/** Appends, dropping the oldest entries beyond `max` (the logs are bounded like the interactions). */
function keepLast<T>(list: T[], item: T, max: number): void {
  list.push(item);
  if (list.length > max) list.splice(0, list.length - max);
}

const ROUTE = /^(?:\/.*)?\/v1[a-z0-9]*\/interactions(?:\/([^/]+))?(?:\/(cancel))?$/;

/** A REST request matched: a create, or an operation on one interaction. */
type Route = { op: "create" } | { op: Exclude<RequestOp, "create">; id: string };

/** Matches a REST path; undefined when it is not one (404). */
export function route(method: string, path: string): Route | undefined {
  const m = path.match(ROUTE);
  if (!m) return undefined;
  const id = m[1] ? decodeURIComponent(m[1]) : undefined;
  if (!id) return method === "POST" ? { op: "create" } : undefined;
  if (m[2]) return method === "POST" ? { op: "cancel", id } : undefined;
  if (method === "GET") return { op: "get", id };
  if (method === "DELETE") return { op: "delete", id };
  return undefined;
}

function injectedError(fault: Fault, status: number): HttpError {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
  if (fault.retryAfterMs !== undefined || fault.retryAfter === undefined)
    headers["retry-after-ms"] = String(fault.retryAfterMs ?? 1);
  return new HttpError(status, fault.message ?? `Injected ${status} fault`, statusText(status), headers);
}

/** Serves one REST request; throws HttpError for error answers. */
export async function serveApi(state: ApiState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method ?? "GET";
  const r = route(method, url.pathname);
  if (!r) throw notFound(`No route for ${method} ${url.pathname}`);
  const entry = logRequest(state, method, r.op, res, url);
  if (!req.headers["x-goog-api-key"] && !url.searchParams.get("key"))
    throw new HttpError(401, "API key not valid. Please pass a valid API key.", "UNAUTHENTICATED");
  const body = r.op === "create" ? await readBody(req) : {};
  if (r.op === "create") entry.streaming = body.stream === true;
  const fault = faultOf(state, req, r.op, entry.streaming);
  if (fault) entry.fault = fault;
  if (fault?.delayMs) await sleep(fault.delayMs);
  if (fault?.status) throw injectedError(fault, fault.status);
  const answer: Answer = { state, res, fault, streaming: entry.streaming };
  if (r.op === "create") return create(answer, body, entry);
  const rec = state.store.find(r.id);
  if (!rec) throw notFound(`Interaction ${r.id} was not found.`);
  entry.interactionId = rec.id;
  if (r.op === "get") return get(answer, rec, url);
  if (r.op === "delete") return remove(answer, rec);
  return cancel(answer, rec);
}

/** Logs a request as it comes in; its status is read from the answer later. */
function logRequest(state: ApiState, method: string, op: RequestOp, res: ServerResponse, url: URL): LogEntry {
  const entry: LogEntry = {
    method,
    path: url.pathname,
    op,
    streaming: op === "get" ? url.searchParams.get("stream") === "true" : false,
    // Read live: the answer's status as soon as its head is written.
    get status() {
      return res.headersSent ? res.statusCode : 0;
    },
  };
  keepLast(state.log, entry, state.store.retention.maxInteractions);
  return entry;
}

/** The fault a request carries in its header, or else the next one queued for its operation. */
function faultOf(state: ApiState, req: IncomingMessage, op: RequestOp, streaming: boolean): Fault | undefined {
  const header = req.headers["x-emulator-fault"];
  try {
    return typeof header === "string"
      ? state.faults.fromHeader(header, op, streaming)
      : state.faults.take(op, streaming);
  } catch {
    throw bad("x-emulator-fault must be a JSON object.");
  }
}

/** Where and how one request is answered. */
interface Answer {
  state: ApiState;
  res: ServerResponse;
  fault: Fault | undefined;
  streaming: boolean;
}

/** A JSON answer that is cut or stalled never arrives: the socket drops, or hangs. True when it was so. */
async function unanswered({ res, fault, streaming }: Answer): Promise<boolean> {
  if (streaming) return false;
  if (fault?.cutAfter !== undefined) res.destroy();
  else if (fault?.stallAfter !== undefined) await closed(res);
  else return false;
  return true;
}

async function create(answer: Answer, body: JsonObject, entry: LogEntry): Promise<void> {
  const { state, res, fault } = answer;
  keepLast(state.requests, body, state.store.retention.maxInteractions);
  const { rec, plan } = prepareCreate(state.store, body, fault);
  state.stats.creates += 1;
  entry.interactionId = rec.id;
  void play(state.store, rec, plan, state.pacing);
  // Accepted and running upstream, but the client hears nothing of it.
  if (fault?.resetAfterCreate) return void res.destroy();
  if (fault?.stallCreate) return closed(res);
  if (answer.streaming) return writeSse(res, state.store.tail(rec, undefined, disconnectSignal(res)), fault);
  if (!rec.background) await state.store.settled(rec);
  if (await unanswered(answer)) return;
  return sendJson(res, 200, state.store.view(rec, { on: "create" }));
}

async function get(answer: Answer, rec: Rec, url: URL): Promise<void> {
  const { state, res, fault } = answer;
  if (answer.streaming) return streamGet(state, rec, url, res, fault);
  if (await unanswered(answer)) return;
  return sendJson(
    res,
    200,
    state.store.view(rec, { on: "get", includeInput: url.searchParams.get("include_input") === "true" }),
  );
}

async function remove(answer: Answer, rec: Rec): Promise<void> {
  const { state, res } = answer;
  state.store.recs.delete(rec.id);
  rec.expired = true;
  rec.abort.abort();
  if (!rec.done) state.store.finish(rec);
  if (await unanswered(answer)) return;
  return sendJson(res, 200, {});
}

async function cancel(answer: Answer, rec: Rec): Promise<void> {
  const { state, res } = answer;
  if (!rec.background)
    throw bad(
      `Interaction ${rec.id} was not created with background: true; only background interactions can be cancelled.`,
    );
  if (rec.done) throw bad(`Interaction ${rec.id} is already ${rec.status} and cannot be cancelled.`);
  cancelRun(state.store, rec);
  if (await unanswered(answer)) return;
  return sendJson(res, 200, state.store.view(rec, { on: "cancel" }));
}

async function streamGet(state: ApiState, rec: Rec, url: URL, res: ServerResponse, fault: Fault | undefined) {
  const after = url.searchParams.get("last_event_id") ?? undefined;
  if (after !== undefined && !rec.events.some((e) => e.event_id === after))
    throw bad(`last_event_id ${after} is not an event of interaction ${rec.id}.`);
  return writeSse(res, state.store.tail(rec, after, disconnectSignal(res)), fault);
}
