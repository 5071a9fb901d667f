import { GraphQLError } from "graphql";
import { ERROR_CODES, type ErrorCode } from "./error-codes.ts";

export { ERROR_CODES, type ErrorCode, isErrorCode } from "./error-codes.ts";

/**
 * Expected failures. They extend GraphQLError so Yoga shows them to clients
 * (unexpected errors stay masked), each with a stable `extensions.code`.
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...httpOf(code), ...extra } });
    this.name = this.constructor.name;
    this.code = code;
  }
}

/** The catalogue's status for a single-operation response (`http` is read by Yoga and never sent). */
export const httpOf = (code: ErrorCode): { http?: { status: number } } => {
  const status = ERROR_CODES[code].http;
  return status === null ? {} : { http: { status } };
};

/** A GraphQLError outside a resolver (plugins, the WebSocket server) with a catalogued code and its status. */
export const codedError = (code: ErrorCode, message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code, ...httpOf(code) } });

export class ValidationError extends AppError {
  constructor(message: string, field?: string) {
    super("VALIDATION_ERROR", message, field ? { field } : {});
  }
}

export class NotFoundError extends AppError {
  constructor(type: string, id: string) {
    super("NOT_FOUND", `${type} ${JSON.stringify(id)} was not found`, { type });
  }
}

/**
 * No credentials, or credentials that do not work (unknown, revoked, or the
 * user is disabled): the client should sign in again. HTTP 401 for a
 * single-operation response (`http` is read by Yoga and never sent).
 */
export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in with an API key: authorization: Bearer <key>") {
    super("UNAUTHENTICATED", message);
  }
}

/** Signed in, but this needs a role or key scope the caller does not have. HTTP 403. */
export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do this") {
    super("FORBIDDEN", message);
  }
}

/**
 * A per-user limit refused the request before anything went upstream.
 * `retryAfter` is in whole seconds; `limit` names the limit (QuotaLimitName).
 * HTTP 429 with a Retry-After header for a single-operation response.
 */
export class QuotaExceededError extends AppError {
  constructor(limit: string, retryAfter: number, message: string) {
    super("QUOTA_EXCEEDED", message, {
      limit,
      retryAfter,
      http: { status: ERROR_CODES.QUOTA_EXCEEDED.http, headers: { "retry-after": String(retryAfter) } },
    });
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("CONFLICT", message);
  }
}

/** The upstream API refused or failed. `status` is the upstream HTTP status when there was one. */
export class UpstreamError extends AppError {
  readonly status: number | undefined;
  readonly retryable: boolean;
  constructor(
    code: ErrorCode,
    message: string,
    opts: { status?: number; retryable?: boolean; retryAfter?: number } = {},
  ) {
    super(code, message, {
      ...(opts.status ? { upstreamStatus: opts.status } : {}),
      // Seconds upstream asked to wait (a Retry-After longer than this server waits out).
      ...(opts.retryAfter !== undefined ? { retryAfter: opts.retryAfter } : {}),
    });
    this.status = opts.status;
    this.retryable = opts.retryable ?? false;
  }
}

/**
 * A file (upload, fetched input) refused on its bytes. Codes: FILE_EMPTY, FILE_TOO_LARGE,
 * FILE_TYPE_NOT_ALLOWED, FILE_CORRUPT, URL_FETCH_REFUSED, URL_FETCH_FAILED. Nothing is stored.
 */
export class FileRejectedError extends AppError {
  constructor(code: ErrorCode, message: string, field = "file") {
    super(code, message, { field });
  }
}

/**
 * A request over one of the server's limits (operation shape, size, connections), refused before
 * anything ran. `limit` names the variable that sets it, `max` its value; the HTTP status is the catalogue's.
 */
export class LimitExceededError extends AppError {
  constructor(code: ErrorCode, message: string, limit: string, max: number) {
    super(code, message, { limit, max });
  }
}
