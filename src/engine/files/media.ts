import type { Upstream } from "../../gemini/client.ts";
import { type CreateBody, isObj, type Json, type JsonObject, type RemoteEvent } from "../../gemini/types.ts";
import { NotFoundError } from "../../infra/errors.ts";
import type { Files } from "./index.ts";

const MEDIA = new Set(["image", "audio", "video", "document"]);

/** A content item or delta that carries inline bytes. */
const hasBytes = (v: unknown): v is JsonObject & { type: string; data: string } =>
  isObj(v) && typeof v.type === "string" && MEDIA.has(v.type) && typeof v.data === "string";

/** Content arrays inside a request's input: Content[] itself, the `content` of each step, a function result's Content[] (a screenshot). */
function contentLists(input: Json | undefined): JsonObject[][] {
  if (!Array.isArray(input)) return isObj(input) ? [[input]] : [];
  const items = input.filter(isObj);
  const inner = (i: JsonObject) => (i.type === "function_result" ? [i.content, i.result] : [i.content]);
  return [items, ...items.flatMap((i) => inner(i).flatMap((l) => (Array.isArray(l) ? [l.filter(isObj)] : [])))];
}

/**
 * Puts the bytes of `{ file_id }` references back into a create body, right
 * before it goes upstream: rows and the event log keep only the reference,
 * upstream gets what it accepts (inline base64).
 */
export async function inlineFiles(files: Files, body: CreateBody): Promise<CreateBody> {
  const lists = contentLists(body.input);
  const ids = lists.flat().flatMap((c) => (typeof c.file_id === "string" ? [c.file_id] : []));
  if (!ids.length) return body;
  const rows = await files.byIds(ids);
  const copy = structuredClone(body);
  for (const item of contentLists(copy.input).flat()) {
    if (typeof item.file_id !== "string") continue;
    const row = rows.get(item.file_id);
    const bytes = row ? await files.bytes(row) : null;
    // A file deleted since the turn was written (a regenerate, a rebuilt history): typed, not a crash.
    if (!bytes) throw new NotFoundError("File", item.file_id);
    delete item.file_id;
    item.data = bytes.toString("base64");
    item.mime_type ??= row?.mimeType ?? null;
  }
  return copy;
}

/** An Upstream whose creates carry the bytes of file references (the one place they are inlined). */
export function withFileInputs(upstream: Upstream, files: Files): Upstream {
  return {
    emulated: upstream.emulated,
    environments: upstream.environments,
    create: async (body, opts) => upstream.create(await inlineFiles(files, body), opts),
    stream: async (body, opts) => upstream.stream(await inlineFiles(files, body), opts),
    get: (id, opts) => upstream.get(id, opts),
    follow: (id, last, opts) => upstream.follow(id, last, opts),
    cancel: (id, opts) => upstream.cancel(id, opts),
    delete: (id, opts) => upstream.delete(id, opts),
  };
}

/** Whether an upstream event carries media bytes (what externalizeMedia stores): most events carry none. */
export const carriesMedia = (ev: RemoteEvent): boolean =>
  (ev.event_type === "step.delta" && hasBytes(ev.delta)) ||
  (ev.event_type === "step.start" && !!ev.step && Array.isArray(ev.step.content) && ev.step.content.some(hasBytes));

/**
 * Stores the media bytes an upstream event carries as Files of the run's owner
 * and replaces them by `{ file_id }`, before the event is logged, published or
 * folded: the bytes are kept once, in storage, never in rows or the log.
 */
export async function externalizeMedia(
  files: Files,
  ev: RemoteEvent,
  run: { interactionId: string; ownerId: () => Promise<string> },
): Promise<RemoteEvent> {
  const store = async (item: JsonObject & { data: string }): Promise<JsonObject> => {
    const { data, ...rest } = item;
    const mime = typeof item.mime_type === "string" ? item.mime_type : null;
    const file = await files.record(await run.ownerId(), run.interactionId, Buffer.from(data, "base64"), mime);
    return { ...rest, mime_type: mime ?? file.mimeType, file_id: file.id };
  };
  if (ev.event_type === "step.delta" && hasBytes(ev.delta)) {
    return { ...ev, delta: (await store(ev.delta)) as JsonObject & { type: string } };
  }
  if (ev.event_type === "step.start" && ev.step && Array.isArray(ev.step.content) && ev.step.content.some(hasBytes)) {
    const content = await Promise.all(ev.step.content.map((c) => (hasBytes(c) ? store(c) : c)));
    return { ...ev, step: { ...ev.step, content } };
  }
  return ev;
}
