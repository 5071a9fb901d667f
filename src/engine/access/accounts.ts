import type { ApiKey, Prisma, User } from "../../generated/prisma/client.ts";
import type { Db } from "../../infra/db.ts";
import { ConflictError, ValidationError } from "../../infra/errors.ts";
import type { PubSub } from "../../infra/pubsub.ts";
import type { Topics } from "../events/types.ts";
import { CONSOLE_USER_ID, LOCAL_USER_ID } from "./identity.ts";
import { newSecret, scopesFor } from "./keys.ts";
import type { Role, Scope } from "./policy.ts";

/**
 * Users, API keys and the audit log of what admins did to them. Callers
 * authorise (resolvers through the access policy; the CLI is the operator);
 * this module only does the change, records it, and tells every process when
 * a credential stops working so open sockets are closed at once.
 */
export interface AccountDeps {
  db: Db;
  /** Absent in the CLI's direct mode: no server is running, so no socket to close. */
  pubsub?: PubSub<Topics>;
}

/** Who acted: a user id, or null for the server console credential / the CLI. */
export type Actor = string | null;

export type AuditAction =
  | "user.create"
  | "user.role"
  | "user.disable"
  | "user.enable"
  | "user.quota"
  | "key.create"
  | "key.revoke";

async function audit(
  db: Db,
  actorId: Actor,
  action: AuditAction,
  target: { type: "User" | "ApiKey"; id: string },
  details: Prisma.InputJsonObject = {},
) {
  await db.auditLog.create({ data: { actorId, action, targetType: target.type, targetId: target.id, details } });
}

const cleanName = (name: string, field: string) => {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw new ValidationError(`${field} must be 1 to 100 characters`, field);
  return trimmed;
};

export async function createUser(deps: AccountDeps, actorId: Actor, input: { name: string; role?: Role }) {
  const user = await deps.db.user.create({ data: { name: cleanName(input.name, "name"), role: input.role ?? "USER" } });
  await audit(deps.db, actorId, "user.create", { type: "User", id: user.id }, { name: user.name, role: user.role });
  return user;
}

export async function setUserRole(deps: AccountDeps, actorId: Actor, user: User, role: Role) {
  const updated = await deps.db.user.update({ where: { id: user.id }, data: { role } });
  await audit(deps.db, actorId, "user.role", { type: "User", id: user.id }, { from: user.role, to: role });
  // A demotion must take effect on open sockets too (their key lost ADMIN); a promotion in key caches.
  if (user.role !== role)
    await deps.pubsub?.publish(
      "revoked",
      role === "ADMIN" ? { userId: user.id, widened: true } : { userId: user.id, reason: "role" },
    );
  return updated;
}

/** Disabling stops every key of the user at once, open subscriptions included; enabling lets them work again. */
export async function setUserDisabled(deps: AccountDeps, actorId: Actor, user: User, disabled: boolean) {
  if (disabled && actorId === user.id) throw new ConflictError("You cannot disable yourself");
  // The built-in users are not accounts a flag could stop: the local user is keyless access on this
  // machine (it answers whenever ALLOW_ANONYMOUS is on), the console lives as long as the server.
  // Refusing says so, instead of a "disabled" that changes nothing.
  if (disabled && user.id === LOCAL_USER_ID)
    throw new ConflictError(
      "The local user is keyless access on the server's machine: turn it off with ALLOW_ANONYMOUS=false and a restart",
    );
  if (disabled && user.id === CONSOLE_USER_ID)
    throw new ConflictError("The server console (admin.token) ends with the server: stop the server or rotate it");
  const updated = await deps.db.user.update({
    where: { id: user.id },
    data: { disabledAt: disabled ? (user.disabledAt ?? new Date()) : null },
  });
  await audit(deps.db, actorId, disabled ? "user.disable" : "user.enable", { type: "User", id: user.id });
  await deps.pubsub?.publish(
    "revoked",
    disabled ? { userId: user.id, reason: "disabled" } : { userId: user.id, widened: true },
  );
  return updated;
}

export async function setUserQuota(
  deps: AccountDeps,
  actorId: Actor,
  user: User,
  quota: Prisma.InputJsonObject | null,
) {
  const updated = await deps.db.user.update({
    where: { id: user.id },
    data: { quota: quota ?? ({} satisfies Prisma.InputJsonObject) },
  });
  await audit(deps.db, actorId, "user.quota", { type: "User", id: user.id }, { quota: quota ?? {} });
  // Every process drops the limits it remembers for this user (no credential changed: no socket closes).
  await deps.pubsub?.publish("revoked", { userId: user.id, widened: true });
  return updated;
}

/** A new key for `owner`; the secret is in the result once and never stored. */
export async function createApiKey(
  deps: AccountDeps,
  actorId: Actor,
  owner: User,
  input: { name: string; scopes?: readonly Scope[] | null },
  /** The most the caller's own credential may hand out (a key never makes a stronger key). */
  ceiling?: readonly Scope[],
): Promise<{ key: ApiKey; secret: string }> {
  const allowed = scopesFor(owner.role).filter((s) => !ceiling || ceiling.includes(s));
  const scopes = input.scopes?.length ? [...new Set(input.scopes)] : allowed;
  const refused = scopes.filter((s) => !allowed.includes(s));
  if (refused.length) throw new ValidationError(`This key may not be given ${refused.join(", ")}`, "scopes");
  const { secret, prefix, hash } = newSecret();
  const key = await deps.db.apiKey.create({
    data: { ownerId: owner.id, name: cleanName(input.name, "name"), hash, prefix, scopes },
  });
  await audit(deps.db, actorId, "key.create", { type: "ApiKey", id: key.id }, { ownerId: owner.id, prefix, scopes });
  return { key, secret };
}

/** Revokes a key (idempotent: revoking again keeps the first time); its open sockets close at once. */
export async function revokeApiKey(deps: AccountDeps, actorId: Actor, key: ApiKey): Promise<ApiKey> {
  if (key.revokedAt) return key;
  const revoked = await deps.db.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
  await audit(
    deps.db,
    actorId,
    "key.revoke",
    { type: "ApiKey", id: key.id },
    { ownerId: key.ownerId, prefix: key.prefix },
  );
  await deps.pubsub?.publish("revoked", { keyId: key.id });
  return revoked;
}

/** A key by id or by its visible prefix (the CLI accepts either). */
export function findKey(db: Db, idOrPrefix: string) {
  return db.apiKey.findFirst({ where: { OR: [{ id: idOrPrefix }, { prefix: idOrPrefix }] } });
}
