import type { Viewer } from "../main.tsx";
import { Jobs } from "./Jobs.tsx";
import { Latency } from "./Latency.tsx";
import { LiveRuns } from "./LiveRuns.tsx";
import { Usage } from "./Usage.tsx";
import { Users } from "./Users.tsx";
import { Webhooks } from "./Webhooks.tsx";

/**
 * The dashboard. A non-admin gets a message and nothing else: no admin query
 * is even sent (the API would refuse it anyway).
 */
export function AdminPage({ viewer }: { viewer: NonNullable<Viewer> }) {
  if (viewer.role !== "ADMIN") {
    return (
      <main class="pad">
        <h1>Admin dashboard</h1>
        <p class="error" role="alert">
          This dashboard is for admins only. You are signed in as {viewer.name}, who is not an admin.
        </p>
        <p>
          <a href="/">Back to chat</a>
        </p>
      </main>
    );
  }
  return (
    <main class="admin pad">
      <h1>Admin dashboard</h1>
      <Usage />
      <LiveRuns />
      <Latency />
      <Jobs />
      <Users />
      <Webhooks />
    </main>
  );
}
