import { createHash, randomBytes } from "node:crypto";
import { Prisma } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import type { Role, Scope, Viewer } from "./policy.ts";

/**
 * API key secrets: `gik_` + 32 random base64url characters. Only the sha256
 * is stored, with the first characters as a visible prefix so people can tell
 * keys apart (and the CLI can revoke by prefix) without the secret.
 */
const PREFIX_LENGTH = 12;
/** lastUsedAt is written at most once a minute per key. */
const LAST_USED_EVERY_S = 60;

export const hashKey = (secret: string) => createHash("sha256").update(secret).digest("hex");

export function newSecret(): { secret: string; prefix: string; hash: string } {
  const secret = `gik_${randomBytes(24).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, PREFIX_LENGTH), hash: hashKey(secret) };
}

/** Every scope a role may hold; a key never gets more than its owner's role allows. */
export const scopesFor = (role: Role): Scope[] => (role === "ADMIN" ? ["READ", "WRITE", "ADMIN"] : ["READ", "WRITE"]);

/**
 * What a key may do now: its own scopes cut to what the owner's role allows
 * (a demoted admin's keys lose ADMIN at once). Keys made before scopes
 * existed have none stored and get everything the role allows.
 */
export function effectiveScopes(role: Role, stored: readonly string[]): Scope[] {
  const allowed = scopesFor(role);
  return stored.length === 0 ? allowed : allowed.filter((s) => stored.includes(s));
}

/**
 * The one rule from a key to a viewer: null for an unknown or revoked key or
 * a disabled user. The role seen by the access policy is ADMIN only when the
 * key holds the ADMIN scope. `touch`: lastUsedAt is written when older than a
 * minute (a hint for people, not an audit trail), in the same statement, so a
 * request costs the same number of queries.
 */
async function viewerOfKey(db: Db, match: Prisma.Sql, touch: boolean): Promise<Viewer | null> {
  const touched = touch
    ? Prisma.sql`, touched AS (
      UPDATE "ApiKey" SET "lastUsedAt" = now() WHERE "id" IN (
        SELECT "id" FROM k WHERE "lastUsedAt" IS NULL OR "lastUsedAt" < now() - make_interval(secs => ${LAST_USED_EVERY_S})
      )
    )`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ keyId: string; scopes: string[]; userId: string; role: Role }[]>`
    WITH k AS (
      SELECT k."id", k."scopes", k."ownerId", k."lastUsedAt" FROM "ApiKey" k
      WHERE ${match} AND k."revokedAt" IS NULL
    )${touched}
    SELECT k."id" AS "keyId", k."scopes", u."id" AS "userId", u."role"::text AS "role"
    FROM k JOIN "User" u ON u."id" = k."ownerId" WHERE u."disabledAt" IS NULL`;
  const key = rows[0];
  if (!key) return null;
  const scopes = effectiveScopes(key.role, key.scopes);
  return { id: key.userId, role: scopes.includes("ADMIN") ? "ADMIN" : "USER", scopes, keyId: key.keyId };
}

/** The lookup from a secret to a viewer (a cache may wrap it); marks the key used. */
export const authenticateKey = (db: Db, secret: string) =>
  viewerOfKey(db, Prisma.sql`k."hash" = ${hashKey(secret)}`, true);

/** The viewer a key id stands for now (a signed URL names its key): the key is not marked used. */
export const viewerOfKeyId = (db: Db, keyId: string) => viewerOfKey(db, Prisma.sql`k."id" = ${keyId}`, false);
