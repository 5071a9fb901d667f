import { timingSafeEqual } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Db } from "../../infra/db.ts";
import { UnauthenticatedError } from "../../infra/errors.ts";
import { hostnameOf, isLoopback } from "../../infra/net.ts";
import { hashKey, viewerOfKeyId } from "./keys.ts";
import type { Viewer } from "./policy.ts";

export const LOCAL_USER_ID = "local";
/** The server console: the admin.token credential the CLI uses while the server owns the data directory. */
export const CONSOLE_USER_ID = "console";

/** Creates the built-in users: the local user anonymous requests act as, and the console admin. */
export async function ensureLocalUser(db: Db): Promise<void> {
  await db.user.upsert({
    where: { id: LOCAL_USER_ID },
    create: { id: LOCAL_USER_ID, name: "Local user", role: "USER" },
    update: {},
  });
  await db.user.upsert({
    where: { id: CONSOLE_USER_ID },
    create: { id: CONSOLE_USER_ID, name: "Server console (admin.token)", role: "ADMIN" },
    update: {},
  });
}

export interface CredentialOptions {
  allowAnonymous: boolean;
  /** The per-start console token (admin.token); accepted only from a loopback address. */
  consoleToken?: string;
  /** The socket peer; null or absent when unknown (the socket is gone): never this machine. */
  remoteAddress?: string | null;
  /** The Host header the request named: a DNS-rebound page names its own domain, not a loopback one. */
  host?: string | null;
  /** The request carries a forwarding header (Forwarded, X-Forwarded-*, X-Real-IP, Via): a proxy's client. */
  forwarded?: boolean;
  /** No network request at all: a call made inside this process (yoga.fetch). */
  inProcess?: boolean;
}

/** fromThisMachine's answers by address and Host: parsing both took a few percent of a small request's CPU. */
const machineAnswers = new LRUCache<string, boolean>({ max: 1024 });

/**
 * The local user answers only to a person on this machine: a request from a loopback address
 * that names a loopback host and carries no forwarding header (a same-host proxy's clients are
 * not on this machine, whatever Host they pick; a DNS-rebound page names its own host), or one
 * made in-process. An unknown socket address is not this machine. Config already refuses
 * anonymous use on a non-loopback bind; this is the same rule checked per request.
 */
function fromThisMachine({ remoteAddress, host, forwarded, inProcess }: CredentialOptions): boolean {
  if (inProcess) return true;
  if (!remoteAddress || forwarded) return false;
  const key = `${remoteAddress} ${host ?? ""}`;
  let answer = machineAnswers.get(key);
  if (answer === undefined) {
    answer = isLoopback(remoteAddress) && (!host || isLoopback(hostnameOf(host)));
    machineAnswers.set(key, answer);
  }
  return answer;
}

const sameSecret = (a: string, b: string) => timingSafeEqual(Buffer.from(hashKey(a)), Buffer.from(hashKey(b)));

/**
 * Who is asking. No credentials: the local user while anonymous use is
 * allowed, else null (fields that need a user answer UNAUTHENTICATED).
 * Credentials that do not work (malformed, unknown, revoked key, disabled
 * user, console token from another host) throw UNAUTHENTICATED: a wrong key
 * is never silently downgraded to anonymous.
 */
export async function resolveViewer(
  authenticate: (secret: string) => Promise<Viewer | null>,
  authorization: string | null | undefined,
  opts: CredentialOptions,
): Promise<Viewer | null> {
  if (!authorization) {
    if (!opts.allowAnonymous) return null;
    if (fromThisMachine(opts)) return { id: LOCAL_USER_ID, role: "USER" };
    // Anonymous access is on, but not for this caller: 401 with a reason, not a silent nobody.
    throw new UnauthenticatedError(
      "Keyless access works only for a person on the server's machine (no proxy, no forwarding headers): send an API key",
    );
  }
  const token = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw new UnauthenticatedError("The authorization header must be `Bearer <api key>`");
  if (opts.consoleToken && sameSecret(token, opts.consoleToken)) {
    if (!isLoopback(opts.remoteAddress) || opts.forwarded)
      throw new UnauthenticatedError("The console credential works only from this machine");
    return { id: CONSOLE_USER_ID, role: "ADMIN" };
  }
  const viewer = await authenticate(token);
  if (!viewer) throw new UnauthenticatedError("This API key is unknown or revoked, or its user is disabled");
  return viewer;
}

/**
 * The viewer a signed media URL was issued to, as they stand now: the key it
 * names must still be valid and its owner's, and the owner not disabled; a
 * keyless grant needs anonymous use still allowed. Null when that access has ended.
 */
export async function viewerOfGrant(
  db: Db,
  grant: { userId: string; keyId: string | null },
  allowAnonymous: boolean,
): Promise<Viewer | null> {
  if (!grant.keyId)
    return allowAnonymous && grant.userId === LOCAL_USER_ID ? { id: LOCAL_USER_ID, role: "USER" } : null;
  const viewer = await viewerOfKeyId(db, grant.keyId);
  return viewer?.id === grant.userId ? viewer : null;
}
