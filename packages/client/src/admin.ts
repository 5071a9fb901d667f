import type { ChatClient } from "./client.ts";
import type { InteractionStatus } from "./types.ts";

/** One user with what they used in all (UsageTotals). */
export interface AdminUser {
  id: string;
  name: string;
  role: string;
  disabled: boolean;
  totalTokens: number;
}
export interface AdminKey {
  id: string;
  name: string;
  prefix: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  owner: string | null;
}
/** A queued or running job, or a run in progress (activeRuns). */
export interface AdminRun {
  id: string;
  state: InteractionStatus;
  owner: string | null;
}

export interface AdminView {
  users: AdminUser[];
  keys: AdminKey[];
  jobs: AdminRun[];
  runs: AdminRun[];
}

// Flat lists (no list inside a list): the query stays far under the cost limit with 50 of each.
const ADMIN = `query AdminView($first: Int!) {
  users(first: $first) { edges { node { id name role disabled usageTotals { totalTokens } } } }
  apiKeys(allUsers: true, includeRevoked: true, first: $first) {
    edges { node { id name prefix revokedAt lastUsedAt owner { name } } }
  }
  jobs(first: $first, state: [QUEUED, IN_PROGRESS]) { edges { node { id state owner { name } } } }
  activeRuns(first: $first) { edges { node { id status owner { name } } } }
}`;

type Owner = { owner: { name: string } | null };
interface AdminData {
  users: { edges: { node: Omit<AdminUser, "totalTokens"> & { usageTotals: { totalTokens: number } } }[] };
  apiKeys: { edges: { node: Omit<AdminKey, "owner"> & Owner }[] };
  jobs: { edges: { node: Omit<AdminRun, "owner"> & Owner }[] };
  activeRuns: { edges: { node: { id: string; status: InteractionStatus } & Owner }[] };
}

const nodes = <T>(c: { edges: { node: T }[] }) => c.edges.map((e) => e.node);
const named = <T extends Owner>({ owner, ...rest }: T) => ({ ...rest, owner: owner?.name ?? null });

/** What an admin dashboard shows, for an admin key: users with their usage, every user's keys, jobs and live runs. */
export async function loadAdminView(client: ChatClient, first = 50): Promise<AdminView> {
  const d = await client.query<AdminData, { first: number }>(ADMIN, { first });
  return {
    users: nodes(d.users).map(({ usageTotals, ...u }) => ({ ...u, totalTokens: usageTotals.totalTokens })),
    keys: nodes(d.apiKeys).map(named),
    jobs: nodes(d.jobs).map(named),
    runs: nodes(d.activeRuns).map(({ status, ...r }) => named({ ...r, state: status })),
  };
}
