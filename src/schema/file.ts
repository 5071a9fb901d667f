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
  description:
    "A stored file (an upload, an input fetched from a URL, or media a model produced), usable as ContentInput.fileId",
  interfaces: [Node],
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    size: t.exposeInt("size"),
    mimeType: t.exposeString("mimeType", { description: "Sniffed from the bytes, not taken from the client" }),
    url: t.string({
      description:
        "An absolute, signed URL that expires (MEDIA_URL_TTL_S); works in <img>, <audio>, <video> and <a download>",
      resolve: (f, _a, ctx) => files.fileUrl(ctx, f),
    }),
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

builder.mutationField("deleteFile", (t) =>
  t.boolean({
    description:
      "Deletes a file (the owner's, or any for an admin); its bytes are removed once no other file has the same content. Turns that used it keep their rows, but their media URL no longer serves it",
    authScopes: { user: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => files.deleteFile(ctx, String(id)),
  }),
);
