import type { Context } from "../context.ts";
import type { User } from "../generated/prisma/client.ts";
import { NotFoundError } from "../infra/errors.ts";

/**
 * The viewer as a User before its row is read: the credential check already knows the id, so
 * `viewer { id }` costs no query. Any other field reads the row (see `fromRow`).
 */
export class ViewerUser {
  constructor(readonly id: string) {}
}

/** What a User field receives: a row, or only the viewer's id. */
export type UserSource = User | ViewerUser;

export function getViewerUser(ctx: Context): ViewerUser | null {
  return ctx.viewer ? new ViewerUser(ctx.viewer.id) : null;
}

/**
 * A value of the user's row. For the viewer the row is read through the request's loader: one
 * query however many fields ask, and the same row (role, name...) as before, built-in users included.
 */
export function fromRow<T>(ctx: Context, u: UserSource, pick: (row: User) => T): T | Promise<T> {
  if (!(u instanceof ViewerUser)) return pick(u);
  return ctx.loaders.user.load(u.id).then((row) => {
    if (!row) throw new NotFoundError("User", u.id);
    return pick(row);
  });
}
