import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Json, JsonObject, RemoteStep } from "../gemini/types.ts";
import { stepEvents } from "./events.ts";
import { type Fault, Faults } from "./faults.ts";
import { inputTexts, respond } from "./model.ts";
import { type Rec, Store, type StoredEvent } from "./store.ts";

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** Pause before each streamed delta, to make streaming observable (ms). */
  deltaDelayMs?: number;
  /** Pause between steps of background runs and agents (ms). */
  backgroundStepDelayMs?: number;
}

export interface Emulator {
  url: string;
  store: Store;
  faults: Faults;
  /** Create request bodies in arrival order (for tests: what upstream received). */
  requests: JsonObject[];
  close(): Promise<void>;
}

const AGENTS = new Set(["deep-research-preview-04-2026", "antigravity-preview-05-2026"]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const CONTENT_TYPES = new Set(["text", "image", "audio", "video", "document"]);

/** The input as the user-side steps GET echoes: a string or Content becomes one user_input step. */
function userSteps(input: Json | undefined): RemoteStep[] {
  if (input === undefined || input === null) return [];
  if (typeof input === "string") return [{ type: "user_input", content: [{ type: "text", text: input }] }];
  const items = Array.isArray(input) ? input : [input];
  const first = items[0];
  const isContent =
    first && typeof first === "object" && !Array.isArray(first) && CONTENT_TYPES.has(String(first.type));
  if (isContent) return [{ type: "user_input", content: items }];
  return items.filter(
    (i): i is RemoteStep => !!i && typeof i === "object" && !Array.isArray(i) && typeof i.type === "string",
  );
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly statusText: string,
  ) {
    super(message);
  }
}
const bad = (message: string) => new HttpError(400, message, "INVALID_ARGUMENT");
const notFound = (message: string) => new HttpError(404, message, "NOT_FOUND");

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, err: HttpError, retryAfterMs?: number) {
  const headers: Record<string, string> = retryAfterMs !== undefined ? { "retry-after-ms": String(retryAfterMs) } : {};
  sendJson(res, err.status, { error: { code: err.status, message: err.message, status: err.statusText } }, headers);
}

async function readBody(req: IncomingMessage): Promise<JsonObject> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error();
    return parsed as JsonObject;
  } catch {
    throw bad("Invalid JSON payload received.");
  }
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const store = new Store();
  const faults = new Faults();
  const requests: JsonObject[] = [];
  const deltaDelayMs = opts.deltaDelayMs ?? 0;
  const bgDelayMs = opts.backgroundStepDelayMs ?? 20;

  /** Produces the interaction's events over time, as a model would. */
  async function play(rec: Rec, steps: RemoteStep[], final: { status: string; usage: Rec["usage"] }) {
    const head = {
      id: rec.id,
      object: "interaction",
      status: "in_progress",
      created: rec.created,
      ...(rec.model ? { model: rec.model } : { agent: rec.agent ?? "" }),
    };
    store.append(rec, { event_type: "interaction.created", interaction: head });
    store.append(rec, { event_type: "interaction.status_update", interaction_id: rec.id, status: "in_progress" });
    for (const [index, step] of steps.entries()) {
      if (rec.background) await sleep(bgDelayMs);
      for (const ev of stepEvents(index, step)) {
        if (rec.abort.signal.aborted) return;
        if (deltaDelayMs && ev.event_type === "step.delta") await sleep(deltaDelayMs);
        store.append(rec, ev);
      }
      if (rec.abort.signal.aborted) return;
      rec.steps.push(step);
      store.append(rec, { event_type: "step.stop", index });
    }
    rec.status = final.status;
    rec.usage = final.usage;
    store.append(rec, {
      event_type: "interaction.completed",
      interaction: { ...head, status: rec.status, usage: rec.usage as JsonObject },
    });
    store.finish(rec);
  }

  function createRec(body: JsonObject): Rec {
    const model = typeof body.model === "string" ? body.model : undefined;
    const agent = typeof body.agent === "string" ? body.agent : undefined;
    if (!model === !agent) throw bad("Exactly one of model or agent must be set.");
    if (body.input === undefined && body.continuation_token === undefined) throw bad("input is required.");
    if (model && !/^gemini-[\w.-]+$/.test(model))
      throw notFound(`models/${model} is not found for API version v1beta.`);
    if (agent && !AGENTS.has(agent)) throw notFound(`agents/${agent} is not found.`);
    const stored = body.store !== false;
    const background = body.background === true;
    if (!stored && background) throw bad("background requires store to be enabled.");
    if (agent && !background) throw bad(`Agent ${agent} only supports background execution; set background: true.`);
    let previous: Rec | undefined;
    if (typeof body.previous_interaction_id === "string") {
      previous = store.find(body.previous_interaction_id);
      if (!previous) throw notFound(`Interaction ${body.previous_interaction_id} was not found.`);
    }
    const { texts } = inputTexts(body.input);
    const inputSteps = userSteps(body.input);
    const userTexts = [...(previous?.userTexts ?? []), ...(texts.length ? [texts.join(" ")] : [])];
    const { input: _input, stream: _stream, ...request } = body;
    return store.create({ model, agent, request, inputSteps, userTexts, previousId: previous?.id, background, stored });
  }

  async function writeStream(res: ServerResponse, events: AsyncIterable<StoredEvent>, fault: Fault | undefined) {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    let sent = 0;
    for await (const ev of events) {
      if (res.destroyed) return;
      if (fault?.cutAfter !== undefined && sent >= fault.cutAfter) {
        res.destroy();
        return;
      }
      if (fault?.stallAfter !== undefined && sent >= fault.stallAfter) return; // keep the socket open, send nothing
      res.write(`event: ${ev.event_type}\ndata: ${JSON.stringify(ev)}\n\n`);
      sent += 1;
    }
    res.end("event: done\ndata: [DONE]\n\n");
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://emulator");
    const path = url.pathname;
    if (path.startsWith("/_emulator/")) return control(req, res, path);
    const m = path.match(/^(?:\/.*)?\/v1[a-z0-9]*\/interactions(?:\/([^/]+))?(?:\/(cancel))?$/);
    if (!m) throw notFound(`No route for ${req.method} ${path}`);
    if (!req.headers["x-goog-api-key"])
      throw new HttpError(401, "API key not valid. Please pass a valid API key.", "UNAUTHENTICATED");
    const id = m[1] ? decodeURIComponent(m[1]) : undefined;
    const op = !id ? "create" : m[2] ? "cancel" : req.method === "DELETE" ? "delete" : "get";
    const body = req.method === "POST" && !id ? await readBody(req) : {};
    const streaming =
      op === "create" ? body.stream === true : op === "get" && url.searchParams.get("stream") === "true";
    const header = req.headers["x-emulator-fault"];
    const fault = typeof header === "string" ? (JSON.parse(header) as Fault) : faults.take(op, streaming);
    if (fault?.status) {
      return sendError(
        res,
        new HttpError(fault.status, fault.message ?? "Injected fault", "INJECTED"),
        fault.retryAfterMs ?? 1,
      );
    }

    if (op === "create") {
      if (req.method !== "POST") throw notFound(`No route for ${req.method} ${path}`);
      requests.push(body);
      const rec = createRec(body);
      const reply = respond({
        userTexts: rec.userTexts,
        functionResults: inputTexts(body.input).functionResults,
        request: body,
      });
      void play(rec, reply.steps, reply);
      if (streaming) return writeStream(res, store.tail(rec), fault);
      if (rec.background) return sendJson(res, 200, store.view(rec, { withInput: false }));
      for await (const _ of store.tail(rec)) {
        // wait for the run to finish
      }
      return sendJson(res, 200, store.view(rec, { withInput: false }));
    }
    const rec = store.find(id as string);
    if (!rec) throw notFound(`Interaction ${id} was not found.`);
    if (op === "get") {
      if (req.method !== "GET") throw notFound(`No route for ${req.method} ${path}`);
      if (streaming)
        return writeStream(res, store.tail(rec, url.searchParams.get("last_event_id") ?? undefined), fault);
      return sendJson(res, 200, store.view(rec, { withInput: true }));
    }
    if (op === "delete") {
      store.recs.delete(rec.id);
      rec.abort.abort();
      store.finish(rec);
      return sendJson(res, 200, {});
    }
    if (!rec.background) throw bad("Only background interactions can be cancelled.");
    if (rec.done) throw bad(`Interaction ${rec.id} is already ${rec.status}.`);
    rec.abort.abort();
    rec.status = "cancelled";
    store.append(rec, { event_type: "interaction.status_update", interaction_id: rec.id, status: "cancelled" });
    store.append(rec, {
      event_type: "interaction.completed",
      interaction: { id: rec.id, object: "interaction", status: "cancelled" },
    });
    store.finish(rec);
    return sendJson(res, 200, store.view(rec, { withInput: false }));
  }

  async function control(req: IncomingMessage, res: ServerResponse, path: string) {
    if (path === "/_emulator/faults" && req.method === "POST") {
      const body = await readBody(req);
      faults.add((body.faults as Fault[] | undefined) ?? []);
      return sendJson(res, 200, {});
    }
    if (path === "/_emulator/reset" && req.method === "POST") {
      faults.clear();
      requests.length = 0;
      return sendJson(res, 200, {});
    }
    if (path === "/_emulator/requests") return sendJson(res, 200, { requests });
    const expire = path.match(/^\/_emulator\/interactions\/([^/]+)\/expire$/);
    if (expire && req.method === "POST") {
      const rec = store.recs.get(decodeURIComponent(expire[1] as string));
      if (!rec) throw notFound("unknown interaction");
      rec.expired = true;
      return sendJson(res, 200, {});
    }
    throw notFound(`No route for ${req.method} ${path}`);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (err instanceof HttpError) return sendError(res, err);
      sendError(res, new HttpError(500, "Internal error", "INTERNAL"));
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const rec of store.recs.values()) rec.abort.abort();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
