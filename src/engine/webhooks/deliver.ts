import { Webhook as Signer } from "standardwebhooks";
import type { Db } from "../../infra/db.ts";
import type { Logger } from "../../infra/logger.ts";
import type { Attempt } from "../jobs/types.ts";
import { DeliveryStatus, WebhookState } from "./events.ts";
import type { SigningKeys } from "./keys.ts";
import { type SendLimits, type SendResult, send } from "./send.ts";

export interface DeliverySettings extends SendLimits {
  /** Delays before the 2nd, 3rd, ... attempt (ms); after the last, the delivery fails. */
  retryScheduleMs: number[];
  /** An endpoint failing for this long is disabled (DISABLED_AFTER_FAILURES). */
  disableAfterMs: number;
}

const DONE: Attempt = { kind: "done" };

/**
 * One attempt at a delivery: sign the stored body under the delivery's id
 * (the same webhook-id on every attempt) and a fresh timestamp, POST it,
 * record the attempt, and decide: delivered, retry on the schedule, or failed.
 */
export class Deliverer {
  constructor(private deps: { db: Db; logger: Logger; settings: DeliverySettings; keys: SigningKeys }) {}

  async attempt(id: string): Promise<Attempt> {
    const { db } = this.deps;
    const delivery = await db.webhookDelivery.findUnique({ where: { id }, include: { webhook: true } });
    if (!delivery || delivery.status !== DeliveryStatus.PENDING) return DONE;
    // Picked up at start (or early): an attempt waits for its time, which lives in the row.
    const wait = (delivery.nextAttemptAt?.getTime() ?? 0) - Date.now();
    if (wait > 50) return { kind: "retry", delayMs: wait };
    const { webhook } = delivery;
    if (webhook.state !== WebhookState.ENABLED) {
      await db.webhookDelivery.update({
        where: { id },
        data: { status: DeliveryStatus.FAILED, nextAttemptAt: null, lastError: "The webhook is disabled" },
      });
      return DONE;
    }
    const at = new Date();
    // Every active secret signs (a rotation's overlap): the receiver's old or new secret verifies it.
    const signature = this.deps.keys
      .active(webhook, at.getTime())
      .map((secret) => new Signer(secret).sign(id, at, delivery.payload))
      .join(" ");
    const headers = {
      "webhook-id": id,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": signature,
    };
    const result = await send(webhook.url, delivery.payload, headers, this.deps.settings);
    return this.record(delivery, result);
  }

  private async record(
    delivery: { id: string; attempts: number; webhookId: string; webhook: { failingSince: Date | null } },
    result: SendResult,
  ): Promise<Attempt> {
    const { db, logger, settings } = this.deps;
    const attempts = delivery.attempts + 1;
    const ok = result.error === null;
    const now = Date.now();
    const failingSince = delivery.webhook.failingSince ?? new Date(now);
    const disable = !ok && now - failingSince.getTime() >= settings.disableAfterMs;
    const delayMs = ok || disable ? undefined : settings.retryScheduleMs[attempts - 1];
    const status = ok
      ? DeliveryStatus.DELIVERED
      : delayMs === undefined
        ? DeliveryStatus.FAILED
        : DeliveryStatus.PENDING;
    await db.$transaction([
      db.webhookDeliveryAttempt.create({
        data: {
          deliveryId: delivery.id,
          statusCode: result.statusCode,
          error: result.error,
          durationMs: result.durationMs,
        },
      }),
      db.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          attempts,
          status,
          lastStatusCode: result.statusCode,
          lastError: result.error,
          nextAttemptAt: delayMs === undefined ? null : new Date(now + delayMs),
        },
      }),
      db.webhook.update({
        where: { id: delivery.webhookId },
        data: ok
          ? { failingSince: null }
          : disable
            ? { failingSince, state: WebhookState.DISABLED_AFTER_FAILURES, disabledReason: result.error }
            : { failingSince },
      }),
    ]);
    if (!ok) logger.warn("webhook delivery failed", { deliveryId: delivery.id, attempts, err: result.error, delayMs });
    return delayMs === undefined ? DONE : { kind: "retry", delayMs };
  }

  /** The queue gave up on a delivery (scale-out: stalled too often). */
  async lost(id: string, reason: string): Promise<void> {
    await this.deps.db.webhookDelivery.updateMany({
      where: { id, status: DeliveryStatus.PENDING },
      data: { status: DeliveryStatus.FAILED, nextAttemptAt: null, lastError: reason },
    });
  }
}
