import type { RemoteEnvironment, RemoteEnvironmentFile, UpstreamEnvironments } from "../../gemini/environments.ts";
import type { Db } from "../../infra/db.ts";
import { NotFoundError, ValidationError } from "../../infra/errors.ts";
import { readableBy, type Viewer } from "../access/policy.ts";

/**
 * The sandboxes managed agents worked in. This server keeps no row of its
 * own for them: who may see one follows the interactions that used it (their
 * owner; admins see all), and everything else is asked of upstream.
 */
export interface EnvironmentDeps {
  db: Db;
  environments: UpstreamEnvironments;
}

/** An environment with the id it was asked for; `expired` when upstream no longer knows it. */
export type EnvironmentView = RemoteEnvironment;

/** A path inside the sandbox: relative, no `..`, no backslashes or NULs (refused, never normalised). */
export function checkPath(path: string | null | undefined): string {
  const p = (path ?? "").replace(/^\/+/, "");
  if (p.split("/").some((seg) => seg === ".." || seg === ".") || /[\\\0]/.test(p) || p.length > 1_000)
    throw new ValidationError("path must be a relative path inside the environment, without . or ..", "path");
  return p;
}

/** Whether the viewer may see the environment: it ran one of their interactions (admins: anyone's). */
export async function canSee(db: Db, viewer: Viewer, id: string): Promise<boolean> {
  const used = await db.interaction.findFirst({
    where: { environmentId: id, ...readableBy(viewer) },
    select: { id: true },
  });
  return used !== null;
}

const expired = (id: string): EnvironmentView => ({
  id,
  status: "expired",
  sourceCount: 0,
  fileCount: 0,
  sizeBytes: 0,
  lastAccessedAt: null,
});

/** One environment the viewer may see, or null (foreign and missing look alike). */
export async function findEnvironment(
  deps: EnvironmentDeps,
  viewer: Viewer,
  id: string,
): Promise<EnvironmentView | null> {
  if (!(await canSee(deps.db, viewer, id))) return null;
  return (await deps.environments.get(id)) ?? expired(id);
}

/** The viewer's environments (admins: all), most recently used first. */
export async function listEnvironments(deps: EnvironmentDeps, viewer: Viewer): Promise<EnvironmentView[]> {
  const rows = await deps.db.interaction.findMany({
    where: { environmentId: { not: null }, ...readableBy(viewer) },
    orderBy: { createdAt: "desc" },
    select: { environmentId: true },
    distinct: ["environmentId"],
    take: 200,
  });
  const ids = rows.flatMap((r) => (r.environmentId ? [r.environmentId] : []));
  return Promise.all(ids.map(async (id) => (await deps.environments.get(id)) ?? expired(id)));
}

/** The files under `path` (NOT_FOUND for an environment the viewer may not see). */
export async function environmentFiles(
  deps: EnvironmentDeps,
  viewer: Viewer,
  id: string,
  path: string | null | undefined,
): Promise<RemoteEnvironmentFile[]> {
  const under = checkPath(path);
  if (!(await canSee(deps.db, viewer, id))) throw new NotFoundError("Environment", id);
  return (await deps.environments.files(id, under)) ?? [];
}

/** A file's bytes as upstream streams them, or null (unknown, foreign, missing). */
export async function environmentFile(
  deps: EnvironmentDeps,
  viewer: Viewer | null,
  id: string,
  path: string,
): Promise<Response | null> {
  if (!viewer || !(await canSee(deps.db, viewer, id))) return null;
  return deps.environments.download(id, checkPath(path));
}

export async function deleteEnvironment(deps: EnvironmentDeps, viewer: Viewer, id: string): Promise<EnvironmentView> {
  const env = await findEnvironment(deps, viewer, id);
  if (!env) throw new NotFoundError("Environment", id);
  await deps.environments.delete(id);
  return { ...env, status: "deleted" };
}
