import { type Context, type ListPageArgs, listPage, requireViewer } from "../context.ts";
import * as environments from "../engine/environments/index.ts";
import type { RemoteEnvironmentFile } from "../gemini/environments.ts";

/** Sandboxes: seen by the owner of the interactions that used them (admins: all); another user's is NOT_FOUND. */

export type EnvironmentView = environments.EnvironmentView;
export type EnvironmentFileView = RemoteEnvironmentFile & { id: string; environmentId: string };

const deps = (ctx: Context) => ({ db: ctx.db, environments: ctx.engine.environments });

export const listEnvironments = (ctx: Context) => environments.listEnvironments(deps(ctx), requireViewer(ctx));

export const environment = (ctx: Context, id: string) =>
  environments.findEnvironment(deps(ctx), requireViewer(ctx), id);

export const deleteEnvironment = (ctx: Context, id: string) =>
  environments.deleteEnvironment(deps(ctx), requireViewer(ctx), id);

/** The sandbox's files under `path`, paged by path. */
export async function files(ctx: Context, env: EnvironmentView, args: ListPageArgs & { path?: string | null }) {
  const all = await environments.environmentFiles(deps(ctx), requireViewer(ctx), env.id, args.path);
  const nodes = all.map((f): EnvironmentFileView => ({ ...f, id: f.path, environmentId: env.id }));
  return listPage(nodes, args, 1_000);
}

/** A signed, expiring URL of this server that streams the file from upstream (no header needed). */
export const fileUrl = (ctx: Context, f: EnvironmentFileView) =>
  ctx.media.path(
    `/environments/${encodeURIComponent(f.environmentId)}/files/${f.path.split("/").map(encodeURIComponent).join("/")}`,
  );
