/**
 * One byte range of a `Range: bytes=...` header (what <audio>/<video> send to
 * seek), as [start, end] inclusive. Null: serve the whole body (no header, a
 * unit other than bytes, or several ranges, which a 200 answers correctly).
 */
export function parseRange(header: string | undefined, size: number): [number, number] | null | "unsatisfiable" {
  const m = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0) return "unsatisfiable";
    return [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return [start, end];
}
