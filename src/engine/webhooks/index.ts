import { createHash, randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { Webhook, WebhookDelivery } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { AppError, ConflictError, ValidationError } from "../../infra/errors.ts";
import type { Logger } from "../../infra/logger.ts";
import type { BullOptions, JobQueue } from "../jobs/types.ts";
import { isUniqueViolation } from "../runs/row-writes.ts";
import type { Secrets } from "../turns/secrets.ts";
import { Deliverer, type DeliverySettings } from "./deliver.ts";
import {
  DeliveryStatus,
  type EventData,
  interactionEvent,
  payloadOf,
  type WebhookEvent,
  WebhookState,
} from "./events.ts";
import { newSecret, SigningKeys } from "./keys.ts";
import { deliveryQueue } from "./queue.ts";
import { checkTarget } from "./send.ts";

export { WEBHOOK_EVENTS, type WebhookEvent, WebhookState } from "./events.ts";

export interface WebhookSettings extends DeliverySettings {
  maxPerUser: number;
  concurrency: number;
  /** How long a rotated-out secret keeps signing beside the new one (ms). */
  rotationOverlapMs: number;
}

export interface WebhookInput {
  url?: string | null;
  events?: readonly WebhookEvent[] | null;
  description?: string | null;
  enabled?: boolean | null;
}

/** A delivery id in the Standard Webhooks style; it is the webhook-id of every attempt. */
const newMessageId = () => `msg_${randomBytes(16).toString("hex")}`;

/** The id of one event for one webhook, the same however often it is emitted: a second emit is a no-op. */
const eventMessageId = (webhookId: string, event: string, subjectId: string) =>
  `msg_${createHash("sha256").update(`${webhookId}:${event}:${subjectId}`).digest("hex").slice(0, 32)}`;

/** Finished jobs swept per start for ends never handed to webhooks (a crash in between). */
const SWEEP_BATCH = 500;

const MAX_DESCRIPTION = 500;

/**
 * Users' own webhooks: endpoints, and the signed events delivered to them at
 * least once (rows first, then the queue; PENDING rows are picked up at start).
 */
export class Webhooks {
  private queue: JobQueue;
  private deliverer: Deliverer;
  private keys: SigningKeys;

  constructor(
    private deps: {
      db: Db;
      logger: Logger;
      settings: WebhookSettings;
      /** Seals the signing secrets at rest (SECRETS_KEY). */
      secrets: Secrets;
      bull?: BullOptions & { connect: () => Redis };
    },
  ) {
    const { settings } = deps;
    const logger = deps.logger.child({ component: "webhooks" });
    this.keys = new SigningKeys(deps.secrets, settings.rotationOverlapMs);
    this.deliverer = new Deliverer({ db: deps.db, logger, settings, keys: this.keys });
    this.queue = deliveryQueue((id) => this.deliverer.attempt(id), {
      concurrency: settings.concurrency,
      maxAttempts: settings.retryScheduleMs.length + 5,
      unfinished: () => this.pending(),
      lost: (id, reason) => this.deliverer.lost(id, reason),
      logger,
      bull: deps.bull,
    });
  }

  start = async () => {
    await this.queue.start();
    await this.sweepEnded();
  };

  /**
   * The outbox: a job that ended (its row says so) but whose end was never handed to webhooks, because
   * the process died in between, is emitted now. Emitting is idempotent (one id per webhook, event and
   * job), so a process that races this one, or a second sweep, delivers nothing twice.
   */
  private async sweepEnded(): Promise<void> {
    const jobs = await this.deps.db.job.findMany({
      where: {
        status: { in: ["SUCCEEDED", "FAILED"] },
        endNotifiedAt: null,
        interaction: { completedAt: { not: null } },
      },
      include: { interaction: true },
      orderBy: { updatedAt: "asc" },
      take: SWEEP_BATCH,
    });
    for (const job of jobs) await this.jobEnded(job, job.interaction);
    if (jobs.length) this.deps.logger.warn("job ends handed to webhooks after a restart", { jobs: jobs.length });
  }
  close = () => this.queue.close();

  private async pending(): Promise<string[]> {
    const rows = await this.deps.db.webhookDelivery.findMany({
      where: { status: DeliveryStatus.PENDING },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  private validate(input: WebhookInput): void {
    if (input.url !== undefined && input.url !== null) {
      try {
        checkTarget(input.url, this.deps.settings.allowPrivate);
      } catch (err) {
        const message = err instanceof AppError ? err.message : "The URL is not valid";
        throw new AppError("URL_FETCH_REFUSED", message, { field: "url" });
      }
    }
    if (input.events && input.events.length === 0) throw new ValidationError("Name at least one event", "events");
    if (input.description && input.description.length > MAX_DESCRIPTION)
      throw new ValidationError(`The description is over ${MAX_DESCRIPTION} characters`, "description");
  }

  async create(
    ownerId: string,
    input: WebhookInput & { url: string; events: readonly WebhookEvent[] },
  ): Promise<{ webhook: Webhook; signingSecret: string }> {
    this.validate(input);
    const { db, settings } = this.deps;
    const count = await db.webhook.count({ where: { ownerId } });
    if (count >= settings.maxPerUser)
      throw new AppError("WEBHOOK_LIMIT", `At most ${settings.maxPerUser} webhooks per user`, {
        limit: "WEBHOOK_MAX_PER_USER",
        max: settings.maxPerUser,
      });
    const signingSecret = newSecret();
    const webhook = await db.webhook.create({
      data: {
        ownerId,
        url: input.url,
        events: [...new Set(input.events)],
        description: input.description ?? null,
        secret: this.keys.seal(signingSecret, ownerId),
        state: input.enabled === false ? WebhookState.DISABLED : WebhookState.ENABLED,
      },
    });
    return { webhook, signingSecret };
  }

  /** Changes what is given; enabling again (after failures too) clears the failure record. */
  update(webhook: Webhook, input: WebhookInput): Promise<Webhook> {
    this.validate(input);
    const enable =
      input.enabled === true
        ? { state: WebhookState.ENABLED, disabledReason: null, failingSince: null }
        : input.enabled === false
          ? { state: WebhookState.DISABLED }
          : {};
    return this.deps.db.webhook.update({
      where: { id: webhook.id },
      data: {
        ...(input.url ? { url: input.url } : {}),
        ...(input.events ? { events: [...new Set(input.events)] } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...enable,
      },
    });
  }

  remove = (webhook: Webhook) => this.deps.db.webhook.delete({ where: { id: webhook.id } });

  /**
   * A new secret, shown once. The old one keeps signing beside it for WEBHOOK_ROTATION_OVERLAP_MS (both
   * signatures in webhook-signature), so a receiver can switch without losing events; `revokePrevious`
   * stops it (and any earlier one) at once.
   */
  async rotate(webhook: Webhook, revokePrevious = false): Promise<{ webhook: Webhook; signingSecret: string }> {
    const { signingSecret, data } = this.keys.rotated(webhook, revokePrevious);
    const updated = await this.deps.db.webhook.update({ where: { id: webhook.id }, data });
    return { webhook: updated, signingSecret };
  }

  /** Sends a `webhook.test` event now, through the same delivery path. */
  async test(webhook: Webhook): Promise<WebhookDelivery> {
    if (webhook.state !== WebhookState.ENABLED) throw new ConflictError("The webhook is disabled; enable it first");
    const data: EventData = { id: webhook.id, conversationId: null, status: "test" };
    const row = await this.deliver(webhook.id, "webhook.test", payloadOf("webhook.test", data));
    // A fresh id never collides; were it to, the caller hears of it rather than of a delivery that is not there.
    if (!row) throw new ConflictError("The test event could not be queued; try again");
    return row;
  }

  /** A failed (or delivered) delivery sent again with the same webhook-id, its schedule started afresh. */
  async redeliver(delivery: WebhookDelivery): Promise<WebhookDelivery> {
    const row = await this.deps.db.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: DeliveryStatus.PENDING, nextAttemptAt: new Date(), attempts: 0 },
    });
    await this.queue.enqueue(row.id);
    return row;
  }

  private async deliver(
    webhookId: string,
    eventType: string,
    payload: string,
    id = newMessageId(),
  ): Promise<WebhookDelivery | null> {
    let row: WebhookDelivery;
    try {
      row = await this.deps.db.webhookDelivery.create({
        data: { id, webhookId, eventType, payload, nextAttemptAt: new Date() },
      });
    } catch (err) {
      // Emitted before (an outbox sweep racing the normal path): that row is delivered, not this one.
      if (isUniqueViolation(err)) return null;
      throw err;
    }
    await this.queue.enqueue(row.id);
    return row;
  }

  /** Queues an event for every enabled webhook of the owner that subscribed to it; once per `subjectId`. */
  async emit(ownerId: string, event: WebhookEvent, data: EventData, subjectId?: string): Promise<void> {
    const hooks = await this.deps.db.webhook.findMany({
      where: { ownerId, state: WebhookState.ENABLED, events: { has: event } },
      select: { id: true },
    });
    const payload = payloadOf(event, data);
    for (const h of hooks)
      await this.deliver(h.id, event, payload, subjectId ? eventMessageId(h.id, event, subjectId) : undefined);
  }

  /** A background job ended: its interaction's event and the job's own. */
  jobEnded = async (
    job: { id: string; ownerId: string; status: string },
    row: { id: string; conversationId: string | null; status: string },
  ): Promise<void> => {
    const data = { id: row.id, conversationId: row.conversationId, status: row.status };
    const event = interactionEvent(row.status);
    if (event) await this.emit(job.ownerId, event, data, job.id);
    const jobEvent = job.status === "SUCCEEDED" ? "JOB_SUCCEEDED" : job.status === "FAILED" ? "JOB_FAILED" : null;
    if (jobEvent)
      await this.emit(
        job.ownerId,
        jobEvent,
        { ...data, id: job.id, interactionId: row.id, status: job.status },
        job.id,
      );
    // Handed over: the outbox sweep leaves this job alone from now on.
    await this.deps.db.job.updateMany({
      where: { id: job.id, endNotifiedAt: null },
      data: { endNotifiedAt: new Date() },
    });
  };
}
