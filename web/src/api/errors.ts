/** A GraphQL error as the server sends it: a stable `extensions.code` for expected failures. */
export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; [k: string]: unknown };
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const friendly: Record<string, string> = {
  QUOTA_EXCEEDED: "You have used up your quota. Ask an admin to raise it, or try again later.",
  RATE_LIMITED: "Too many requests right now. Wait a moment and try again.",
  UNAUTHENTICATED: "Sign in: your API key is missing, not valid or revoked.",
  FORBIDDEN: "You are not allowed to do that.",
  NOT_FOUND: "That no longer exists.",
  CONFLICT: "That cannot be done in its current state.",
  UPSTREAM_UNAVAILABLE: "The model service is unavailable right now. Try again in a moment.",
  UPSTREAM_TIMEOUT: "The model service took too long to answer.",
  UPSTREAM_RATE_LIMITED: "The model service is rate limiting us. Try again shortly.",
};

/** One readable sentence for an error code, keeping the server's message where it says more. */
export function describeError(code: string, message: string, field?: string): string {
  if (code === "VALIDATION_ERROR" || code === "BAD_USER_INPUT") {
    return field ? `Check “${field}”: ${message}` : `Check your input: ${message}`;
  }
  const known = friendly[code];
  if (known) return code === "QUOTA_EXCEEDED" || code.startsWith("UPSTREAM") ? `${known} (${message})` : known;
  if (code.startsWith("UPSTREAM")) return `The model service failed: ${message}`;
  if (code.startsWith("FILE_") || code === "REQUEST_TOO_LARGE") return `The file was refused: ${message}`;
  return message || "Something went wrong.";
}

export function toApiError(errors: readonly GqlError[]): ApiError {
  const first = errors[0];
  const code = first?.extensions?.code ?? "INTERNAL";
  return new ApiError(
    code,
    describeError(code, first?.message ?? "", first?.extensions?.field),
    first?.extensions?.field,
  );
}

/** Whatever was thrown (an ApiError, a network failure, a closed socket), as one sentence. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  if (Array.isArray(err)) return toApiError(err as GqlError[]).message;
  if (err && typeof err === "object" && "reason" in err) return `Connection closed: ${String(err.reason || "network")}`;
  return "Something went wrong.";
}
