import { useEffect, useRef, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import {
  AdminDisableUserDocument,
  AdminEnableUserDocument,
  AdminSetUserQuotaDocument,
  AdminSetUserRoleDocument,
  type AdminUserFragment,
  type SetUserQuotaInput,
} from "../generated/graphql.ts";
import { Keys } from "./Keys.tsx";
import { Notices } from "./Notices.tsx";

type QuotaField = "requestsPerMinute" | "tokensPerDay" | "tokensPerMonth" | "concurrentRuns";
const QUOTA_FIELDS: { field: QuotaField; label: string }[] = [
  { field: "requestsPerMinute", label: "Requests per minute" },
  { field: "tokensPerDay", label: "Tokens per day" },
  { field: "tokensPerMonth", label: "Tokens per month" },
  { field: "concurrentRuns", label: "Concurrent runs" },
];

/** The form's text for a limit: the user's own value, or empty when the server's default applies. */
const initial = (u: AdminUserFragment) =>
  Object.fromEntries(
    QUOTA_FIELDS.map(({ field }) => [field, u.quota.overridden.includes(field) ? String(u.quota[field]) : ""]),
  ) as Record<QuotaField, string>;

/** One user: admin or not, disabled or not, their quota and their keys. */
export function UserPanel({ user, onChange }: { user: AdminUserFragment; onChange(u: AdminUserFragment): void }) {
  const [quota, setQuota] = useState(() => initial(user));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Opened from the list: focus moves to the panel, so keyboard and screen reader users land in it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  async function act(what: string, run: () => Promise<AdminUserFragment>) {
    setError(null);
    setNotice(null);
    try {
      const u = await run();
      onChange(u);
      setNotice(what);
      return u;
    } catch (err) {
      setError(errorText(err));
      return null;
    }
  }
  const admin = user.role === "ADMIN";
  const toggleRole = () =>
    act(admin ? `${user.name} is now a user.` : `${user.name} is now an admin.`, async () => {
      const role = admin ? "USER" : "ADMIN";
      return (await request(AdminSetUserRoleDocument, { userId: user.id, role })).setUserRole;
    });
  const toggleDisabled = () =>
    act(
      user.disabled ? `${user.name} is enabled again.` : `${user.name} is disabled: their keys stop now.`,
      async () =>
        user.disabled
          ? (await request(AdminEnableUserDocument, { userId: user.id })).enableUser
          : (await request(AdminDisableUserDocument, { userId: user.id })).disableUser,
    );
  async function saveQuota(e: Event) {
    e.preventDefault();
    const input: SetUserQuotaInput = {};
    for (const { field, label } of QUOTA_FIELDS) {
      const text = quota[field].trim();
      const n = text === "" ? null : Number(text);
      if (n !== null && !(Number.isInteger(n) && n >= 0)) {
        setError(`Check “${label}”: a whole number, 0 for no limit, or empty for the default.`);
        return;
      }
      input[field] = n;
    }
    const u = await act(`Saved ${user.name}'s quota.`, async () => {
      return (await request(AdminSetUserQuotaDocument, { userId: user.id, input })).setUserQuota;
    });
    if (u) setQuota(initial(u));
  }
  return (
    <section id="user-panel" class="panel" aria-labelledby="user-panel-title">
      <h3 id="user-panel-title" ref={heading} tabIndex={-1}>
        {user.name}
      </h3>
      <p class="muted">
        <code>{user.id}</code> · since {new Date(user.createdAt).toLocaleDateString()}
      </p>
      <Notices error={error} notice={notice} />
      <div class="row">
        <button type="button" class="secondary" onClick={toggleRole}>
          {admin ? "Make a plain user" : "Make admin"}
        </button>
        <button type="button" class="secondary" onClick={toggleDisabled}>
          {user.disabled ? "Enable user" : "Disable user"}
        </button>
      </div>
      <form onSubmit={saveQuota} aria-labelledby="quota-title">
        <h4 id="quota-title">Quota</h4>
        <p class="muted">Empty: the server's default (shown greyed). 0: no limit.</p>
        <div class="row">
          {QUOTA_FIELDS.map(({ field, label }) => (
            <label key={field} class="stacked">
              {label}
              <input
                inputMode="numeric"
                value={quota[field]}
                placeholder={String(user.quota[field])}
                onInput={(e) => setQuota({ ...quota, [field]: e.currentTarget.value })}
              />
            </label>
          ))}
        </div>
        <button type="submit">Save quota</button>
      </form>
      <Keys user={user} />
    </section>
  );
}
