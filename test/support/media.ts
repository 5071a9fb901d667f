import { mp4Base64, pdfBase64, pngBase64, wavBase64 } from "../../src/emulator/media.ts";

/** Real media files of each kind (valid headers and structure), made the way the emulator makes its outputs. */
export const media = {
  png: (seed = "a dot") => Buffer.from(pngBase64(seed).data, "base64"),
  wav: () => Buffer.from(wavBase64(), "base64"),
  mp4: (seed = "a wave") => Buffer.from(mp4Base64(seed), "base64"),
  pdf: (text = "a page") => Buffer.from(pdfBase64(text), "base64"),
};

/** A PNG whose image data has one byte flipped: its header still says PNG, its CRC no longer holds. */
export function corruptPng(): Buffer {
  const bytes = Buffer.from(media.png("corrupt"));
  const idat = bytes.indexOf("IDAT");
  bytes[idat + 6] = (bytes[idat + 6] as number) ^ 0xff;
  return bytes;
}

export interface Uploaded {
  data?: { uploadFile: { id: string; name: string; mimeType: string; size: number; url: string } } | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

/** A GraphQL multipart request (the spec Yoga implements), over a real port. */
export async function upload(
  baseUrl: string,
  bytes: Uint8Array,
  name: string,
  type: string,
  headers: Record<string, string> = {},
): Promise<Uploaded> {
  const form = new FormData();
  form.append(
    "operations",
    JSON.stringify({
      query: "mutation($f: Upload!) { uploadFile(file: $f) { id name mimeType size url } }",
      variables: { f: null },
    }),
  );
  form.append("map", JSON.stringify({ 0: ["variables.f"] }));
  form.append("0", new Blob([Buffer.from(bytes)], { type }), name);
  // The CSRF header: a browser page of another origin could not send it without a preflight.
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    body: form,
    headers: { "x-graphql-yoga-csrf": "1", ...headers },
  });
  return (await res.json()) as Uploaded;
}
