import { builder } from "../builder.ts";
import * as hooks from "../resolvers/upstream-webhooks.ts";

const Event = builder.enumType("UpstreamWebhookEvent", {
  description: "What upstream pushes; on the wire dotted lowercase (INTERACTION_COMPLETED: interaction.completed)",
  values: hooks.UPSTREAM_WEBHOOK_EVENTS,
});

const State = builder.enumType("UpstreamWebhookState", {
  description: "DISABLED_DUE_TO_FAILED_DELIVERIES: upstream stopped after its deliveries kept failing",
  values: hooks.UPSTREAM_WEBHOOK_STATES,
});

const SigningSecret = builder
  .objectRef<hooks.UpstreamWebhookView["signingSecrets"][number]>("UpstreamWebhookSigningSecret")
  .implement({
    description: "A secret upstream signs with, truncated; a previous one has an expiry during a rotation",
    fields: (t) => ({
      truncated: t.exposeString("truncated"),
      expiresAt: t.field({ type: "DateTime", nullable: true, resolve: (s) => hooks.dateOf(s.expiresAt) }),
    }),
  });

const UpstreamWebhook = builder.objectRef<hooks.UpstreamWebhookView>("UpstreamWebhook").implement({
  description:
    "A webhook registered upstream (admins): where upstream pushes the end of runs, e.g. this server's /webhooks/gemini",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name", { nullable: true }),
    uri: t.exposeString("uri"),
    events: t.field({ type: [Event], resolve: (w) => hooks.eventsOf(w) }),
    state: t.field({ type: State, resolve: (w) => hooks.stateOf(w) }),
    signingSecrets: t.field({ type: [SigningSecret], resolve: (w) => w.signingSecrets }),
    createdAt: t.field({ type: "DateTime", nullable: true, resolve: (w) => hooks.dateOf(w.createdAt) }),
    updatedAt: t.field({ type: "DateTime", nullable: true, resolve: (w) => hooks.dateOf(w.updatedAt) }),
  }),
});

const SecretPayload = builder
  .objectRef<{ webhook: hooks.UpstreamWebhookView; signingSecret: string }>("UpstreamWebhookSecretPayload")
  .implement({
    fields: (t) => ({
      webhook: t.field({ type: UpstreamWebhook, resolve: (p) => p.webhook }),
      signingSecret: t.exposeString("signingSecret", {
        description: "whsec_…: put it in GEMINI_WEBHOOK_SECRETS. Upstream shows it only now",
      }),
    }),
  });

const CreateInput = builder.inputType("CreateUpstreamWebhookInput", {
  fields: (t) => ({
    uri: t.string({ required: true, description: "http(s); for this server: PUBLIC_URL + /webhooks/gemini" }),
    events: t.field({ type: [Event], required: true }),
    name: t.string(),
  }),
});

const UpdateInput = builder.inputType("UpdateUpstreamWebhookInput", {
  fields: (t) => ({
    uri: t.string(),
    events: t.field({ type: [Event] }),
    name: t.string(),
    enabled: t.boolean({ description: "true also re-enables one upstream disabled after failed deliveries" }),
  }),
});

builder.queryField("upstreamWebhooks", (t) =>
  t.field({
    type: [UpstreamWebhook],
    description: "The webhooks registered upstream (admins)",
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) => hooks.listUpstreamWebhooks(ctx),
  }),
);

builder.mutationFields((t) => ({
  createUpstreamWebhook: t.field({
    type: SecretPayload,
    description: "Registers a webhook upstream (admins); its signing secret is returned once",
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateInput, required: true }) },
    resolve: (_r, { input }, ctx) => hooks.createUpstreamWebhook(ctx, input),
  }),
  updateUpstreamWebhook: t.field({
    type: UpstreamWebhook,
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateInput, required: true }) },
    resolve: (_r, { id, input }, ctx) => hooks.updateUpstreamWebhook(ctx, String(id), input),
  }),
  deleteUpstreamWebhook: t.field({
    type: "ID",
    description: "Deletes the webhook upstream; answers its id",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => hooks.deleteUpstreamWebhook(ctx, String(id)),
  }),
  pingUpstreamWebhook: t.field({
    type: "Boolean",
    description: "Asks upstream to send the webhook a test event",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => hooks.pingUpstreamWebhook(ctx, String(id)),
  }),
  rotateUpstreamWebhookSecret: t.field({
    type: SecretPayload,
    description:
      "A new signing secret, returned once; the previous ones keep signing for 24 h unless revokePrevious (list both in GEMINI_WEBHOOK_SECRETS meanwhile)",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), revokePrevious: t.arg.boolean() },
    resolve: (_r, { id, revokePrevious }, ctx) => hooks.rotateUpstreamWebhookSecret(ctx, String(id), !!revokePrevious),
  }),
}));
