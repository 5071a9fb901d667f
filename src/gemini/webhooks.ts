import type { GoogleGenAI, Webhooks } from "@google/genai";
import { mapUpstreamError } from "./errors.ts";

/** One of upstream's own webhooks (where upstream pushes the end of a run), as this server reads it. */
export interface RemoteWebhook {
  id: string;
  name: string | null;
  uri: string;
  /** Dotted lowercase, as upstream names them (`interaction.completed`). */
  events: string[];
  /** enabled | disabled | disabled_due_to_failed_deliveries */
  state: string;
  createdAt: string | null;
  updatedAt: string | null;
  /** Truncated: upstream shows a whole secret only when it makes one. */
  signingSecrets: { truncated: string; expiresAt: string | null }[];
}

export interface RemoteWebhookChange {
  uri?: string;
  name?: string;
  events?: string[];
  state?: "enabled" | "disabled";
}

/** Upstream's `webhooks` resource (SDK `client.webhooks`). Secrets come back whole only from create and rotate. */
export interface UpstreamWebhooks {
  list(): Promise<RemoteWebhook[]>;
  get(id: string): Promise<RemoteWebhook>;
  create(input: { uri: string; events: string[]; name?: string }): Promise<{ webhook: RemoteWebhook; secret: string }>;
  update(id: string, change: RemoteWebhookChange): Promise<RemoteWebhook>;
  delete(id: string): Promise<void>;
  /** Upstream sends the webhook a test event. */
  ping(id: string): Promise<void>;
  /** A new secret; the previous ones keep signing for 24 h unless `revokePrevious`. */
  rotate(id: string, revokePrevious: boolean): Promise<string>;
}

function view(w: Webhooks.Webhook): RemoteWebhook {
  return {
    id: w.id ?? "",
    name: w.name ?? null,
    uri: w.uri,
    events: [...w.subscribed_events],
    state: w.state ?? "enabled",
    createdAt: w.create_time ?? null,
    updatedAt: w.update_time ?? null,
    signingSecrets: (w.signing_secrets ?? []).map((s) => ({
      truncated: s.truncated_secret ?? "",
      expiresAt: s.expire_time ?? null,
    })),
  };
}

/** Pages through every webhook (upstream pages them; an admin list is short). */
async function all(api: GoogleGenAI["webhooks"]): Promise<RemoteWebhook[]> {
  const out: RemoteWebhook[] = [];
  let token: string | undefined;
  do {
    const page = await api.list({ page_size: 100, ...(token ? { page_token: token } : {}) });
    out.push(...(page.webhooks ?? []).map(view));
    token = page.next_page_token;
  } while (token);
  return out;
}

export function createUpstreamWebhooks(ai: GoogleGenAI, apiKey: string): UpstreamWebhooks {
  const api = ai.webhooks;
  // Typed errors (UpstreamError with upstream's status and message, the key scrubbed), as for interactions.
  const typed = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw mapUpstreamError(err, apiKey);
    }
  };
  return {
    list: () => typed(() => all(api)),
    get: (id) => typed(async () => view(await api.get(id))),
    create: (input) =>
      typed(async () => {
        const w = await api.create({
          uri: input.uri,
          subscribed_events: input.events,
          ...(input.name ? { name: input.name } : {}),
        });
        return { webhook: view(w), secret: w.new_signing_secret ?? "" };
      }),
    update: (id, change) =>
      typed(async () => {
        const body = {
          ...(change.uri !== undefined ? { uri: change.uri } : {}),
          ...(change.name !== undefined ? { name: change.name } : {}),
          ...(change.events !== undefined ? { subscribed_events: change.events } : {}),
          ...(change.state !== undefined ? { state: change.state } : {}),
        };
        return view(await api.update(id, { ...body, update_mask: Object.keys(body).join(",") }));
      }),
    delete: (id) => typed(async () => void (await api.delete(id))),
    ping: (id) => typed(async () => void (await api.ping(id))),
    rotate: (id, revokePrevious) =>
      typed(async () => {
        const r = await api.rotateSigningSecret(id, {
          revocation_behavior: revokePrevious
            ? "revoke_previous_secrets_immediately"
            : "revoke_previous_secrets_after_h24",
        });
        return r.secret ?? "";
      }),
  };
}
