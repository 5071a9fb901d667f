import { useCallback, useEffect, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import {
  AdminRedeliverDocument,
  AdminWebhookDeliveriesDocument,
  type AdminWebhookDeliveriesQuery,
  AdminWebhooksDocument,
  type AdminWebhooksQuery,
} from "../generated/graphql.ts";
import { Notices } from "./Notices.tsx";

type Hook = AdminWebhooksQuery["webhooks"][number];
type Delivery = AdminWebhookDeliveriesQuery["webhookDeliveries"][number];

/** One endpoint's recent deliveries (status, attempts, last answer), each of which can be sent again. */
function Deliveries({ hook }: { hook: Hook }) {
  const [rows, setRows] = useState<Delivery[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(
    () =>
      request(AdminWebhookDeliveriesDocument, { webhookId: hook.id })
        .then((d) => setRows(d.webhookDeliveries))
        .catch((err) => setError(errorText(err))),
    [hook.id],
  );
  useEffect(() => void load(), [load]);
  async function redeliver(d: Delivery) {
    setError(null);
    try {
      await request(AdminRedeliverDocument, { deliveryId: d.id });
      setNotice(`Delivery ${d.id} is queued again (same webhook-id).`);
    } catch (err) {
      setError(errorText(err));
    }
    void load();
  }
  if (rows === null) return <p class="muted">Loading…</p>;
  return (
    <>
      <Notices error={error} notice={notice} />
      {rows.length ? (
        <ul aria-label={`Deliveries to ${hook.url}`}>
          {rows.map((d) => (
            <li key={d.id} data-delivery={d.id}>
              <span class={`pill pill-${d.status.toLowerCase()}`}>{d.status}</span> {d.type} · {d.attempts} attempt(s) ·{" "}
              {d.responseCode ?? d.lastError ?? "no answer yet"} · {new Date(d.createdAt).toLocaleString()}{" "}
              <button type="button" class="secondary" onClick={() => redeliver(d)} aria-label={`Redeliver ${d.id}`}>
                Redeliver
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No deliveries yet.</p>
      )}
    </>
  );
}

/** Every user's webhooks (admins see all): where they point, their state and why one was disabled. */
export function Webhooks() {
  const [hooks, setHooks] = useState<Hook[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request(AdminWebhooksDocument, {})
      .then((d) => setHooks(d.webhooks))
      .catch((err) => setError(errorText(err)));
  }, []);
  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      <Notices error={error} />
      {hooks === null ? (
        <p class="muted">Loading…</p>
      ) : hooks.length ? (
        <ul>
          {hooks.map((h) => (
            <li key={h.id} data-webhook={h.id}>
              <span class={`pill pill-${h.state.toLowerCase()}`}>{h.state}</span> <code>{h.url}</code> ·{" "}
              {h.events.join(", ")}
              {h.disabledReason && <span class="error"> · {h.disabledReason}</span>}{" "}
              <button
                type="button"
                class="secondary"
                aria-expanded={open === h.id}
                onClick={() => setOpen(open === h.id ? null : h.id)}
              >
                Deliveries
              </button>
              {open === h.id && <Deliveries hook={h} />}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No webhooks.</p>
      )}
    </section>
  );
}
