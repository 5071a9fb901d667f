import { createHash, randomBytes } from "node:crypto";
import type { Viewer } from "../context.ts";
import type { Db } from "../infra/db.ts";

export const LOCAL_USER_ID = "local";

const hashKey = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Creates the built-in single user that anonymous requests act as (when allowed). */
export async function ensureLocalUser(db: Db): Promise<void> {
  await db.user.upsert({
    where: { id: LOCAL_USER_ID },
    create: { id: LOCAL_USER_ID, name: "Local user", role: "USER" },
    update: {},
  });
}

/** Issues an API key for a user; the secret is returned once and only its hash is kept. */
export async function issueApiKey(db: Db, ownerId: string, name: string): Promise<string> {
  const secret = `gik_${randomBytes(24).toString("base64url")}`;
  await db.apiKey.create({ data: { ownerId, name, hash: hashKey(secret) } });
  return secret;
}

/**
 * Who is asking: the owner of the bearer key, or the local user when the
 * request has no key and anonymous use is allowed. A wrong key is never
 * silently downgraded to anonymous.
 */
export async function resolveViewer(
  db: Db,
  authorization: string | null | undefined,
  allowAnonymous: boolean,
): Promise<Viewer | null> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  // The local user is a plain user: with keys issued to others, keyless requests must not see their rows.
  if (!token) return allowAnonymous && !authorization ? { id: LOCAL_USER_ID, role: "USER" } : null;
  const key = await db.apiKey.findUnique({ where: { hash: hashKey(token) }, include: { owner: true } });
  if (!key || key.revokedAt) return null;
  return { id: key.owner.id, role: key.owner.role, keyId: key.id };
}

/**
 * The viewer a signed media URL was issued to, as they stand now: the key it
 * names must still be valid and its owner's; a keyless grant needs anonymous
 * use still allowed. Null when that access has ended.
 */
export async function viewerOfGrant(
  db: Db,
  grant: { userId: string; keyId: string | null },
  allowAnonymous: boolean,
): Promise<Viewer | null> {
  if (!grant.keyId)
    return allowAnonymous && grant.userId === LOCAL_USER_ID ? { id: LOCAL_USER_ID, role: "USER" } : null;
  const key = await db.apiKey.findUnique({ where: { id: grant.keyId }, include: { owner: true } });
  if (!key || key.revokedAt || key.ownerId !== grant.userId) return null;
  return { id: key.owner.id, role: key.owner.role, keyId: key.id };
}
