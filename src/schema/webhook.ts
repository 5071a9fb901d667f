import { builder } from "../builder.ts";
import { type WebhookEvent as Event, WebhookState as States, WEBHOOK_EVENTS } from "../engine/webhooks/index.ts";
import type {
  WebhookDelivery as DeliveryRow,
  Webhook as Row,
  WebhookDeliveryAttempt,
} from "../generated/prisma/client.ts";
import * as webhooks from "../resolvers/webhooks.ts";

export const WebhookEvent = builder.enumType("WebhookEvent", {
  description:
    "What a webhook hears of; on the wire `type` is dotted lowercase (INTERACTION_COMPLETED: interaction.completed)",
  values: WEBHOOK_EVENTS,
});

const WebhookState = builder.enumType("WebhookState", {
  description: "DISABLED_AFTER_FAILURES: it failed for WEBHOOK_DISABLE_AFTER_MS (24 h); `disabledReason` says why",
  values: Object.values(States),
});

const DeliveryStatus = builder.enumType("WebhookDeliveryStatus", {
  description: "PENDING: waiting for its next attempt; FAILED: out of retries (or the webhook was disabled)",
  values: ["PENDING", "DELIVERED", "FAILED"] as const,
});

const asEvents = (stored: string[]) => stored.filter((s): s is Event => WEBHOOK_EVENTS.some((e) => e === s));
const asState = (s: string) => Object.values(States).find((v) => v === s) ?? States.DISABLED;
const asStatus = (s: string) => (s === "DELIVERED" || s === "FAILED" ? s : "PENDING");

export const Webhook = builder.objectRef<Row>("Webhook").implement({
  description: "A user's endpoint for signed events (Standard Webhooks). Its secret is shown once, never read back",
  fields: (t) => ({
    id: t.exposeID("id"),
    ownerId: t.exposeID("ownerId"),
    url: t.exposeString("url"),
    events: t.field({ type: [WebhookEvent], resolve: (w) => asEvents(w.events) }),
    description: t.exposeString("description", { nullable: true }),
    state: t.field({ type: WebhookState, resolve: (w) => asState(w.state) }),
    disabledReason: t.exposeString("disabledReason", { nullable: true }),
    failingSince: t.field({ type: "DateTime", nullable: true, resolve: (w) => w.failingSince }),
    createdAt: t.field({ type: "DateTime", resolve: (w) => w.createdAt }),
  }),
});

const Attempt = builder.objectRef<WebhookDeliveryAttempt>("WebhookDeliveryAttempt").implement({
  fields: (t) => ({
    at: t.field({ type: "DateTime", resolve: (a) => a.createdAt }),
    responseCode: t.exposeInt("statusCode", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
    durationMs: t.exposeInt("durationMs"),
  }),
});

const Delivery = builder.objectRef<DeliveryRow>("WebhookDelivery").implement({
  description: "One event for one webhook; `id` is the webhook-id header of every attempt",
  fields: (t) => ({
    id: t.exposeID("id"),
    webhookId: t.exposeID("webhookId"),
    type: t.exposeString("eventType"),
    status: t.field({ type: DeliveryStatus, resolve: (d) => asStatus(d.status) }),
    attempts: t.exposeInt("attempts"),
    responseCode: t.exposeInt("lastStatusCode", { nullable: true }),
    lastError: t.exposeString("lastError", { nullable: true }),
    nextAttemptAt: t.field({ type: "DateTime", nullable: true, resolve: (d) => d.nextAttemptAt }),
    createdAt: t.field({ type: "DateTime", resolve: (d) => d.createdAt }),
    tries: t.field({ type: [Attempt], resolve: (d, _a, ctx) => webhooks.attemptsOf(ctx, d) }),
  }),
});

const WebhookSecretPayload = builder
  .objectRef<{ webhook: Row; signingSecret: string }>("WebhookSecretPayload")
  .implement({
    fields: (t) => ({
      webhook: t.field({ type: Webhook, resolve: (p) => p.webhook }),
      signingSecret: t.exposeString("signingSecret", {
        description: "whsec_…: verify deliveries with it (Standard Webhooks). Shown only now",
      }),
    }),
  });

const CreateWebhookInput = builder.inputType("CreateWebhookInput", {
  fields: (t) => ({
    url: t.string({ required: true, description: "http(s), public addresses only; redirects are not followed" }),
    events: t.field({ type: [WebhookEvent], required: true }),
    description: t.string(),
  }),
});

const UpdateWebhookInput = builder.inputType("UpdateWebhookInput", {
  fields: (t) => ({
    url: t.string(),
    events: t.field({ type: [WebhookEvent] }),
    description: t.string(),
    enabled: t.boolean({ description: "true also re-enables one disabled after failures" }),
  }),
});

builder.queryFields((t) => ({
  webhooks: t.field({
    type: [Webhook],
    description: "The viewer's webhooks, newest first; admins see every user's (userId: one user's)",
    authScopes: { user: true },
    args: { userId: t.arg.id() },
    resolve: (_r, { userId }, ctx) => webhooks.listWebhooks(ctx, userId ? String(userId) : null),
  }),
  webhookDeliveries: t.field({
    type: [Delivery],
    description: "A webhook's deliveries, newest first (first: at most 100, default 20)",
    authScopes: { user: true },
    args: { webhookId: t.arg.id({ required: true }), first: t.arg.int() },
    resolve: (_r, a, ctx) => webhooks.webhookDeliveries(ctx, String(a.webhookId), a.first ?? null),
  }),
}));

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: WebhookSecretPayload,
    description: "Registers an endpoint for the viewer; its signing secret is returned once",
    authScopes: { user: true },
    args: { input: t.arg({ type: CreateWebhookInput, required: true }) },
    resolve: (_r, { input }, ctx) => webhooks.createWebhook(ctx, input),
  }),
  updateWebhook: t.field({
    type: Webhook,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateWebhookInput, required: true }) },
    resolve: (_r, { id, input }, ctx) => webhooks.updateWebhook(ctx, String(id), input),
  }),
  deleteWebhook: t.field({
    type: Webhook,
    description: "Deletes the endpoint and its deliveries",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => webhooks.deleteWebhook(ctx, String(id)),
  }),
  rotateWebhookSecret: t.field({
    type: WebhookSecretPayload,
    description:
      "A new signing secret, returned once; the old one keeps signing beside it for WEBHOOK_ROTATION_OVERLAP_MS (both signatures sent) unless revokePrevious",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }), revokePrevious: t.arg.boolean() },
    resolve: (_r, { id, revokePrevious }, ctx) => webhooks.rotateWebhookSecret(ctx, String(id), !!revokePrevious),
  }),
  testWebhook: t.field({
    type: Delivery,
    description: "Sends a `webhook.test` event now through the delivery path (retries included)",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => webhooks.testWebhook(ctx, String(id)),
  }),
  redeliver: t.field({
    type: Delivery,
    description: "Sends a delivery again with the same webhook-id, its retry schedule started afresh",
    authScopes: { user: true },
    args: { deliveryId: t.arg.id({ required: true }) },
    resolve: (_r, { deliveryId }, ctx) => webhooks.redeliver(ctx, String(deliveryId)),
  }),
}));
