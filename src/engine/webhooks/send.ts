import http from "node:http";
import https from "node:https";
import { AddressRefused, assertFetchable, guardedLookup } from "../files/fetch.ts";

/** What one POST to a webhook came to: an HTTP status, or the reason there was none. */
export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface SendLimits {
  timeoutMs: number;
  /** Private, loopback and link-local targets only when URL_FETCH_ALLOW_PRIVATE is set. */
  allowPrivate: boolean;
}

const reasonOf = (err: unknown): string => {
  if (err instanceof AddressRefused) return err.message;
  if (err instanceof Error && err.cause instanceof AddressRefused) return err.cause.message;
  return err instanceof Error ? err.message : String(err);
};

/**
 * POSTs a signed body to a webhook under the same address rules as URL
 * inputs (checked at connect time). A redirect is an answer, not followed:
 * it counts as a failure, so an endpoint cannot bounce events elsewhere.
 */
export async function send(
  raw: string,
  body: string,
  headers: Record<string, string>,
  limits: SendLimits,
): Promise<SendResult> {
  const started = Date.now();
  const done = (statusCode: number | null, error: string | null): SendResult => ({
    statusCode,
    error,
    durationMs: Date.now() - started,
  });
  try {
    const url = new URL(raw);
    assertFetchable(url, limits.allowPrivate);
    const client = url.protocol === "https:" ? https : http;
    const statusCode = await new Promise<number>((resolve, reject) => {
      const req = client.request(url, {
        method: "POST",
        lookup: guardedLookup(limits.allowPrivate),
        signal: AbortSignal.timeout(limits.timeoutMs),
        headers: { ...headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end(body);
    });
    if (statusCode >= 200 && statusCode < 300) return done(statusCode, null);
    const why = statusCode >= 300 && statusCode < 400 ? "redirects are not followed" : "not a 2xx answer";
    return done(statusCode, `HTTP ${statusCode}: ${why}`);
  } catch (err) {
    return done(null, reasonOf(err));
  }
}

/** Whether a URL may be registered as a webhook target (the connect-time check still runs per attempt). */
export function checkTarget(raw: string, allowPrivate: boolean): URL {
  const url = new URL(raw);
  assertFetchable(url, allowPrivate);
  return url;
}
