import { type Context, requireViewer } from "../context.ts";
import { assertCan, readableBy } from "../engine/access/policy.ts";
import type { WebhookEvent, WebhookInput } from "../engine/webhooks/index.ts";
import type { Webhook, WebhookDelivery } from "../generated/prisma/client.ts";
import { NotFoundError } from "../infra/errors.ts";

/** Users' webhooks: each user manages their own; admins see and act on everyone's. */

const MAX_DELIVERIES = 100;

async function ownWebhook(ctx: Context, id: string, action: "read" | "write"): Promise<Webhook> {
  const viewer = requireViewer(ctx);
  return assertCan(viewer, action, await ctx.db.webhook.findUnique({ where: { id } }), "Webhook", id);
}

async function ownDelivery(ctx: Context, id: string): Promise<WebhookDelivery> {
  const viewer = requireViewer(ctx);
  const row = await ctx.db.webhookDelivery.findUnique({ where: { id }, include: { webhook: true } });
  assertCan(viewer, "write", row?.webhook, "WebhookDelivery", id);
  if (!row) throw new NotFoundError("WebhookDelivery", id);
  return row;
}

export function createWebhook(ctx: Context, input: WebhookInput & { url: string; events: readonly WebhookEvent[] }) {
  return ctx.engine.webhooks.create(requireViewer(ctx).id, input);
}

/** The viewer's webhooks, newest first; an admin sees everyone's (or one user's, by userId). */
export function listWebhooks(ctx: Context, userId: string | null) {
  const where = readableBy(requireViewer(ctx));
  return ctx.db.webhook.findMany({
    where: { ...where, ...(userId ? { ownerId: where.ownerId ?? userId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export const updateWebhook = async (ctx: Context, id: string, input: WebhookInput) =>
  ctx.engine.webhooks.update(await ownWebhook(ctx, id, "write"), input);

export const deleteWebhook = async (ctx: Context, id: string) =>
  ctx.engine.webhooks.remove(await ownWebhook(ctx, id, "write"));

export const rotateWebhookSecret = async (ctx: Context, id: string, revokePrevious: boolean) =>
  ctx.engine.webhooks.rotate(await ownWebhook(ctx, id, "write"), revokePrevious);

export const testWebhook = async (ctx: Context, id: string) =>
  ctx.engine.webhooks.test(await ownWebhook(ctx, id, "write"));

/** A webhook's deliveries, newest first, with their attempts. */
export async function webhookDeliveries(ctx: Context, webhookId: string, first: number | null) {
  const webhook = await ownWebhook(ctx, webhookId, "read");
  return ctx.db.webhookDelivery.findMany({
    where: { webhookId: webhook.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(first ?? 20, 1), MAX_DELIVERIES),
  });
}

export const redeliver = async (ctx: Context, id: string) => ctx.engine.webhooks.redeliver(await ownDelivery(ctx, id));

export const attemptsOf = (ctx: Context, delivery: WebhookDelivery) =>
  ctx.db.webhookDeliveryAttempt.findMany({ where: { deliveryId: delivery.id }, orderBy: { createdAt: "asc" } });
