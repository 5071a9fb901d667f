import { createHash } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";

/** A stable digest of some text, so "generated" media and signatures are deterministic. */
export const digest = (text: string) => createHash("sha256").update(text).digest();

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const ASPECT: Record<string, [number, number]> = {
  "1:1": [8, 8],
  "16:9": [16, 9],
  "9:16": [9, 16],
  "4:3": [8, 6],
  "3:4": [6, 8],
  "3:2": [12, 8],
  "2:3": [8, 12],
  "21:9": [21, 9],
};

/** A small valid PNG (RGB, one colour derived from the prompt), base64; the size follows the aspect ratio. */
export function pngBase64(prompt: string, aspectRatio?: string): { data: string; width: number; height: number } {
  const [width, height] = ASPECT[aspectRatio ?? ""] ?? [8, 8];
  const [r, g, b] = digest(prompt);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // colour type RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => [r, g, b][i % 3] ?? 0)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return { data: png.toString("base64"), width, height };
}

/** 0.1 s of 16-bit silence (mono at 24 kHz unless told) as a valid WAV, base64. */
export function wavBase64(sampleRate = 24000, channels = 1): string {
  const samples = sampleRate / 10;
  const data = Buffer.alloc(samples * 2 * channels);
  const h = Buffer.alloc(44);
  h.write("RIFF", 0, "ascii");
  h.writeUInt32LE(36 + data.length, 4);
  h.write("WAVEfmt ", 8, "ascii");
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(channels, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * 2 * channels, 28);
  h.writeUInt16LE(2 * channels, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36, "ascii");
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]).toString("base64");
}

/** A one-page PDF holding `text`, base64. */
export function pdfBase64(text: string): string {
  const safe = text.replace(/[()\\]/g, "").slice(0, 80);
  const stream = `BT /F1 12 Tf 72 720 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1").toString("base64");
}

function box(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, "ascii");
  return Buffer.concat([head, body]);
}

/** An ISO-BMFF (MP4) file: an `ftyp` brand box and 64 KiB of `mdat` derived from the prompt, base64. */
export function mp4Base64(prompt: string): string {
  const ftyp = box("ftyp", Buffer.concat([Buffer.from("isom"), Buffer.alloc(4), Buffer.from("isomiso2mp41")]));
  const seed = digest(prompt);
  const mdat = box("mdat", Buffer.from(Buffer.alloc(64 * 1024).map((_, i) => seed[i % seed.length] ?? 0)));
  return Buffer.concat([ftyp, mdat]).toString("base64");
}
