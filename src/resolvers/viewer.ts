import type { Context, Viewer } from "../context.ts";
import { UnauthenticatedError } from "../infra/errors.ts";

/** Root fields are guarded by auth scopes; this narrows the type where a resolver needs the viewer. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

export function getViewerUser(ctx: Context) {
  return ctx.viewer ? ctx.db.user.findUnique({ where: { id: ctx.viewer.id } }) : null;
}
