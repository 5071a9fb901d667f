import { useCallback, useEffect, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import { AdminCreateUserDocument, type AdminUserFragment, AdminUsersDocument } from "../generated/graphql.ts";
import { Notices } from "./Notices.tsx";
import { UserPanel } from "./UserPanel.tsx";

/** Users and their keys: create a user, then manage one (role, disable, quota, keys) below the list. */
export function Users() {
  const [users, setUsers] = useState<AdminUserFragment[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [admin, setAdmin] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(
    () =>
      request(AdminUsersDocument, { first: 100 })
        .then((d) => setUsers(d.users.edges.map((e) => e.node)))
        .catch((err) => setError(errorText(err))),
    [],
  );
  useEffect(() => void load(), [load]);
  /** Puts a changed user in place (or first, when new) without reading the list again. */
  const put = (u: AdminUserFragment) =>
    setUsers((all) => (all.some((x) => x.id === u.id) ? all.map((x) => (x.id === u.id ? u : x)) : [...all, u]));
  async function create(e: Event) {
    e.preventDefault();
    setError(null);
    setNotice(null);
    try {
      const u = (await request(AdminCreateUserDocument, { input: { name, role: admin ? "ADMIN" : "USER" } }))
        .createUser;
      put(u);
      setSelected(u.id);
      setName("");
      setAdmin(false);
      setNotice(`Created ${u.name}. Give them a key below.`);
    } catch (err) {
      setError(errorText(err));
    }
  }
  const current = users.find((u) => u.id === selected);
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Users and keys</h2>
      <form class="row" onSubmit={create} aria-label="New user">
        <label>
          Name <input value={name} onInput={(e) => setName(e.currentTarget.value)} required maxLength={100} />
        </label>
        <label class="inline">
          <input type="checkbox" checked={admin} onChange={(e) => setAdmin(e.currentTarget.checked)} /> Admin
        </label>
        <button type="submit">Create user</button>
      </form>
      <Notices error={error} notice={notice} />
      <div class="table-wrap">
        <table class="users">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Requests</th>
              <th scope="col">Tokens</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-user={u.id} class={u.id === selected ? "selected" : undefined}>
                <th scope="row">
                  {u.name}
                  {u.builtIn && <span class="muted"> (built in)</span>}
                </th>
                <td>{u.role === "ADMIN" ? "admin" : "user"}</td>
                <td>{u.disabled ? <span class="pill pill-failed">disabled</span> : "active"}</td>
                <td>{u.usageTotals.requests.toLocaleString("en-US")}</td>
                <td>{u.usageTotals.totalTokens.toLocaleString("en-US")}</td>
                <td>
                  <button
                    type="button"
                    class="secondary"
                    aria-expanded={u.id === selected}
                    aria-controls="user-panel"
                    aria-label={`Manage ${u.name}`}
                    onClick={() => setSelected(u.id === selected ? null : u.id)}
                  >
                    Manage
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {current && <UserPanel key={current.id} user={current} onChange={put} />}
    </section>
  );
}
