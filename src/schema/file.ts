import { builder } from "../builder.ts";
import type { File as Row } from "../generated/prisma/client.ts";
import * as files from "../resolvers/files.ts";
import { Node } from "./node.ts";

builder.scalarType("Upload", {
  description: "A file sent with a GraphQL multipart request",
  serialize: () => {
    throw new Error("Upload is an input-only scalar");
  },
  parseValue: (v) => v as globalThis.File,
});

const File = builder.objectRef<Row>("File").implement({
  description: "A stored upload, usable as ContentInput.fileId",
  interfaces: [Node],
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    mimeType: t.exposeString("mimeType"),
    size: t.exposeInt("size"),
    url: t.string({ description: "Served by this server, authorised like the API", resolve: (f) => files.fileUrl(f) }),
    createdAt: t.field({ type: "DateTime", resolve: (f) => f.createdAt }),
  }),
});

builder.mutationField("uploadFile", (t) =>
  t.field({
    type: File,
    authScopes: { user: true },
    args: { file: t.arg({ type: "Upload", required: true }) },
    resolve: (_r, { file }, ctx) => files.uploadFile(ctx, file),
  }),
);
