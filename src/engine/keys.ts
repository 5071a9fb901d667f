import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../infra/db.ts";
import type { Role, Scope, Viewer } from "./access.ts";

/**
 * API key secrets: `gik_` + 32 random base64url characters. Only the sha256
 * is stored, with the first characters as a visible prefix so people can tell
 * keys apart (and the CLI can revoke by prefix) without the secret.
 */
const PREFIX_LENGTH = 12;
/** lastUsedAt is a hint for people, not an audit trail: one write per key per minute at most. */
const LAST_USED_EVERY_MS = 60_000;

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
 * The one lookup from a secret to a viewer (a cache may wrap it): null for an
 * unknown or revoked key or a disabled user. The role seen by the access
 * policy is ADMIN only when the key holds the ADMIN scope.
 */
export async function authenticateKey(db: Db, secret: string, now = new Date()): Promise<Viewer | null> {
  const key = await db.apiKey.findUnique({
    where: { hash: hashKey(secret) },
    select: {
      id: true,
      scopes: true,
      revokedAt: true,
      lastUsedAt: true,
      owner: { select: { id: true, role: true, disabledAt: true } },
    },
  });
  if (!key || key.revokedAt || key.owner.disabledAt) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    // Not awaited: a request never waits for a bookkeeping write.
    void db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } }).catch(() => undefined);
  }
  const scopes = effectiveScopes(key.owner.role, key.scopes);
  return { id: key.owner.id, role: scopes.includes("ADMIN") ? "ADMIN" : "USER", scopes, keyId: key.id };
}
