import { GraphQLError } from "graphql";

/**
 * Expected failures. They extend GraphQLError so Yoga shows them to clients
 * (unexpected errors stay masked), each with a stable `extensions.code`.
 */
export class AppError extends GraphQLError {
  constructor(code: string, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = this.constructor.name;
  }
  get code(): string {
    return String(this.extensions.code);
  }
}

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
    super("UNAUTHENTICATED", message, { http: { status: 401 } });
  }
}

/** Signed in, but this needs a role or key scope the caller does not have. HTTP 403. */
export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do this") {
    super("FORBIDDEN", message, { http: { status: 403 } });
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
      http: { status: 429, headers: { "retry-after": String(retryAfter) } },
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
  constructor(code: string, message: string, opts: { status?: number; retryable?: boolean } = {}) {
    super(code, message, opts.status ? { upstreamStatus: opts.status } : {});
    this.status = opts.status;
    this.retryable = opts.retryable ?? false;
  }
}

/**
 * A file (upload, fetched input) refused on its bytes. Codes: FILE_EMPTY, FILE_TOO_LARGE,
 * FILE_TYPE_NOT_ALLOWED, FILE_CORRUPT, URL_FETCH_REFUSED, URL_FETCH_FAILED. Nothing is stored.
 */
export class FileRejectedError extends AppError {
  constructor(code: string, message: string, field = "file") {
    super(code, message, { field });
  }
}

/**
 * A request over one of the server's limits (operation shape, size, connections), refused before
 * anything ran. `limit` names the variable that sets it, `max` its value; HTTP 400 unless given.
 */
export class LimitExceededError extends AppError {
  constructor(code: string, message: string, limit: string, max: number, status = 400) {
    super(code, message, { limit, max, http: { status } });
  }
}
