import type { ConsoleToken } from "../../src/infra/console-token.ts";
import type { Created, KeyRow, KeyStore } from "./types.ts";

const KEY_FIELDS = "id prefix name scopes createdAt lastUsedAt revokedAt owner { id name role }";
/** Bounds the paging loops: 100 pages of 100 users. */
const MAX_PAGES = 100;

type RemoteKey = Omit<KeyRow, "user"> & { owner: KeyRow["user"] };
const toRow = ({ owner, ...k }: RemoteKey): KeyRow => ({ ...k, user: owner });

/**
 * Goes through the running server (which owns the embedded directory) with
 * its console credential, over the same GraphQL API an admin dashboard uses.
 */
export function remoteStore(server: ConsoleToken): KeyStore {
  async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data)
      throw new Error(body.errors?.map((e) => e.message).join("; ") ?? `HTTP ${res.status}`);
    return body.data;
  }
  /** Every page of a connection query (bounded by MAX_PAGES). */
  async function pages<N>(query: string, vars: Record<string, unknown>, field: string): Promise<N[]> {
    const nodes: N[] = [];
    let after: string | null = null;
    for (let i = 0; i < MAX_PAGES; i++) {
      const data: Record<
        string,
        { edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
      > = await gql(query, { ...vars, after });
      const page = data[field];
      if (!page) break;
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return nodes;
  }
  /**
   * Users, then each user's keys: one flat query per page. (Keys nested under 100 users at once
   * would be over the server's operation cost limit, GRAPHQL_MAX_COST.)
   */
  async function allKeys(): Promise<KeyRow[]> {
    const users = await pages<{ id: string }>(
      "query($after: String) { users(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
      {},
      "users",
    );
    const rows: KeyRow[] = [];
    for (const u of users) {
      const keys = await pages<RemoteKey>(
        `query($userId: ID, $after: String) { apiKeys(first: 100, userId: $userId, after: $after) {
           edges { node { ${KEY_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
        { userId: u.id },
        "apiKeys",
      );
      rows.push(...keys.map(toRow));
    }
    return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
  return {
    async create(userName, admin): Promise<Created> {
      const found = await gql<{ users: { edges: { node: Created["user"] & { builtIn: boolean } }[] } }>(
        "query($name: String) { users(first: 100, search: $name) { edges { node { id name role builtIn } } } }",
        { name: userName },
      );
      let user = found.users.edges.map((e) => e.node).find((u) => u.name === userName && !u.builtIn);
      if (!user) {
        const made = await gql<{ createUser: Created["user"] }>(
          "mutation($input: CreateUserInput!) { createUser(input: $input) { id name role } }",
          { input: { name: userName, role: admin ? "ADMIN" : "USER" } },
        );
        user = { ...made.createUser, builtIn: false };
      }
      if (admin && user.role !== "ADMIN") {
        const set = await gql<{ setUserRole: Created["user"] }>(
          "mutation($id: ID!) { setUserRole(userId: $id, role: ADMIN) { id name role } }",
          { id: user.id },
        );
        user = { ...set.setUserRole, builtIn: false };
      }
      const key = await gql<{ createApiKey: { secret: string; apiKey: { id: string; prefix: string } } }>(
        "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix } } }",
        { input: { userId: user.id, name: "cli" } },
      );
      return {
        user: { id: user.id, name: user.name, role: user.role },
        key: key.createApiKey.apiKey,
        secret: key.createApiKey.secret,
      };
    },
    list: allKeys,
    async revoke(idOrPrefix) {
      const key = (await allKeys()).find((k) => k.id === idOrPrefix || k.prefix === idOrPrefix);
      if (!key) return null;
      const done = await gql<{ revokeApiKey: RemoteKey }>(
        `mutation($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`,
        {
          id: key.id,
        },
      );
      return toRow(done.revokeApiKey);
    },
    close: async () => undefined,
  };
}
