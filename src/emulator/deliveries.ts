import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { Webhook } from "standardwebhooks";
import type { Fault, Faults } from "./faults.ts";
import { sendJson, sleep } from "./http.ts";
import { isObj } from "./json.ts";
import type { Rec } from "./store.ts";
import { activeSecrets, type Hook, newSecret, serveWebhooks } from "./webhooks.ts";
import type { JsonObject } from "./wire.ts";

/** How the emulator delivers: fast by default, so tests see retries in milliseconds rather than hours. */
export interface DeliveryOptions {
  /** Wait before the first retry (ms); it doubles with each attempt (exponential backoff). */
  retryBaseMs: number;
  /** Attempts per event, the first included. */
  maxAttempts: number;
  /** Events in a row that use up their attempts before a webhook is `disabled_due_to_failed_deliveries`. */
  disableAfterFailures: number;
  /** How long a `reorder`ed event waits for a later one to overtake it (ms). */
  reorderHoldMs: number;
  /** Longest wait for a receiver's answer (ms). */
  timeoutMs: number;
}

export const DEFAULT_DELIVERY: DeliveryOptions = {
  retryBaseMs: 100,
  maxAttempts: 6,
  disableAfterFailures: 5,
  reorderHoldMs: 2_000,
  timeoutMs: 5_000,
};

/** One attempt to deliver one event to one URL, as tests observe it. */
export interface DeliveryAttempt {
  /** The `webhook-id`: the same on every attempt (and on a duplicate) of one event. */
  messageId: string;
  type: string;
  interactionId?: string;
  url: string;
  /** 1 for the first attempt; 0 for an event dropped by a fault (never sent). */
  attempt: number;
  /** The receiver's HTTP status; 0 when it could not be reached, or the event was dropped. */
  status: number;
  /** `standard` (a registered webhook's secrets) or `jwt` (per-request `webhook_config.uris`). */
  signedWith: "standard" | "jwt";
  fault?: Fault["delivery"];
}

interface Message {
  id: string;
  type: string;
  body: string;
  url: string;
  /** The registered webhook it goes to; none for a per-request URI (signed as a JWT). */
  hook?: Hook;
  interactionId?: string;
  fault?: Fault;
}

/** The event an interaction's end raises; none for other ends (cancelled, paused for a continuation). */
const EVENT_OF: Record<string, string> = {
  completed: "interaction.completed",
  failed: "interaction.failed",
  requires_action: "interaction.requires_action",
};

const KID = "emulator-1";

/**
 * Upstream's webhooks: the REST resource (webhooks.ts) and the delivery of
 * events when a background interaction ends, at least once, unordered, retried
 * with backoff; registered webhooks are signed with Standard Webhooks (every
 * active secret during a rotation), per-request URIs with an RS256 JWT whose
 * keys `GET /_emulator/jwks.json` serves. Faults with `op: "webhook"` (queued
 * with the others) drop, duplicate, reorder, delay or mis-sign one event.
 */
export class WebhookHub {
  readonly hooks = new Map<string, Hook>();
  readonly attempts: DeliveryAttempt[] = [];
  private readonly stopped = new AbortController();
  private readonly held = new Set<Message>();
  private keys?: Promise<{ signing: CryptoKey; forged: CryptoKey; jwks: JsonObject }>;

  constructor(
    private readonly faults: Faults,
    readonly options: DeliveryOptions,
  ) {}

  serve(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === "/_emulator/jwks.json") return this.keyPair().then((k) => sendJson(res, 200, k.jwks));
    return serveWebhooks(this.hooks, (hook) => this.ping(hook), req, res, url);
  }

  /** Called when any run ends: a background interaction's end goes to its subscribers. */
  onFinish(rec: Rec): void {
    const type = EVENT_OF[rec.status];
    if (!type || !rec.background || rec.expired) return;
    const config = isObj(rec.request.webhook_config) ? rec.request.webhook_config : {};
    const data: JsonObject = { id: rec.id };
    if (isObj(config.user_metadata)) data.user_metadata = config.user_metadata;
    const uris = Array.isArray(config.uris) ? config.uris.filter((u): u is string => typeof u === "string") : [];
    if (uris.length) for (const url of uris) this.send({ type, data, url, interactionId: rec.id });
    else
      for (const hook of this.hooks.values())
        if (hook.state === "enabled" && hook.events.includes(type))
          this.send({ type, data, url: hook.uri, hook, interactionId: rec.id });
  }

  close(): void {
    this.stopped.abort();
  }

  private ping(hook: Hook): void {
    this.send({ type: "webhook.ping", data: { id: hook.id }, url: hook.uri, hook });
  }

  private send(e: { type: string; data: JsonObject; url: string; hook?: Hook; interactionId?: string }): void {
    const body = JSON.stringify({ type: e.type, version: "v1", timestamp: new Date().toISOString(), data: e.data });
    const msg: Message = { ...e, id: `msg_${randomBytes(9).toString("base64url")}`, body };
    const fault = this.faults.take("webhook", false);
    if (fault) msg.fault = fault;
    if (fault?.delivery === "drop") return void this.log(msg, 0, 0);
    if (fault?.delivery !== "reorder") return void this.run(msg);
    // Held back until a later event has gone out first (or its hold runs out).
    this.held.add(msg);
    void sleep(this.options.reorderHoldMs, this.stopped.signal).then(() => this.release(msg));
  }

  private release(msg: Message): void {
    if (this.held.delete(msg)) void this.run(msg);
  }

  private async run(msg: Message): Promise<void> {
    const signal = this.stopped.signal;
    if (msg.fault?.delayMs) await sleep(msg.fault.delayMs, signal);
    let delivered = false;
    for (let attempt = 1; attempt <= this.options.maxAttempts && !signal.aborted; attempt++) {
      if (attempt > 1) await sleep(this.options.retryBaseMs * 2 ** (attempt - 2), signal);
      if (signal.aborted) return;
      delivered = await this.attempt(msg, attempt);
      if (attempt === 1) for (const other of this.held) if (other !== msg) this.release(other);
      if (delivered) break;
      if (msg.hook && msg.hook.state !== "enabled") return;
    }
    if (delivered && msg.fault?.delivery === "duplicate") await this.attempt(msg, 2);
    if (msg.hook) this.account(msg.hook, delivered);
  }

  private account(hook: Hook, delivered: boolean): void {
    hook.failedInARow = delivered ? 0 : hook.failedInARow + 1;
    if (hook.failedInARow >= this.options.disableAfterFailures && hook.state === "enabled")
      hook.state = "disabled_due_to_failed_deliveries";
  }

  private async attempt(msg: Message, attempt: number): Promise<boolean> {
    const forged = attempt === 1 && msg.fault?.delivery === "bad_signature";
    let status = 0;
    try {
      const res = await fetch(msg.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(await this.sign(msg, forged)) },
        body: msg.body,
        redirect: "manual",
        signal: AbortSignal.any([this.stopped.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      status = res.status;
      await res.body?.cancel();
    } catch {
      // Unreachable, timed out or closed: the attempt failed and is retried.
    }
    this.log(msg, attempt, status);
    return status >= 200 && status < 300;
  }

  private log(msg: Message, attempt: number, status: number): void {
    const entry: DeliveryAttempt = {
      messageId: msg.id,
      type: msg.type,
      url: msg.url,
      attempt,
      status,
      signedWith: msg.hook ? "standard" : "jwt",
    };
    if (msg.interactionId) entry.interactionId = msg.interactionId;
    if (msg.fault?.delivery) entry.fault = msg.fault.delivery;
    this.attempts.push(entry);
  }

  /** Standard Webhooks headers, signed by each active secret (a forged one: by a secret nobody holds). */
  private async sign(msg: Message, forged: boolean): Promise<Record<string, string>> {
    const at = new Date();
    const headers = { "webhook-id": msg.id, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)) };
    if (msg.hook) {
      const secrets = forged ? [newSecret()] : activeSecrets(msg.hook).map((s) => s.secret);
      const signature = secrets.map((s) => new Webhook(s).sign(msg.id, at, msg.body)).join(" ");
      return { ...headers, "webhook-signature": signature };
    }
    const keys = await this.keyPair();
    const jwt = await new SignJWT({
      webhook_id: msg.id,
      body_sha256: createHash("sha256").update(msg.body).digest("hex"),
    })
      .setProtectedHeader({ alg: "RS256", kid: KID })
      .setIssuer("gemini-emulator")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(forged ? keys.forged : keys.signing);
    return { ...headers, authorization: `Bearer ${jwt}` };
  }

  private keyPair() {
    this.keys ??= (async () => {
      const pair = await generateKeyPair("RS256");
      const forged = await generateKeyPair("RS256");
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: "RS256", use: "sig" };
      return { signing: pair.privateKey, forged: forged.privateKey, jwks: { keys: [jwk] } };
    })();
    return this.keys;
  }
}
