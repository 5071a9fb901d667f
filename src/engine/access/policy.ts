import { ForbiddenError, NotFoundError } from "../../infra/errors.ts";

/**
 * The one access policy. Every read or write of a user's object asks it; no
 * ownership rule is written anywhere else (GraphQL Hive's assertPerformAction).
 */
export type Role = "USER" | "ADMIN";

/** What an API key may do: READ (queries), WRITE (mutations, chat), ADMIN (admin fields; admin users only). */
export type Scope = "READ" | "WRITE" | "ADMIN";

export interface Viewer {
  id: string;
  /** The role the policy sees: ADMIN only with an admin user's key that holds the ADMIN scope. */
  role: Role;
  /** The key's scopes; absent for the keyless local user and the server console (all their role allows). */
  scopes?: readonly Scope[];
  /** The API key the request came with: sockets are closed when it is revoked; signed media URLs name it. */
  keyId?: string;
}

/** Whether the viewer's credential allows changes (mutations, chat): keys without WRITE are read-only. */
export const canWrite = (viewer: Viewer | null): boolean =>
  !!viewer && (!viewer.scopes || viewer.scopes.includes("WRITE"));

/** `read`: see it; `write`: change, cancel, continue or delete it; `admin`: act on others' accounts. */
export type Action = "read" | "write" | "admin";

/** Anything a user owns: interactions, conversations, jobs, files. */
export interface Owned {
  ownerId: string;
}

/** Whether the viewer may perform the action on the resource. Admins may read and write everything. */
export function can(viewer: Viewer | null, action: Action, resource: Owned | null | undefined): boolean {
  if (!viewer || !resource) return false;
  if (viewer.role === "ADMIN") return true;
  return action !== "admin" && resource.ownerId === viewer.id;
}

/**
 * The resource if the viewer may act on it. A foreign object answers exactly
 * like a missing one (NOT_FOUND), so ids of other users' objects leak nothing.
 */
export function assertCan<T extends Owned>(
  viewer: Viewer | null,
  action: Action,
  resource: T | null | undefined,
  type: string,
  id: string,
): T {
  if (!resource || !can(viewer, action, resource)) throw new NotFoundError(type, id);
  return resource;
}

/** The resource if the viewer may act on it, else null (for nullable root fields). */
export function visible<T extends Owned>(viewer: Viewer | null, resource: T | null | undefined): T | null {
  return resource && can(viewer, "read", resource) ? resource : null;
}

/** A user's account as the policy sees it: the user owns it (so admins, and the user, may act on it). */
export function account<T extends { id: string }>(viewer: Viewer | null, action: Action, user: T | null | undefined) {
  return user && can(viewer, action, { ownerId: user.id }) ? user : null;
}

/** A Prisma `where` fragment limiting a list to what the viewer may read. */
export function readableBy(viewer: Viewer): { ownerId?: string } {
  return viewer.role === "ADMIN" ? {} : { ownerId: viewer.id };
}

/** Whether the viewer acts for every user (admin reads: all jobs, everyone's usage). */
export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.role === "ADMIN";
}

/** Admin-only operations (users, keys of others, audit log, all-users usage). */
export function assertAdmin(viewer: Viewer | null): Viewer {
  if (viewer?.role !== "ADMIN") throw new ForbiddenError("This needs an admin key");
  return viewer;
}
