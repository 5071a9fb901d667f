/** What the keys CLI does, the same whether it opens the database itself or goes through the running server. */
export interface KeyRow {
  id: string;
  prefix: string;
  name: string;
  scopes: string[];
  user: { id: string; name: string; role: string };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface Created {
  user: { id: string; name: string; role: string };
  key: { id: string; prefix: string };
  secret: string;
}

export interface KeyStore {
  /** A key for the user of that name (created first if there is none; made ADMIN with `admin`). */
  create(userName: string, admin: boolean): Promise<Created>;
  list(): Promise<KeyRow[]>;
  /** By key id or visible prefix; null when no key matches. */
  revoke(idOrPrefix: string): Promise<KeyRow | null>;
  close(): Promise<void>;
}
