import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { bad, HttpError, notFound, readBody, sendJson } from "./http.ts";
import { isObj } from "./json.ts";
import type { Json, JsonObject } from "./wire.ts";

/** The events upstream's webhooks can subscribe to (SDK 2.32 `WebhookSubscribedEvent`). */
export const WEBHOOK_EVENTS = [
  "batch.succeeded",
  "batch.expired",
  "batch.failed",
  "interaction.requires_action",
  "interaction.completed",
  "interaction.failed",
  "video.generated",
];

export type HookState = "enabled" | "disabled" | "disabled_due_to_failed_deliveries";

/** A signing secret; `expireAt` (ms) is set on the previous ones during a rotation's overlap. */
export interface HookSecret {
  secret: string;
  expireAt?: number;
}

/** One registered webhook, as the emulator keeps it. */
export interface Hook {
  id: string;
  name?: string;
  uri: string;
  events: string[];
  state: HookState;
  created: string;
  updated: string;
  secrets: HookSecret[];
  /** Deliveries in a row that used up their retries; at the limit the webhook is disabled. */
  failedInARow: number;
}

const ROUTE = /^(?:\/.*)?\/v1[a-z0-9]*\/webhooks(?:\/([^/:]+)(?::(ping|rotateSigningSecret))?)?$/;
const REVOCATIONS = ["revoke_previous_secrets_after_h24", "revoke_previous_secrets_immediately"];
const DAY_MS = 24 * 3_600_000;
const iso = (ms = Date.now()) => new Date(ms).toISOString();

export const isWebhookPath = (path: string) => ROUTE.test(path);

export const newSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

/** The secrets that still sign: the current one, and previous ones inside their overlap. */
export const activeSecrets = (hook: Hook, at = Date.now()) =>
  hook.secrets.filter((s) => s.expireAt === undefined || s.expireAt > at);

/** The resource as upstream shows it: secrets only truncated; the full one only on create. */
function view(hook: Hook): JsonObject {
  const body: JsonObject = {
    id: hook.id,
    uri: hook.uri,
    subscribed_events: hook.events,
    state: hook.state,
    create_time: hook.created,
    update_time: hook.updated,
    signing_secrets: activeSecrets(hook).map((s) => ({
      truncated_secret: `${s.secret.slice(0, 10)}...`,
      ...(s.expireAt !== undefined ? { expire_time: iso(s.expireAt) } : {}),
    })),
  };
  if (hook.name !== undefined) body.name = hook.name;
  return body;
}

function uri(v: Json | undefined): string {
  if (typeof v !== "string") throw bad("uri is required and must be a string.");
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw bad(`uri ${v} is not a valid URL.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw bad("uri must be an http(s) URL.");
  return v;
}

function events(v: Json | undefined): string[] {
  if (!Array.isArray(v) || v.length === 0) throw bad("subscribed_events must name at least one event.");
  for (const e of v)
    if (typeof e !== "string" || !WEBHOOK_EVENTS.includes(e)) throw bad(`subscribed_events: unknown event ${e}.`);
  return v.filter((e): e is string => typeof e === "string");
}

function name(v: Json | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw bad("name must be a string.");
  return v;
}

/** Applies a PATCH: the fields `update_mask` names, or every field the body carries. */
function update(hook: Hook, body: JsonObject, mask: string | null): void {
  const fields = mask ? mask.split(",").map((f) => f.trim()) : Object.keys(body);
  // Applied to a copy first: a refused field leaves the webhook as it was.
  const next = { ...hook };
  for (const field of fields) {
    if (field === "uri") next.uri = uri(body.uri);
    else if (field === "subscribed_events") next.events = events(body.subscribed_events);
    else if (field === "name") next.name = name(body.name);
    else if (field === "state") {
      if (body.state !== "enabled" && body.state !== "disabled") throw bad("state must be enabled or disabled.");
      next.state = body.state;
      if (body.state === "enabled") next.failedInARow = 0;
    } else throw bad(`update_mask: unknown field ${field}.`);
  }
  Object.assign(hook, next, { updated: iso() });
}

function rotate(hook: Hook, body: JsonObject): string {
  const behavior = body.revocation_behavior ?? "revoke_previous_secrets_after_h24";
  if (typeof behavior !== "string" || !REVOCATIONS.includes(behavior))
    throw bad(`revocation_behavior must be one of ${REVOCATIONS.join(", ")}.`);
  const now = Date.now();
  const overlapEnd = behavior === "revoke_previous_secrets_immediately" ? now : now + DAY_MS;
  const previous = activeSecrets(hook, now).map((s) => ({
    ...s,
    expireAt: Math.min(s.expireAt ?? overlapEnd, overlapEnd),
  }));
  const secret = newSecret();
  hook.secrets = [{ secret }, ...previous.filter((s) => s.expireAt > now)];
  hook.updated = iso(now);
  return secret;
}

/** The webhooks a list page holds, and the token of the next page. */
function page(hooks: Hook[], url: URL): JsonObject {
  const size = Math.min(Math.max(Number(url.searchParams.get("page_size") ?? 50) || 50, 1), 1000);
  const start = Number(url.searchParams.get("page_token") ?? 0) || 0;
  const slice = hooks.slice(start, start + size);
  const body: JsonObject = { webhooks: slice.map(view) };
  if (start + size < hooks.length) body.next_page_token = String(start + size);
  return body;
}

/**
 * Upstream's `webhooks` REST resource, as SDK 2.32 `client.webhooks` calls it:
 *   GET|POST /{v}/webhooks, GET|PATCH|DELETE /{v}/webhooks/{id},
 *   POST /{v}/webhooks/{id}:ping, POST /{v}/webhooks/{id}:rotateSigningSecret.
 * `ping` hands a `webhook.ping` event to `deliver`; the signing secret is shown on create and rotate only.
 */
export async function serveWebhooks(
  hooks: Map<string, Hook>,
  ping: (hook: Hook) => void,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const method = req.method ?? "GET";
  const [, id, action] = url.pathname.match(ROUTE) ?? [];
  if (!req.headers["x-goog-api-key"] && !url.searchParams.get("key"))
    throw new HttpError(401, "API key not valid. Please pass a valid API key.", "UNAUTHENTICATED");
  if (!id) {
    if (method === "GET") return sendJson(res, 200, page([...hooks.values()], url));
    if (method !== "POST") throw notFound(`No route for ${method} ${url.pathname}`);
    const body = await readBody(req);
    const now = iso();
    const secret = newSecret();
    const hook: Hook = {
      id: `wh_${randomBytes(6).toString("hex")}`,
      name: name(body.name),
      uri: uri(body.uri),
      events: events(body.subscribed_events),
      state: "enabled",
      created: now,
      updated: now,
      secrets: [{ secret }],
      failedInARow: 0,
    };
    hooks.set(hook.id, hook);
    return sendJson(res, 200, { ...view(hook), new_signing_secret: secret });
  }
  const hook = hooks.get(decodeURIComponent(id));
  if (!hook) throw notFound(`Webhook ${id} was not found.`);
  if (action === "ping" && method === "POST") {
    if (hook.state !== "enabled")
      throw bad(`Webhook ${hook.id} is ${hook.state}; only enabled webhooks can be pinged.`);
    ping(hook);
    return sendJson(res, 200, {});
  }
  if (action === "rotateSigningSecret" && method === "POST")
    return sendJson(res, 200, { secret: rotate(hook, await readBody(req)) });
  if (action) throw notFound(`No route for ${method} ${url.pathname}`);
  if (method === "GET") return sendJson(res, 200, view(hook));
  if (method === "PATCH") {
    const body = await readBody(req);
    update(hook, isObj(body) ? body : {}, url.searchParams.get("update_mask"));
    return sendJson(res, 200, view(hook));
  }
  if (method === "DELETE") {
    hooks.delete(hook.id);
    return sendJson(res, 200, {});
  }
  throw notFound(`No route for ${method} ${url.pathname}`);
}
