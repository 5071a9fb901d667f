import { type ErrorCode, UpstreamError } from "../infra/errors.ts";

interface SdkError {
  name?: string;
  message?: string;
  status?: number;
  error?: { error?: { message?: string } };
}

const byStatus = (status: number): [code: ErrorCode, retryable: boolean] => {
  if (status === 400 || status === 422) return ["UPSTREAM_BAD_REQUEST", false];
  if (status === 401 || status === 403) return ["UPSTREAM_UNAUTHORIZED", false];
  if (status === 404) return ["UPSTREAM_NOT_FOUND", false];
  if (status === 409) return ["UPSTREAM_CONFLICT", true];
  if (status === 429) return ["UPSTREAM_RATE_LIMITED", true];
  if (status >= 500) return ["UPSTREAM_UNAVAILABLE", true];
  return ["UPSTREAM_ERROR", false];
};

/** Upstream's 404: the interaction expired or was deleted there; for a delete, the same as done. */
export const isGone = (err: unknown): boolean => err instanceof UpstreamError && err.status === 404;

/**
 * Turns whatever the SDK threw into a typed UpstreamError. The message is the
 * API's own `error.message` (the SDK prefixes the status), never request
 * headers; should upstream echo the key in its message, it is cut out
 * (`apiKey`), because this message reaches clients and logs.
 */
export function mapUpstreamError(err: unknown, apiKey?: string): UpstreamError | Error {
  const scrub = (m: string) => (apiKey && apiKey.length >= 4 ? m.split(apiKey).join("[redacted]") : m);
  if (err instanceof UpstreamError) return err;
  const e = (err ?? {}) as SdkError;
  if (e.name === "AbortError" || e.name === "APIUserAbortError") return err as Error;
  if (typeof e.status === "number" && e.status > 0) {
    const [code, retryable] = byStatus(e.status);
    const message = e.error?.error?.message ?? e.message ?? `HTTP ${e.status}`;
    return new UpstreamError(code, scrub(`Upstream ${e.status}: ${message}`), { status: e.status, retryable });
  }
  if (e.name === "APIConnectionError" || e.name === "APIConnectionTimeoutError" || e.name === "TypeError") {
    return new UpstreamError("UPSTREAM_CONNECTION", scrub(`Upstream connection failed: ${e.message ?? e.name}`), {
      retryable: true,
    });
  }
  return err instanceof Error ? err : new Error(String(err));
}
