import { useEffect, useState } from "preact/hooks";
import { apiKey } from "./api/auth.ts";

/**
 * Media the server serves (uploads, generated images) is authorised like the
 * API. Without a key (local use) the URL works as it is; with a key the bytes
 * are fetched with the Authorization header and shown from a blob: URL.
 * Only same-origin or data: URLs are ever loaded: nothing leaves the origin.
 */
export function useMediaUrl(url: string | null | undefined): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    setSrc(null);
    if (!url) return;
    if (url.startsWith("data:") || url.startsWith("blob:")) return setSrc(url);
    let target: URL;
    try {
      target = new URL(url, location.href);
    } catch {
      return;
    }
    if (target.origin !== location.origin) return;
    const key = apiKey();
    if (!key || target.searchParams.has("sig") || target.searchParams.has("signature")) return setSrc(target.href);
    let revoked = false;
    let blobUrl: string | null = null;
    void fetch(target.href, { headers: { authorization: `Bearer ${key}` } })
      .then((r) => (r.ok ? r.blob() : null))
      .then((b) => {
        if (!b || revoked) return;
        blobUrl = URL.createObjectURL(b);
        setSrc(blobUrl);
      })
      .catch(() => undefined);
    return () => {
      revoked = true;
      if (blobUrl) URL.revokeObjectURL(blobUrl);
    };
  }, [url]);
  return src;
}

export function MediaImage({ url, alt }: { url: string | null | undefined; alt: string }) {
  const src = useMediaUrl(url);
  if (!url) return null;
  const outside = (() => {
    try {
      return !url.startsWith("data:") && new URL(url, location.href).origin !== location.origin;
    } catch {
      return true;
    }
  })();
  if (outside) return <p class="muted">Image stored upstream (not loaded: it is not on this server).</p>;
  return src ? <img class="media" src={src} alt={alt} loading="lazy" /> : <span class="muted">Loading image…</span>;
}
