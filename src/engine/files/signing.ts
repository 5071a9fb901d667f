import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../../infra/db.ts";

/** Whom a signed URL was issued to: the viewer, and the API key they used (none: the keyless local user). */
export interface Grant {
  userId: string;
  keyId: string | null;
}

/**
 * Signed, expiring media URLs: an `<img>` or `<video>` sends no headers, so
 * the URL itself carries who may read it (HMAC over path, user, key and
 * expiry). Serving still asks the access policy with the grant's current
 * state, so a revoked key or a lost right ends the URL early.
 */
export class UrlSigner {
  constructor(
    private key: Buffer,
    readonly ttlSeconds: number,
  ) {}

  private mac(path: string, g: Grant, exp: number): string {
    return createHmac("sha256", this.key)
      .update(`${path}\n${g.userId}\n${g.keyId ?? ""}\n${exp}`)
      .digest("base64url");
  }

  /** `path?exp&u&k&sig`. The expiry is rounded up to a tenth of the TTL, so repeated reads give the same URL and browsers can cache it. */
  sign(path: string, g: Grant, now = Date.now()): string {
    const step = Math.max(1, Math.floor(this.ttlSeconds / 10));
    const exp = Math.ceil((now / 1000 + this.ttlSeconds - step) / step) * step;
    const q = new URLSearchParams({ exp: String(exp), u: g.userId, ...(g.keyId ? { k: g.keyId } : {}) });
    q.set("sig", this.mac(path, g, exp));
    return `${path}?${q}`;
  }

  /** The grant, when the signature holds and has not expired; otherwise null. */
  verify(path: string, q: URLSearchParams, now = Date.now()): (Grant & { exp: number }) | null {
    const exp = Number(q.get("exp"));
    const userId = q.get("u");
    const sig = q.get("sig");
    if (!userId || !sig || !Number.isInteger(exp) || exp * 1000 <= now) return null;
    const grant = { userId, keyId: q.get("k") || null };
    const want = Buffer.from(this.mac(path, grant, exp));
    const got = Buffer.from(sig);
    return want.length === got.length && timingSafeEqual(want, got) ? { ...grant, exp } : null;
  }
}

const SECRET_NAME = "media-signing-key";

/**
 * The configured key, or one made once and kept in the database, so every
 * process (and every restart) signs and verifies alike.
 */
export async function signingKey(db: Db, configured: string | undefined): Promise<Buffer> {
  if (configured) return Buffer.from(configured);
  await db.serverSecret.createMany({
    data: [{ name: SECRET_NAME, value: randomBytes(32).toString("base64url") }],
    skipDuplicates: true,
  });
  const row = await db.serverSecret.findUniqueOrThrow({ where: { name: SECRET_NAME } });
  return Buffer.from(row.value);
}
