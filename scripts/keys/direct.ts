import * as accounts from "../../src/engine/access/accounts.ts";
import { CONSOLE_USER_ID, LOCAL_USER_ID } from "../../src/engine/access/identity.ts";
import type { Database } from "../../src/infra/db.ts";
import type { KeyRow, KeyStore } from "./types.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Opens the database itself: PostgreSQL (any number of clients), or an
 * embedded directory no server holds. No server is running on it, so no
 * socket needs closing and nothing is published.
 */
export function directStore(database: Database): KeyStore {
  const db = database.prisma;
  const deps = { db };
  const toRow = async (id: string): Promise<KeyRow> => {
    const k = await db.apiKey.findUniqueOrThrow({ where: { id }, include: { owner: true } });
    return {
      id: k.id,
      prefix: k.prefix,
      name: k.name,
      scopes: k.scopes,
      user: { id: k.owner.id, name: k.owner.name, role: k.owner.role },
      createdAt: k.createdAt.toISOString(),
      lastUsedAt: iso(k.lastUsedAt),
      revokedAt: iso(k.revokedAt),
    };
  };
  return {
    async create(userName, admin) {
      let user =
        (await db.user.findFirst({
          where: { name: userName, id: { notIn: [LOCAL_USER_ID, CONSOLE_USER_ID] } },
          orderBy: { createdAt: "asc" },
        })) ?? (await accounts.createUser(deps, null, { name: userName, role: admin ? "ADMIN" : "USER" }));
      if (admin && user.role !== "ADMIN") user = await accounts.setUserRole(deps, null, user, "ADMIN");
      const { key, secret } = await accounts.createApiKey(deps, null, user, { name: "cli" });
      return {
        user: { id: user.id, name: user.name, role: user.role },
        key: { id: key.id, prefix: key.prefix },
        secret,
      };
    },
    async list() {
      const keys = await db.apiKey.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
      return Promise.all(keys.map((k) => toRow(k.id)));
    },
    async revoke(idOrPrefix) {
      const key = await accounts.findKey(db, idOrPrefix);
      if (!key) return null;
      await accounts.revokeApiKey(deps, null, key);
      return toRow(key.id);
    },
    close: () => database.close(),
  };
}
