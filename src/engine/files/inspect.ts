import { crc32 } from "node:zlib";
import { imageSize } from "image-size";
import { FileRejectedError } from "../../infra/errors.ts";

/** What the bytes are, judged from their content alone (never from the client's name or type). */
export interface Inspected {
  mimeType: string;
  /** How upstream Content names it. */
  kind: "image" | "audio" | "video" | "document";
}

/** Types a browser may show inline (everything else is served as a download): images, audio, video, PDF. */
export const INLINE_TYPES = ["image/*", "audio/*", "video/*", "application/pdf"];

export const matchesType = (mimeType: string, patterns: string[]) =>
  patterns.some((p) => (p.endsWith("/*") ? mimeType.startsWith(p.slice(0, -1)) : p === mimeType));

export const kindOf = (mimeType: string): Inspected["kind"] => {
  const top = mimeType.split("/")[0];
  return top === "image" || top === "audio" || top === "video" ? top : "document";
};

/** Sniffs the type; unknown bytes (including all plain text) are application/octet-stream. */
export async function sniff(bytes: Uint8Array): Promise<string> {
  return (await sniffOrTruncated(bytes)) ?? "application/octet-stream";
}

/**
 * The sniffed type, or null when the bytes end inside a header the sniffer recognised (e.g. only a PNG
 * signature): file-type then throws EndOfStreamError, which is the file's fault, not the server's.
 */
async function sniffOrTruncated(bytes: Uint8Array): Promise<string | null> {
  try {
    // Imported on the first file: the sniffer and its tokenizer are some 30 modules an idle server never needs.
    const { fileTypeFromBuffer } = await import("file-type");
    return (await fileTypeFromBuffer(bytes))?.mime ?? "application/octet-stream";
  } catch (e) {
    if (e instanceof Error && e.name === "EndOfStreamError") return null;
    throw e;
  }
}

/** Every PNG chunk's length and CRC must hold, and the image must end with IEND: a cut or flipped file fails. */
function checkPng(bytes: Buffer): boolean {
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > bytes.length) return false;
    const type = bytes.subarray(at + 4, at + 8);
    const crc = bytes.readUInt32BE(at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== crc) return false;
    if (type.toString("latin1") === "IEND") return true;
    at = end;
  }
  return false;
}

/** A JPEG must parse to a size and keep its end-of-image marker (a truncated download loses it). */
function checkJpeg(bytes: Buffer): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  return tail.includes(Buffer.from([0xff, 0xd9]));
}

/** Whether an image's structure holds: its header parses to a size, and PNG/JPEG pass their own checks. */
export function imageIsSound(mimeType: string, bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const { width, height } = imageSize(buf);
    if (!width || !height) return false;
  } catch {
    return false;
  }
  if (mimeType === "image/png") return checkPng(buf);
  if (mimeType === "image/jpeg") return checkJpeg(buf);
  return true;
}

/**
 * Checks a file a user gives us: not empty, within the size limit, of an
 * allowed type (sniffed), and, for images, not corrupt. Throws a typed
 * FileRejectedError; the caller stores nothing when it throws.
 */
export async function inspect(bytes: Uint8Array, limits: { maxBytes: number; allowed: string[] }): Promise<Inspected> {
  if (bytes.byteLength === 0) throw new FileRejectedError("FILE_EMPTY", "The file is empty");
  if (bytes.byteLength > limits.maxBytes) {
    throw new FileRejectedError("FILE_TOO_LARGE", `The file is larger than ${limits.maxBytes} bytes`);
  }
  const mimeType = await sniffOrTruncated(bytes);
  if (mimeType === null) throw new FileRejectedError("FILE_CORRUPT", "The file is truncated inside its header");
  if (!matchesType(mimeType, limits.allowed)) {
    throw new FileRejectedError("FILE_TYPE_NOT_ALLOWED", `Files of type ${mimeType} are not accepted`);
  }
  if (mimeType.startsWith("image/") && !imageIsSound(mimeType, bytes)) {
    throw new FileRejectedError("FILE_CORRUPT", `The ${mimeType} image is corrupt or truncated`);
  }
  return { mimeType, kind: kindOf(mimeType) };
}
