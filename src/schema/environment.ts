import { builder } from "../builder.ts";
import * as environments from "../resolvers/environments.ts";

const EnvironmentFile = builder.objectRef<environments.EnvironmentFileView>("EnvironmentFile").implement({
  description: "A file a managed agent left in its sandbox",
  fields: (t) => ({
    path: t.exposeString("path", { description: "Relative to the sandbox's root, e.g. report.md" }),
    sizeBytes: t.float({ resolve: (f) => f.sizeBytes }),
    mimeType: t.string({ nullable: true, resolve: (f) => f.mimeType }),
    url: t.string({
      description: "A signed URL of this server that expires (MEDIA_URL_TTL_S) and streams the file from upstream",
      resolve: (f, _a, ctx) => environments.fileUrl(ctx, f),
    }),
  }),
});

const Environment = builder.objectRef<environments.EnvironmentView>("Environment").implement({
  description:
    "An upstream sandbox a managed agent worked in (Interaction.environmentId); a later run may reuse it with environment: id",
  fields: (t) => ({
    id: t.exposeID("id"),
    status: t.exposeString("status", { description: "active | expired (upstream no longer has it) | deleted" }),
    sourceCount: t.exposeInt("sourceCount"),
    fileCount: t.exposeInt("fileCount"),
    sizeBytes: t.float({ resolve: (e) => e.sizeBytes }),
    lastAccessedAt: t.field({
      type: "DateTime",
      nullable: true,
      resolve: (e) => (e.lastAccessedAt ? new Date(e.lastAccessedAt) : null),
    }),
    files: t.connection(
      {
        type: EnvironmentFile,
        description: "Every file under `path` (the root when absent); a path with .. is refused",
        args: { path: t.arg.string() },
        resolve: (e, args, ctx) => environments.files(ctx, e, args),
      },
      { name: "EnvironmentFileConnection" },
      { name: "EnvironmentFileEdge" },
    ),
  }),
});

builder.queryFields((t) => ({
  environments: t.field({
    type: [Environment],
    authScopes: { user: true },
    description: "The sandboxes the viewer's interactions used (admins: all), most recently used first",
    resolve: (_r, _a, ctx) => environments.listEnvironments(ctx),
  }),
  environment: t.field({
    type: Environment,
    nullable: true,
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => environments.environment(ctx, String(id)),
  }),
}));

builder.mutationField("deleteEnvironment", (t) =>
  t.field({
    type: Environment,
    authScopes: { user: true },
    description: "Deletes the sandbox upstream; the interactions that used it keep its id",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => environments.deleteEnvironment(ctx, String(id)),
  }),
);
