import type { Context } from "../context.ts";
import type { RemoteWebhook } from "../gemini/webhooks.ts";
import { ValidationError } from "../infra/errors.ts";

/**
 * Upstream's own webhooks (where upstream tells this server a run ended), for
 * admins: the schema scopes every field to `admin`. Nothing is stored here;
 * upstream holds them, and shows a signing secret only when it makes one.
 */

export const UPSTREAM_WEBHOOK_EVENTS = [
  "INTERACTION_COMPLETED",
  "INTERACTION_FAILED",
  "INTERACTION_REQUIRES_ACTION",
  "BATCH_SUCCEEDED",
  "BATCH_FAILED",
  "BATCH_EXPIRED",
  "VIDEO_GENERATED",
] as const;
export type UpstreamWebhookEvent = (typeof UPSTREAM_WEBHOOK_EVENTS)[number];
export const UPSTREAM_WEBHOOK_STATES = ["ENABLED", "DISABLED", "DISABLED_DUE_TO_FAILED_DELIVERIES"] as const;

export type UpstreamWebhookView = RemoteWebhook;

/** INTERACTION_REQUIRES_ACTION <-> interaction.requires_action: the first underscore is the dot. */
const toWire = (e: UpstreamWebhookEvent) => e.toLowerCase().replace("_", ".");
const fromWire = (e: string) => UPSTREAM_WEBHOOK_EVENTS.find((v) => toWire(v) === e);

export const dateOf = (iso: string | null) => (iso ? new Date(iso) : null);
export const eventsOf = (w: RemoteWebhook) => w.events.flatMap((e) => fromWire(e) ?? []);
export const stateOf = (w: RemoteWebhook) =>
  UPSTREAM_WEBHOOK_STATES.find((s) => s.toLowerCase() === w.state) ?? "DISABLED";

function uri(v: string): string {
  let url: URL | undefined;
  try {
    url = new URL(v);
  } catch {
    // Refused below, with the field named.
  }
  if (url?.protocol !== "https:" && url?.protocol !== "http:")
    throw new ValidationError("uri must be an http(s) URL", "uri");
  return v;
}

function events(list: readonly UpstreamWebhookEvent[]): string[] {
  if (!list.length) throw new ValidationError("events must name at least one event", "events");
  return list.map(toWire);
}

export const listUpstreamWebhooks = (ctx: Context) => ctx.engine.upstreamWebhooks.list();

export async function createUpstreamWebhook(
  ctx: Context,
  input: { uri: string; events: readonly UpstreamWebhookEvent[]; name?: string | null },
) {
  const { webhook, secret } = await ctx.engine.upstreamWebhooks.create({
    uri: uri(input.uri),
    events: events(input.events),
    ...(input.name ? { name: input.name } : {}),
  });
  return { webhook, signingSecret: secret };
}

export const updateUpstreamWebhook = (
  ctx: Context,
  id: string,
  input: {
    uri?: string | null;
    events?: readonly UpstreamWebhookEvent[] | null;
    name?: string | null;
    enabled?: boolean | null;
  },
) =>
  ctx.engine.upstreamWebhooks.update(id, {
    ...(input.uri != null ? { uri: uri(input.uri) } : {}),
    ...(input.events != null ? { events: events(input.events) } : {}),
    ...(input.name != null ? { name: input.name } : {}),
    ...(input.enabled != null ? { state: input.enabled ? "enabled" : "disabled" } : {}),
  });

export async function deleteUpstreamWebhook(ctx: Context, id: string) {
  await ctx.engine.upstreamWebhooks.delete(id);
  return id;
}

export async function pingUpstreamWebhook(ctx: Context, id: string) {
  await ctx.engine.upstreamWebhooks.ping(id);
  return true;
}

export async function rotateUpstreamWebhookSecret(ctx: Context, id: string, revokePrevious: boolean) {
  const signingSecret = await ctx.engine.upstreamWebhooks.rotate(id, revokePrevious);
  return { webhook: await ctx.engine.upstreamWebhooks.get(id), signingSecret };
}
