/**
 * Every `extensions.code` (and every run's error code) this server writes, in one place: a code
 * not listed here fails tsc wherever it is thrown or recorded. README.md's error table is generated
 * from this list (`npm run codegen`, scripts/error-table.ts), so the two cannot drift apart.
 *
 * `http`: the status of a single-operation response refused with this code; null when the code
 * arrives inside a GraphQL result (HTTP 200) or on a run's error event. `retryable`: the same
 * request, sent again unchanged (after Retry-After or a resubscribe from the last cursor), can succeed.
 */
export interface ErrorSpec {
  readonly http: number | null;
  readonly retryable: boolean;
  readonly description: string;
}

export const ERROR_CODES = {
  VALIDATION_ERROR: {
    http: null,
    retryable: false,
    description: "An argument is invalid; `extensions.field` names it",
  },
  GRAPHQL_VALIDATION_FAILED: {
    http: null,
    retryable: false,
    description:
      "The operation or its variables do not fit the schema (an unknown field, an unknown enum value, a missing required input)",
  },
  NOT_FOUND: { http: null, retryable: false, description: "No such object, or not the caller's to see" },
  UNAUTHENTICATED: {
    http: 401,
    retryable: false,
    description: "No credentials, or ones that do not work (unknown, revoked, user disabled)",
  },
  CREDENTIAL_REVOKED: {
    http: 401,
    retryable: false,
    description:
      "The last payload of a stream (SSE or WebSocket) whose credential stopped working: key revoked, user disabled or role changed",
  },
  TOO_MANY_STREAMS: {
    http: 429,
    retryable: true,
    description: "The client address or user already holds `STREAM_MAX_PER_ADDRESS` / `STREAM_MAX_PER_USER` streams",
  },
  FORBIDDEN: { http: 403, retryable: false, description: "Signed in, but without the role or key scope this needs" },
  QUOTA_EXCEEDED: {
    http: 429,
    retryable: true,
    description: "A per-user limit (`extensions.limit`); retry after `extensions.retryAfter` seconds",
  },
  SERVICE_UNAVAILABLE: {
    http: 503,
    retryable: true,
    description:
      "A service this server needs (Redis, PostgreSQL) is unreachable; retry after `extensions.retryAfter` seconds",
  },
  SECRETS_KEY_MISSING: {
    http: null,
    retryable: false,
    description:
      "A turn or a custom agent carries a credential (MCP server or network allowlist headers) but the server has no SECRETS_KEY to seal it with",
  },
  CONFLICT: { http: null, retryable: false, description: "The object is not in a state that allows this" },
  TOOL_ROUND_LIMIT: {
    http: null,
    retryable: false,
    description: "A turn asked for more function-call rounds than allowed (`extensions.interactionId`)",
  },
  SLOW_CONSUMER: {
    http: null,
    retryable: true,
    description: "A subscription fell too far behind; subscribe again from the last cursor",
  },
  SERVER_STOPPING: {
    http: 503,
    retryable: true,
    description:
      "The server is stopping: new requests are refused, subscriptions end; resubscribe (on any instance) from the last cursor. " +
      "A run this process held that upstream does not keep fails with it",
  },
  CSRF_HEADER_REQUIRED: {
    http: 403,
    retryable: false,
    description:
      "A multipart (upload), form, text/plain or GET request without the `x-graphql-yoga-csrf` header (any value): a page of another origin cannot set it",
  },
  BAD_REQUEST: {
    http: 400,
    retryable: false,
    description: "The request is malformed (e.g. an invalid Content-Length)",
  },
  LENGTH_REQUIRED: { http: 411, retryable: false, description: "A `/graphql` body without a Content-Length" },
  REQUEST_TOO_LARGE: {
    http: 413,
    retryable: false,
    description: "A body over `GRAPHQL_MAX_BODY_BYTES`, or an upload over `FILE_MAX_BYTES`",
  },
  METHOD_NOT_ALLOWED: {
    http: 405,
    retryable: false,
    description: "A plain HTTP route (files, media, the upstream webhook) asked with a method it does not take",
  },
  MEDIA_URL_INVALID: {
    http: 403,
    retryable: false,
    description: "A signed media URL that is forged or past `MEDIA_URL_TTL_S`: read the field again for a fresh one",
  },
  RANGE_NOT_SATISFIABLE: { http: 416, retryable: false, description: "A `Range` outside the stored bytes" },
  ORIGIN_NOT_ALLOWED: { http: 403, retryable: false, description: "The `Origin` is not in `CORS_ORIGINS`" },
  QUERY_TOO_DEEP: { http: 400, retryable: false, description: "The operation is deeper than `GRAPHQL_MAX_DEPTH`" },
  TOO_MANY_ALIASES: { http: 400, retryable: false, description: "More aliases than `GRAPHQL_MAX_ALIASES`" },
  TOO_MANY_TOKENS: { http: 400, retryable: false, description: "More tokens than `GRAPHQL_MAX_TOKENS`" },
  TOO_MANY_DIRECTIVES: { http: 400, retryable: false, description: "More directives than `GRAPHQL_MAX_DIRECTIVES`" },
  QUERY_TOO_COMPLEX: {
    http: 400,
    retryable: false,
    description:
      "The operation's estimated result (lists multiplied by `first`/`last` or their default) is over `GRAPHQL_MAX_COST`",
  },
  RESPONSE_TOO_LARGE: {
    http: 400,
    retryable: false,
    description: "The result would be larger than `GRAPHQL_MAX_RESPONSE_BYTES`: ask for fewer items or fields",
  },
  QUERY_TIMEOUT: {
    http: 400,
    retryable: false,
    description: "A query ran longer than `GRAPHQL_QUERY_TIMEOUT_MS` and was stopped",
  },
  TOO_MANY_RUNS: {
    http: 400,
    retryable: false,
    description: "The operation starts more runs or upstream calls than `MAX_RUNS_PER_REQUEST`",
  },
  TOO_MANY_SUBSCRIPTIONS: {
    http: 400,
    retryable: false,
    description: "The WebSocket already runs `WS_MAX_SUBSCRIPTIONS_PER_CONNECTION` operations",
  },
  FILE_EMPTY: { http: null, retryable: false, description: "The file has no bytes" },
  FILE_TOO_LARGE: { http: null, retryable: false, description: "The file is over `FILE_MAX_BYTES`" },
  FILE_TYPE_NOT_ALLOWED: { http: null, retryable: false, description: "The file's type is not accepted" },
  FILE_CORRUPT: { http: null, retryable: false, description: "The image is corrupt or truncated" },
  STORAGE_QUOTA_EXCEEDED: {
    http: null,
    retryable: false,
    description: "The user's files would exceed `STORAGE_QUOTA_BYTES_PER_USER`; delete some (`deleteFile`)",
  },
  URL_FETCH_REFUSED: {
    http: null,
    retryable: false,
    description: "The URL may not be fetched (scheme, address, host)",
  },
  UPSTREAM_REFERENCE_REFUSED: {
    http: null,
    retryable: false,
    description: "A `gs://` or Files API URI or a File Search store, refused (`UPSTREAM_REFERENCES_ALLOWED`)",
  },
  URL_FETCH_FAILED: { http: null, retryable: true, description: "Fetching the URL failed" },
  WEBHOOK_LIMIT: {
    http: null,
    retryable: false,
    description: "The user already has `WEBHOOK_MAX_PER_USER` webhooks",
  },
  WEBHOOK_SIGNATURE_INVALID: {
    http: 401,
    retryable: false,
    description: "An incoming webhook was unsigned, forged or outside the 300 s tolerance",
  },
  UPSTREAM_BAD_REQUEST: { http: null, retryable: false, description: "Upstream refused the request (400, 422)" },
  UPSTREAM_UNAUTHORIZED: { http: null, retryable: false, description: "Upstream refused the server's key (401, 403)" },
  UPSTREAM_NOT_FOUND: { http: null, retryable: false, description: "Upstream does not know it (e.g. the model)" },
  UPSTREAM_CONFLICT: { http: null, retryable: true, description: "Upstream answered 409" },
  UPSTREAM_RATE_LIMITED: { http: null, retryable: true, description: "Upstream answered 429" },
  UPSTREAM_UNAVAILABLE: {
    http: null,
    retryable: true,
    description: "Upstream answered 5xx (`extensions.upstreamStatus`)",
  },
  UPSTREAM_BAD_RESPONSE: {
    http: null,
    retryable: false,
    description: "Upstream answered with something that is not an interaction or an event stream",
  },
  UPSTREAM_ERROR: { http: null, retryable: false, description: "Any other upstream failure" },
  UPSTREAM_CONNECTION: { http: null, retryable: true, description: "The connection to upstream failed" },
  UPSTREAM_FAILED: { http: null, retryable: false, description: "Upstream reports the interaction failed" },
  UPSTREAM_STREAM_CUT: {
    http: null,
    retryable: false,
    description: "The upstream stream ended before the interaction finished",
  },
  UPSTREAM_IDLE_TIMEOUT: {
    http: null,
    retryable: false,
    description: "The upstream stream stayed silent past `UPSTREAM_IDLE_TIMEOUT_MS`",
  },
  UPSTREAM_CREATE_UNCONFIRMED: {
    http: null,
    retryable: false,
    description: "A create may have reached upstream but no answer came; never sent twice",
  },
  SAFETY_BLOCKED: {
    http: null,
    retryable: false,
    description:
      "Upstream's safety filter blocked the turn (an interaction's `error.code`); `blockReason` and `safetyRatings` say why",
  },
  STRUCTURED_OUTPUT_INVALID: {
    http: null,
    retryable: false,
    description: "The model's answer does not match the requested JSON Schema",
  },
  TURN_WAIT_TIMEOUT: {
    http: null,
    retryable: true,
    description: "A send attached to a turn that did not end within its deadline; read the conversation and send again",
  },
  JOB_TIMEOUT: { http: null, retryable: false, description: "A background job ran past `JOB_TIMEOUT_MS`" },
  JOB_LOST: { http: null, retryable: false, description: "A background job's queue entry vanished" },
  JOB_FAILED: { http: null, retryable: false, description: "A background job failed unexpectedly" },
  JOB_ATTEMPTS_EXHAUSTED: { http: null, retryable: false, description: "A background job used all its attempts" },
  INTERNAL: { http: null, retryable: false, description: "An unexpected failure recorded on a run (details in logs)" },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (code: unknown): code is ErrorCode =>
  typeof code === "string" && Object.hasOwn(ERROR_CODES, code);
