import { useAdmin } from "@gemini-interactions-graphql/client/react";
import { client } from "./ChatPage.tsx";

const row = (id: string, ...cells: unknown[]) => <li key={id}>{cells.join(" · ")}</li>;

/** For an admin key: users and their usage, every user's keys, queued jobs and live runs, refreshed every 5 s. */
export function AdminPage() {
  const { data, error } = useAdmin({ client, refreshMs: 5000 });
  return (
    <main>
      {error && <p role="alert">{error.message}</p>}
      <ul className="users">{data?.users.map((u) => row(u.id, u.name, u.role, `${u.totalTokens} tokens`))}</ul>
      <ul className="keys">
        {data?.keys.map((k) => row(k.id, k.owner, k.prefix, k.revokedAt ? "revoked" : "active"))}
      </ul>
      <ul className="jobs">{[...(data?.jobs ?? []), ...(data?.runs ?? [])].map((j) => row(j.id, j.owner, j.state))}</ul>
    </main>
  );
}
