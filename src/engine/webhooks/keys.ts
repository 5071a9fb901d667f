import { randomBytes } from "node:crypto";
import type { Webhook } from "../../generated/prisma/client.ts";
import type { Secrets } from "../turns/secrets.ts";

/** A whsec_ secret: 24 random bytes, base64, as Standard Webhooks keys are written. */
export const newSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

const PLAIN = "whsec_";

/**
 * Users' signing secrets at rest: sealed with SECRETS_KEY (the same AES-GCM
 * box as MCP credentials, bound to the webhook's owner) when it is set; a row
 * written without it (or before it was set) keeps its plain whsec_ secret.
 */
export class SigningKeys {
  constructor(
    private secrets: Secrets,
    /** How long a rotated-out secret keeps signing beside the new one (ms). */
    readonly overlapMs: number,
  ) {}

  /** What the row stores for `secret`. */
  seal(secret: string, ownerId: string): string {
    return this.secrets.enabled ? this.secrets.seal({ secret }, ownerId).box : secret;
  }

  /** The secret a row stores, or undefined when it cannot be opened (SECRETS_KEY changed or unset). */
  open(stored: string, ownerId: string): string | undefined {
    if (stored.startsWith(PLAIN)) return stored;
    return this.secrets.open({ owner: ownerId, box: stored })?.secret;
  }

  /** Every secret that signs now: the current one, then the previous one during its overlap. */
  active(
    webhook: Pick<Webhook, "ownerId" | "secret" | "previousSecret" | "previousSecretExpiresAt">,
    at = Date.now(),
  ): string[] {
    const current = this.open(webhook.secret, webhook.ownerId);
    const overlapping = webhook.previousSecret && (webhook.previousSecretExpiresAt?.getTime() ?? 0) > at;
    const previous =
      overlapping && webhook.previousSecret ? this.open(webhook.previousSecret, webhook.ownerId) : undefined;
    return [current, previous].filter((s): s is string => s !== undefined);
  }

  /** The columns a rotation writes: the new secret, and the old one signing until the overlap ends. */
  rotated(webhook: Pick<Webhook, "ownerId" | "secret">, revokePrevious: boolean) {
    const signingSecret = newSecret();
    const keep = !revokePrevious && this.overlapMs > 0;
    return {
      signingSecret,
      data: {
        secret: this.seal(signingSecret, webhook.ownerId),
        previousSecret: keep ? webhook.secret : null,
        previousSecretExpiresAt: keep ? new Date(Date.now() + this.overlapMs) : null,
      },
    };
  }
}
