/** The events a user's webhook can subscribe to, as GraphQL names them; on the wire, dotted lowercase. */
export const WEBHOOK_EVENTS = [
  "INTERACTION_COMPLETED",
  "INTERACTION_FAILED",
  "INTERACTION_REQUIRES_ACTION",
  "JOB_SUCCEEDED",
  "JOB_FAILED",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const isWebhookEvent = (s: string): s is WebhookEvent => WEBHOOK_EVENTS.some((e) => e === s);

/** INTERACTION_COMPLETED -> interaction.completed */
export const wireType = (event: WebhookEvent) => {
  const [head = "", ...rest] = event.toLowerCase().split("_");
  return `${head}.${rest.join("_")}`;
};

/** A webhook's state as stored and as GraphQL's WebhookState names it. */
export const WebhookState = {
  ENABLED: "ENABLED",
  DISABLED: "DISABLED",
  DISABLED_AFTER_FAILURES: "DISABLED_AFTER_FAILURES",
} as const;
export type WebhookState = (typeof WebhookState)[keyof typeof WebhookState];

export const DeliveryStatus = { PENDING: "PENDING", DELIVERED: "DELIVERED", FAILED: "FAILED" } as const;

/** What a payload says about a run: ids and status only, never prompt or output text. */
export interface EventData {
  id: string;
  conversationId: string | null;
  status: string;
  /** job events: the interaction the job ran */
  interactionId?: string;
}

export const payloadOf = (event: WebhookEvent | "webhook.test", data: EventData, at = new Date()) =>
  JSON.stringify({
    type: event === "webhook.test" ? event : wireType(event),
    timestamp: at.toISOString(),
    data,
  });

/** The interaction events an ended interaction raises (none for a cancelled one). */
export function interactionEvent(status: string): WebhookEvent | null {
  if (status === "completed") return "INTERACTION_COMPLETED";
  if (status === "failed") return "INTERACTION_FAILED";
  if (status === "requires_action") return "INTERACTION_REQUIRES_ACTION";
  return null;
}
