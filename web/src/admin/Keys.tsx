import { useCallback, useEffect, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import {
  AdminCreateApiKeyDocument,
  type AdminKeyFragment,
  AdminRevokeApiKeyDocument,
  type AdminUserFragment,
  AdminUserKeysDocument,
  type ApiKeyScope,
} from "../generated/graphql.ts";
import { Notices } from "./Notices.tsx";

const SCOPES: { scope: ApiKeyScope; label: string }[] = [
  { scope: "READ", label: "Read" },
  { scope: "WRITE", label: "Write" },
  { scope: "ADMIN", label: "Admin" },
];
const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : "never");

/** A user's keys: create one (its secret is shown here once, never again), revoke one. */
export function Keys({ user }: { user: AdminUserFragment }) {
  const [keys, setKeys] = useState<AdminKeyFragment[]>([]);
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiKeyScope[]>(["READ", "WRITE"]);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    () =>
      request(AdminUserKeysDocument, { id: user.id })
        .then((d) => setKeys(d.user?.apiKeys.edges.map((e) => e.node) ?? []))
        .catch((err) => setError(errorText(err))),
    [user.id],
  );
  useEffect(() => void load(), [load]);
  // An admin scope is only for admins: drop it when the user is (made) a plain user.
  const allowed = SCOPES.filter((s) => s.scope !== "ADMIN" || user.role === "ADMIN");
  async function create(e: Event) {
    e.preventDefault();
    setError(null);
    setSecret(null);
    try {
      const chosen = scopes.filter((s) => allowed.some((a) => a.scope === s));
      const r = (await request(AdminCreateApiKeyDocument, { input: { userId: user.id, name, scopes: chosen } }))
        .createApiKey;
      setSecret({ name: r.apiKey.name, secret: r.secret });
      setName("");
      setKeys((all) => [r.apiKey, ...all]);
    } catch (err) {
      setError(errorText(err));
    }
  }
  async function revoke(key: AdminKeyFragment) {
    setError(null);
    try {
      const r = (await request(AdminRevokeApiKeyDocument, { id: key.id })).revokeApiKey;
      setKeys((all) => all.map((k) => (k.id === r.id ? r : k)));
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <section aria-labelledby="keys-title">
      <h4 id="keys-title">API keys</h4>
      <Notices error={error} />
      {secret && (
        <div class="secret" role="status">
          <p>New key “{secret.name}”. Copy it now: it is shown only this once and cannot be read again.</p>
          <code data-testid="new-secret">{secret.secret}</code>{" "}
          <button type="button" class="secondary" onClick={() => setSecret(null)}>
            I have copied it
          </button>
        </div>
      )}
      <form class="row" onSubmit={create} aria-label={`New key for ${user.name}`}>
        <label>
          Key name <input value={name} onInput={(e) => setName(e.currentTarget.value)} required maxLength={100} />
        </label>
        <fieldset class="inline-set">
          <legend class="sr-only">Scopes</legend>
          {allowed.map(({ scope, label }) => (
            <label key={scope} class="inline">
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(e) =>
                  setScopes((all) => (e.currentTarget.checked ? [...all, scope] : all.filter((s) => s !== scope)))
                }
              />{" "}
              {label}
            </label>
          ))}
        </fieldset>
        <button type="submit">Create key</button>
      </form>
      <div class="table-wrap">
        <table class="keys">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Prefix</th>
              <th scope="col">Scopes</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id} data-key={k.id}>
                <th scope="row">{k.name}</th>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>{k.scopes.length ? k.scopes.map((s) => s.toLowerCase()).join(", ") : "all the role allows"}</td>
                <td>{when(k.createdAt)}</td>
                <td>{when(k.lastUsedAt)}</td>
                <td>
                  {k.revokedAt ? (
                    <span class="pill pill-failed">revoked</span>
                  ) : (
                    <button type="button" onClick={() => revoke(k)} aria-label={`Revoke key ${k.name} (${k.prefix})`}>
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
            {!keys.length && (
              <tr>
                <td colSpan={6} class="muted">
                  No keys yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
