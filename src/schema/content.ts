import { builder } from "../builder.ts";
import { mediaUrl } from "../engine/files/urls.ts";
import { type ContentJson, contentTypeName, str } from "../resolvers/steps.ts";

export const TextContent = builder.objectRef<ContentJson>("TextContent").implement({
  description: "Text, with citations and other annotations as upstream sends them",
  fields: (t) => ({
    text: t.string({ resolve: (c) => str(c.text) ?? "" }),
    annotations: t.field({ type: "JSON", nullable: true, resolve: (c) => c.annotations ?? null }),
  }),
});

/** What every media part has: one `... on MediaContent { mimeType url }` covers images, audio, video and documents. */
export const MediaContent = builder.interfaceRef<ContentJson>("MediaContent").implement({
  description: "Media in a turn (image, audio, video, document)",
  fields: (t) => ({
    mimeType: t.string({ nullable: true, resolve: (c) => str(c.mime_type) }),
    url: t.string({
      nullable: true,
      description:
        "An absolute, signed, expiring URL of this server (works in <img>/<audio>/<video> without headers), or the upstream uri",
      resolve: (c, _a, ctx) => mediaUrl(c, ctx.media),
    }),
  }),
  resolveType: (c) => contentTypeName(c),
});

const media = (name: string, description: string) =>
  builder.objectRef<ContentJson>(name).implement({ description, interfaces: [MediaContent] });

export const ImageContent = media("ImageContent", "An image");
export const AudioContent = media("AudioContent", "Audio");
export const VideoContent = media("VideoContent", "A video");
export const DocumentContent = media("DocumentContent", "A document, e.g. a PDF");

export const Content = builder.unionType("Content", {
  description: "One part of a turn",
  types: [TextContent, ImageContent, AudioContent, VideoContent, DocumentContent],
  resolveType: (c) => contentTypeName(c),
});

const UriContentInput = builder.inputType("UriContentInput", {
  fields: (t) => ({ uri: t.string({ required: true }), mimeType: t.string({ required: true }) }),
});

export const ContentInput = builder.inputType("ContentInput", {
  description: "One part of a user turn: exactly one field",
  isOneOf: true,
  fields: (t) => ({
    text: t.string(),
    fileId: t.id({ description: "An uploaded File" }),
    uri: t.field({ type: UriContentInput }),
  }),
});
